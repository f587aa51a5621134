package io.palmspring.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

/**
 * Issue-2 benchmark: a Palm Spring server (the library with the starter, its built-in
 * echo) against the same pattern on raw JeroMQ, each in its own JVM, called from this
 * one; and the sample app's server for startup time, RSS and idle CPU. Prints
 * job throughput at 32 B and 64 KiB with ratios and lost replies, sequential eval
 * latency, idle-to-first-reply latency, the server's idle CPU, startup time and RSS.
 * After two uncounted warm-up rounds, rounds are interleaved and medians reported;
 * compare figures within one run only.
 * <p>
 * Run with {@code scripts/benchmark.sh}.
 */
public final class TransportBenchmark {

	private static final int WINDOW = 200;

	private TransportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		System.out.printf("Palm Spring transport benchmark: %d rounds, %,d x 32 B, %,d x 64 KiB, %,d evals%n",
				options.rounds, options.small, options.large, options.evals);
		// both servers run with the small-footprint flags the README recommends for a server;
		// throughput is measured on the library's server alone, and startup, RSS and idle CPU
		// on the sample app's (which adds Tomcat, the actuator and Prometheus)
		int[] ports = Figures.freePorts(3);
		try (ServerProcess raw = new ServerProcess(List.of(java, "-XX:+UseSerialGC", "-Xmx256m", "-cp",
				System.getProperty("java.class.path"), RawEchoServer.class.getName(), "tcp://127.0.0.1:0",
				"tcp://127.0.0.1:0"));
				ServerProcess palm = ServerProcess.clusterRole("--palm.server.name=my_server",
						"--palm.server.db-address=tcp://127.0.0.1:" + ports[0],
						"--palm.server.pull-address=tcp://127.0.0.1:" + ports[1],
						"--palm.server.pub-address=tcp://127.0.0.1:" + ports[2]);
				ServerProcess sample = new ServerProcess(List.of(java, "-XX:+UseSerialGC", "-Xmx256m", "-jar",
						options.jar, "--spring.profiles.active=error-server", "--server.port=0",
						"--palm.server.db-address=tcp://127.0.0.1:0", "--palm.server.pull-address=tcp://127.0.0.1:0",
						"--palm.server.pub-address=tcp://127.0.0.1:0"))) {
			Matcher rawReady = raw.await("READY (\\S+) (\\S+)", 60);
			palm.await("Server 'my_server' ready", 60);
			sample.await("Server 'my_server' ready: .* db '(tcp://[^']+)'", 60);
			double startup = sample.secondsSinceStart();
			double rssAtStart = sample.rssMiB();
			String palmDb = "tcp://127.0.0.1:" + ports[0];
			if (options.matrix) {
				matrix(options, rawReady, palmDb);
				return;
			}
			try (Driver rawDriver = new RawDriver(rawReady.group(1), rawReady.group(2), WINDOW);
					Driver palmDriver = new PalmDriver("my_server", palmDb)) {
				run(options, rawDriver, palmDriver, sample, startup, rssAtStart);
			}
		}
	}

	private static void run(Options options, Driver raw, Driver palm, ServerProcess sampleServer, double startup,
			double rssAtStart) throws Exception {
		byte[] small = random(32);
		byte[] large = random(64 * 1024);
		// warm up both paths (JIT, buffers) with a whole round that is not counted
		for (int i = 0; i < 2; i++) {
			raw.job(small, options.small);
			palm.job(small, options.small);
			raw.job(large, options.large / 2);
			palm.job(large, options.large / 2);
		}

		List<Double> raw32 = new ArrayList<>();
		List<Double> palm32 = new ArrayList<>();
		List<Double> raw64 = new ArrayList<>();
		List<Double> palm64 = new ArrayList<>();
		long lostRaw = 0;
		long lostPalm = 0;
		for (int round = 1; round <= options.rounds; round++) {
			Run r32 = timed(raw, small, options.small);
			Run p32 = timed(palm, small, options.small);
			Run r64 = timed(raw, large, options.large);
			Run p64 = timed(palm, large, options.large);
			raw32.add(r32.rate);
			palm32.add(p32.rate);
			raw64.add(r64.rate);
			palm64.add(p64.rate);
			lostRaw += r32.lost + r64.lost;
			lostPalm += p32.lost + p64.lost;
			System.out.printf("round %d: 32 B raw %,.0f palm %,.0f msgs/s | 64 KiB raw %,.0f palm %,.0f msgs/s%n", round,
					r32.rate, p32.rate, r64.rate, p64.rate);
		}
		double[][] latency = latencies(raw, palm, small, options.evals);
		double[] rawLatency = latency[0];
		double[] palmLatency = latency[1];
		double rawIdle = idleToFirstReply(raw, small, options.idleSamples);
		double palmIdle = idleToFirstReply(palm, small, options.idleSamples);
		double cpuBefore = sampleServer.cpuSeconds();
		long idleStart = System.nanoTime();
		Thread.sleep(options.idleSeconds * 1000L);
		double idleCpu = (sampleServer.cpuSeconds() - cpuBefore) / ((System.nanoTime() - idleStart) / 1e9) * 100;
		double rssAfter = sampleServer.rssMiB();

		double ratio32 = Figures.median(palm32) / Figures.median(raw32);
		double ratio64 = Figures.median(palm64) / Figures.median(raw64);
		System.out.println();
		System.out.println("| measure | raw JeroMQ | Palm Spring | ratio / target | met |");
		System.out.println("|---|---|---|---|---|");
		row("job 100k x 32 B (msgs/s, median)", Figures.median(raw32), Figures.median(palm32), ratio32, ">= 0.5", ratio32 >= 0.5);
		row("job 10k x 64 KiB (msgs/s, median)", Figures.median(raw64), Figures.median(palm64), ratio64, ">= 0.8", ratio64 >= 0.8);
		System.out.printf("| 64 KiB throughput (MiB/s, median) | %,.0f | %,.0f | | |%n", Figures.median(raw64) / 16,
				Figures.median(palm64) / 16);
		System.out.printf("| lost replies (all rounds) | %d | %d | 0 | %s |%n", lostRaw, lostPalm,
				yes(lostPalm == 0));
		System.out.printf("| sequential eval p50 (us) | %.0f | %.0f | <= 200 | %s |%n", rawLatency[0], palmLatency[0],
				yes(palmLatency[0] <= 200));
		System.out.printf("| sequential eval p99 (us) | %.0f | %.0f | | |%n", rawLatency[1], palmLatency[1]);
		System.out.printf("| idle 2 s -> first reply (ms, median) | %.2f | %.2f | <= 2 | %s |%n", rawIdle, palmIdle,
				yes(palmIdle <= 2));
		System.out.printf("| sample server idle CPU (%% of a core, %d s) | | %.2f | < 1 | %s |%n", options.idleSeconds,
				idleCpu, yes(idleCpu < 1));
		System.out.printf("| sample server start to ready (s) | | %.2f | | |%n", startup);
		System.out.printf("| sample server RSS at ready / after 10 s idle (MiB) | | %.0f / %.0f | | |%n", rssAtStart,
				rssAfter);
	}

	/**
	 * Every client against every server, to tell client cost from server cost.
	 */
	private static void matrix(Options options, Matcher rawReady, String palmDb) throws Exception {
		String palmPull = null;
		String palmPub = null;
		try (io.palmspring.cache.CacheClient cache = new io.palmspring.cache.CacheClient(new org.zeromq.ZContext(1),
				io.palmspring.transport.ZmqEndpoint.of("db", palmDb), "my_server",
				java.time.Duration.ofSeconds(5))) {
			palmPull = cache.getString("pull_address");
			palmPub = cache.getString("pub_address");
		}
		byte[] small = random(32);
		try (Driver rawOnRaw = new RawDriver(rawReady.group(1), rawReady.group(2), WINDOW);
				Driver rawOnPalm = new RawDriver(palmPull, palmPub, WINDOW);
				Driver palmOnPalm = new PalmDriver("my_server", palmDb);
				Driver palmOnRaw = new PalmDriver(io.palmspring.client.PalmClient.builder("my_server")
					.pullAddress(rawReady.group(1))
					.pubAddress(rawReady.group(2))
					.timeout(java.time.Duration.ofSeconds(5))
					.build())) {
			Driver[] drivers = { rawOnRaw, rawOnPalm, palmOnRaw, palmOnPalm };
			String[] names = { "raw client -> raw server", "raw client -> palm server", "palm client -> raw server",
					"palm client -> palm server" };
			for (Driver driver : drivers) {
				driver.job(small, 20_000);
			}
			for (int round = 1; round <= options.rounds; round++) {
				for (int i = 0; i < drivers.length; i++) {
					System.out.printf("round %d %-28s %,10.0f msgs/s%n", round, names[i],
							timed(drivers[i], small, options.small).rate);
				}
			}
		}
	}

	private static void row(String measure, double raw, double palm, double ratio, String target, boolean met) {
		System.out.printf("| %s | %,.0f | %,.0f | %.2f %s | %s |%n", measure, raw, palm, ratio, target, yes(met));
	}

	private static String yes(boolean met) {
		return met ? "yes" : "NO";
	}

	private static Run timed(Driver driver, byte[] payload, int count) throws Exception {
		long start = System.nanoTime();
		int received = driver.job(payload, count);
		double seconds = (System.nanoTime() - start) / 1e9;
		return new Run(received / seconds, count - received);
	}

	/**
	 * Sequential eval latency of both drivers, measured in alternating chunks so that
	 * both see the same noise of a shared machine.
	 */
	private static double[][] latencies(Driver raw, Driver palm, byte[] payload, int count) throws Exception {
		for (int i = 0; i < count / 5; i++) {
			raw.eval(payload);
			palm.eval(payload);
		}
		long[][] micros = new long[2][count];
		Driver[] drivers = { raw, palm };
		int chunk = Math.max(1, count / 10);
		for (int start = 0; start < count; start += chunk) {
			for (int d = 0; d < 2; d++) {
				for (int i = start; i < Math.min(count, start + chunk); i++) {
					long begin = System.nanoTime();
					drivers[d].eval(payload);
					micros[d][i] = (System.nanoTime() - begin) / 1000;
				}
			}
		}
		double[][] percentiles = new double[2][];
		for (int d = 0; d < 2; d++) {
			Arrays.sort(micros[d]);
			percentiles[d] = new double[] { micros[d][count / 2], micros[d][(int) (count * 0.99)] };
		}
		return percentiles;
	}

	private static double idleToFirstReply(Driver driver, byte[] payload, int samples) throws Exception {
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			// a benchmark may sleep: the server must have been idle for a while
			Thread.sleep(2000);
			long start = System.nanoTime();
			driver.eval(payload);
			millis.add((System.nanoTime() - start) / 1e6);
		}
		return Figures.median(millis);
	}


	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		return bytes;
	}

	private record Run(double rate, long lost) {
	}

	private record Options(String jar, int rounds, int small, int large, int evals, int idleSamples,
			int idleSeconds, boolean matrix) {

		static Options parse(String[] args) {
			String jar = "sample-app/target/palm-sample-app.jar";
			int rounds = 5;
			int small = 100_000;
			int large = 10_000;
			int evals = 20_000;
			int idleSamples = 5;
			int idleSeconds = 10;
			boolean matrix = false;
			for (String arg : args) {
				String[] pair = arg.replaceFirst("^--", "").split("=", 2);
				switch (pair[0]) {
					case "jar" -> jar = pair[1];
					case "rounds" -> rounds = Integer.parseInt(pair[1]);
					case "small" -> small = Integer.parseInt(pair[1]);
					case "large" -> large = Integer.parseInt(pair[1]);
					case "evals" -> evals = Integer.parseInt(pair[1]);
					case "idle-samples" -> idleSamples = Integer.parseInt(pair[1]);
					case "idle-seconds" -> idleSeconds = Integer.parseInt(pair[1]);
					case "matrix" -> matrix = true;
					default -> throw new IllegalArgumentException("Unknown option '" + arg + "'");
				}
			}
			return new Options(jar, rounds, small, large, evals, idleSamples, idleSeconds, matrix);
		}

	}

}
