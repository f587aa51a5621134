package io.palmspring.benchmark;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.palmspring.client.PalmClient;

/**
 * Issue-4 benchmark: the central log collector under load, each process its own JVM.
 * <ol>
 * <li>Three servers log 30,000 events each in bursts; every event must reach the
 * collector exactly once (counted per server from the collector's file); the
 * collector's throughput is printed.</li>
 * <li>The collector is killed (SIGKILL) while a server handles calls that each log a
 * line, and restarted: the server's throughput before, during and after the outage;
 * then events collected plus events the server counted as dropped must equal the
 * events it logged.</li>
 * <li>Overhead: a server's eval throughput when each call logs one INFO line, with
 * shipping on and off, as a ratio; and the same for pipelined jobs.</li>
 * </ol>
 * Run with {@code scripts/benchmark.sh logs}.
 */
public final class LogBenchmark {

	private static final Pattern SENDER_SEQUENCE = Pattern
		.compile("\"server\":\"([^\"]*)\".*\"sender\":\"([^\"]*)\",\"sequence\":(\\d+)");

	private LogBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Files.createTempDirectory("palm-log-benchmark");
		System.out.println("Log benchmark, collector files in " + directory);
		List<String> parts = List.of(args);
		if (parts.isEmpty() || parts.contains("--exactly-once")) {
			exactlyOnce(directory.resolve("burst.jsonl"));
		}
		if (parts.isEmpty() || parts.contains("--outage")) {
			outage(directory.resolve("outage.jsonl"));
		}
		if (parts.isEmpty() || parts.contains("--overhead")) {
			overhead(directory.resolve("overhead.jsonl"), parts.contains("--no-collector"));
		}
	}

	private static void exactlyOnce(Path file) throws Exception {
		int perServer = 30_000;
		int[] ports = Figures.freePorts(10);
		String endpoint = "tcp://127.0.0.1:" + ports[0];
		try (ServerProcess collector = collector(ports[0], file)) {
			collector.await("Log collector listening", 60);
			List<ServerProcess> servers = new ArrayList<>();
			List<PalmClient> clients = new ArrayList<>();
			try {
				for (int i = 0; i < 3; i++) {
					// a burst of 30,000 needs room: the default queue of 10,000 would drop and count the rest
					servers.add(server("log" + (i + 1), ports, 1 + 3 * i, endpoint, "--palm.logging.shipping.capacity=40000"));
				}
				for (int i = 0; i < 3; i++) {
					servers.get(i).await("Server 'log" + (i + 1) + "' ready", 60);
					clients.add(client("log" + (i + 1), ports[1 + 3 * i]));
				}
				long start = System.nanoTime();
				ExecutorService threads = Executors.newFixedThreadPool(3);
				List<Future<byte[]>> done = new ArrayList<>();
				for (PalmClient client : clients) {
					done.add(threads.submit(() -> client.eval("emit", Integer.toString(perServer).getBytes(),
							Duration.ofSeconds(120))));
				}
				for (Future<byte[]> future : done) {
					future.get();
				}
				threads.shutdown();
				Map<String, Set<Long>> perSender = new HashMap<>();
				long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
				Counts counts;
				do {
					Thread.sleep(200);
					counts = count(file, "bench event ");
				}
				while (counts.total() < 3L * perServer && System.nanoTime() < deadline);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.println();
				System.out.println("| 3 servers x 30,000 events | events collected | duplicates | exactly once |");
				System.out.println("|---|---|---|---|");
				for (String server : List.of("log1", "log2", "log3")) {
					long got = counts.perServer().getOrDefault(server, 0L);
					System.out.printf("| %s | %,d | %d | %s |%n", server, got, counts.duplicates(),
							(got == perServer && counts.duplicates() == 0) ? "yes" : "NO");
				}
				System.out.printf("collector throughput: %,.0f events/s (90,000 events shipped, written and "
						+ "acknowledged in %.2f s)%n", counts.total() / seconds, seconds);
				perSender.clear();
			}
			finally {
				for (PalmClient client : clients) {
					client.close();
				}
				for (ServerProcess server : servers) {
					server.close();
				}
			}
		}
	}

	private static void outage(Path file) throws Exception {
		int[] ports = Figures.freePorts(4);
		String endpoint = "tcp://127.0.0.1:" + ports[0];
		ServerProcess collector = collector(ports[0], file);
		collector.await("Log collector listening", 60);
		try (ServerProcess server = server("logged", ports, 1, endpoint);
				PalmClient client = client("logged", ports[1])) {
			server.await("Server 'logged' ready", 60);
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicLong calls = new AtomicLong();
			Thread load = new Thread(() -> {
				byte[] payload = new byte[32];
				while (running.get()) {
					client.job("logged", Collections.nCopies(1000, payload), 1000).forEach((reply) -> {
					});
					calls.addAndGet(1000);
				}
			});
			load.start();
			// warm up before measuring
			rate(calls, Duration.ofSeconds(3));
			double before = rate(calls, Duration.ofSeconds(3));
			collector.kill();
			double during = rate(calls, Duration.ofSeconds(4));
			collector = collector(ports[0], file);
			collector.await("Log collector listening", 60);
			double after = rate(calls, Duration.ofSeconds(4));
			running.set(false);
			load.join();
			String[] shipping;
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			do {
				Thread.sleep(500);
				shipping = new String(client.eval("shipping", new byte[0]), StandardCharsets.UTF_8).split(" ");
			}
			while (!shipping[3].equals("0") && System.nanoTime() < deadline);
			long offered = Long.parseLong(shipping[0]);
			long dropped = Long.parseLong(shipping[2]);
			long waiting = Long.parseLong(shipping[3]);
			Counts counts = count(file, null);
			long collected = counts.perSender().getOrDefault(shipping[4], 0L);
			System.out.println();
			System.out.println("| collector killed and restarted | calls/s, each logging a line |");
			System.out.println("|---|---|");
			System.out.printf("| before the outage | %,.0f |%n| collector down | %,.0f |%n| after the restart | %,.0f |%n",
					before, during, after);
			System.out.printf("events logged %,d = collected %,d + counted as dropped %,d + still waiting %,d: %s; "
					+ "duplicates in the files: %d%n", offered, collected, dropped, waiting,
					(offered == collected + dropped + waiting) ? "yes, nothing lost silently" : "NO",
					counts.duplicates());
		}
		finally {
			collector.close();
		}
	}

	private static void overhead(Path file, boolean noCollector) throws Exception {
		int[] ports = Figures.freePorts(8);
		String endpoint = "tcp://127.0.0.1:" + ports[0];
		// with --no-collector the shipping server's collector never answers: its own cost alone
		try (ServerProcess collector = collector(noCollector ? ports[7] : ports[0], file);
				ServerProcess plain = server("plain", ports, 1, null);
				ServerProcess shipping = server("shipping", ports, 4, endpoint,
						"--palm.logging.shipping.linger=" + System.getProperty("bench.linger", "100ms"))) {
			collector.await("Log collector listening", 60);
			plain.await("Server 'plain' ready", 60);
			shipping.await("Server 'shipping' ready", 60);
			try (PalmClient off = client("plain", ports[1]); PalmClient on = client("shipping", ports[4])) {
				for (int i = 0; i < 2; i++) {
					evalRate(off, 5_000);
					evalRate(on, 5_000);
					callRate(off, 20_000);
					callRate(on, 20_000);
				}
				List<Double> offEvals = new ArrayList<>();
				List<Double> onEvals = new ArrayList<>();
				List<Double> offJobs = new ArrayList<>();
				List<Double> onJobs = new ArrayList<>();
				for (int round = 0; round < 7; round++) {
					offEvals.add(evalRate(off, 10_000));
					onEvals.add(evalRate(on, 10_000));
					offJobs.add(callRate(off, 30_000));
					onJobs.add(callRate(on, 30_000));
				}
				double evalRatio = Figures.median(onEvals) / Figures.median(offEvals);
				double jobRatio = Figures.median(onJobs) / Figures.median(offJobs);
				System.out.println();
				System.out.println("| each call logs one INFO line (median of 7) | shipping off | shipping on | ratio |");
				System.out.println("|---|---|---|---|");
				System.out.printf("| sequential eval (calls/s) | %,.0f | %,.0f | %.2f (target >= 0.9: %s) |%n",
						Figures.median(offEvals), Figures.median(onEvals), evalRatio, (evalRatio >= 0.9) ? "yes" : "NO");
				System.out.printf("| pipelined job (calls/s, one event each) | %,.0f | %,.0f | %.2f |%n",
						Figures.median(offJobs), Figures.median(onJobs), jobRatio);
				System.out.println("(the collector runs on the same two cores: at job rates it competes for them)");
			}
		}
	}

	private static double evalRate(PalmClient client, int count) {
		byte[] payload = new byte[32];
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			client.eval("logged", payload);
		}
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double callRate(PalmClient client, int count) {
		long start = System.nanoTime();
		client.job("logged", Collections.nCopies(count, new byte[32]), count).forEach((reply) -> {
		});
		return count / ((System.nanoTime() - start) / 1e9);
	}

	private static double rate(AtomicLong calls, Duration window) throws InterruptedException {
		long before = calls.get();
		long start = System.nanoTime();
		Thread.sleep(window.toMillis());
		return (calls.get() - before) / ((System.nanoTime() - start) / 1e9);
	}

	/**
	 * Count the events of a collector's file per server and per sender, and the lines
	 * that repeat a (sender, sequence) pair.
	 */
	private static Counts count(Path file, String messagePrefix) throws Exception {
		Map<String, Long> perServer = new HashMap<>();
		Map<String, Long> perSender = new HashMap<>();
		Set<String> seen = new HashSet<>();
		long duplicates = 0;
		long total = 0;
		if (!Files.exists(file)) {
			return new Counts(perServer, perSender, 0, 0);
		}
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (messagePrefix != null && !line.contains("\"message\":\"" + messagePrefix)) {
					continue;
				}
				Matcher matcher = SENDER_SEQUENCE.matcher(line);
				if (!matcher.find()) {
					continue;
				}
				if (!seen.add(matcher.group(2) + "/" + matcher.group(3))) {
					duplicates++;
					continue;
				}
				perServer.merge(matcher.group(1), 1L, Long::sum);
				perSender.merge(matcher.group(2), 1L, Long::sum);
				total++;
			}
		}
		return new Counts(perServer, perSender, duplicates, total);
	}

	private static ServerProcess collector(int port, Path file) throws Exception {
		return ServerProcess.clusterRole("--palm.log-collector.enabled=true", "--palm.log-collector.address=tcp://127.0.0.1:" + port,
				"--palm.log-collector.console=false", "--palm.log-collector.file.path=" + file,
				"--palm.log-collector.file.max-file-size=1GB", "--spring.application.name=collector",
				"--palm.log-collector.file.enabled=" + System.getProperty("bench.collector-files", "true"));
	}

	private static ServerProcess server(String name, int[] ports, int first, String endpoint, String... more)
			throws Exception {
		List<String> args = new ArrayList<>(List.of("--palm.server.name=" + name,
				"--palm.server.db-address=tcp://127.0.0.1:" + ports[first],
				"--palm.server.pull-address=tcp://127.0.0.1:" + ports[first + 1],
				"--palm.server.pub-address=tcp://127.0.0.1:" + ports[first + 2]));
		if (endpoint != null) {
			args.add("--palm.logging.endpoint=" + endpoint);
		}
		args.addAll(List.of(more));
		return ServerProcess.clusterRole(args.toArray(String[]::new));
	}

	private static PalmClient client(String name, int dbPort) {
		return PalmClient.builder(name).dbAddress("tcp://127.0.0.1:" + dbPort).timeout(Duration.ofSeconds(30)).build();
	}


	private record Counts(Map<String, Long> perServer, Map<String, Long> perSender, long duplicates, long total) {
	}

}
