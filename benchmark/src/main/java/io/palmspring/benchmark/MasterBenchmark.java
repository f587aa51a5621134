package io.palmspring.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.palmspring.benchmark.cluster.ClusterRoleApplication.HashWork;
import io.palmspring.client.PalmClient;
import io.palmspring.client.Reply;
import io.palmspring.transport.PalmTimeoutException;

/**
 * Issue-3 benchmark: a master and one or two worker processes (each running one
 * function at a time), called from this JVM. Prints echo throughput through the master
 * with one and two workers, lost replies, and a CPU-bound function (SHA-256 rounds of
 * about 200 µs) with one and two workers and its scaling.
 * <p>
 * Run with {@code scripts/benchmark.sh master}.
 */
public final class MasterBenchmark {

	private MasterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int echoCount = intOption(args, "echo", 100_000);
		int hashCount = intOption(args, "hash", 10_000);
		int rounds = intOption(args, "rounds", 5);
		int hashRounds = calibrate(Duration.ofNanos(200_000));
		System.out.printf("Master benchmark: %,d x 32 B echo, %,d x hash (%d SHA-256 rounds, about 200 us), "
				+ "%d rounds%n", echoCount, hashCount, hashRounds, rounds);
		int[] ports = Figures.freePorts(5);
		String db = "tcp://127.0.0.1:" + ports[4];
		try (ServerProcess master = ServerProcess.clusterRole("--palm.master.enabled=true", "--palm.server.name=server",
				"--palm.server.pull-address=tcp://127.0.0.1:" + ports[0],
				"--palm.server.pub-address=tcp://127.0.0.1:" + ports[1],
				"--palm.master.worker-pull-address=tcp://127.0.0.1:" + ports[2],
				"--palm.master.worker-push-address=tcp://127.0.0.1:" + ports[3], "--palm.server.db-address=" + db)) {
			master.await("Master 'server' ready", 60);
			try (ServerProcess first = worker("worker1", db, hashRounds);
					PalmClient client = PalmClient.builder("server").dbAddress(db).timeout(Duration.ofSeconds(10))
						.build()) {
				first.await("Worker 'worker1' ready", 60);
				// warm up the worker's JIT on both functions before measuring
				run(client, "echo", 20_000, 32);
				run(client, "hash", 3_000, 32);
				List<Double> echo1 = new ArrayList<>();
				List<Double> hash1 = new ArrayList<>();
				long lost = 0;
				for (int round = 0; round < rounds; round++) {
					Run echo = run(client, "echo", echoCount, 32);
					Run hash = run(client, "hash", hashCount / 2, 32);
					echo1.add(echo.rate);
					hash1.add(hash.rate);
					lost += echo.lost + hash.lost;
					System.out.printf("1 worker, round %d: echo %,.0f msgs/s, hash %,.0f msgs/s%n", round + 1,
							echo.rate, hash.rate);
				}
				List<Double> echo2 = new ArrayList<>();
				List<Double> hash2 = new ArrayList<>();
				try (ServerProcess second = worker("worker2", db, hashRounds)) {
					second.await("Worker 'worker2' ready", 60);
					run(client, "echo", 20_000, 32);
					run(client, "hash", 6_000, 32);
					for (int round = 0; round < rounds; round++) {
						Run echo = run(client, "echo", echoCount, 32);
						Run hash = run(client, "hash", hashCount, 32);
						echo2.add(echo.rate);
						hash2.add(hash.rate);
						lost += echo.lost + hash.lost;
						System.out.printf("2 workers, round %d: echo %,.0f msgs/s, hash %,.0f msgs/s%n", round + 1,
								echo.rate, hash.rate);
					}
				}
				double echoScaling = Figures.median(echo2) / Figures.median(echo1);
				double hashScaling = Figures.median(hash2) / Figures.median(hash1);
				System.out.println();
				System.out.println("| measure | 1 worker | 2 workers | ratio | target | met |");
				System.out.println("|---|---|---|---|---|---|");
				System.out.printf("| echo 100k x 32 B through the master (msgs/s) | %,.0f | %,.0f | %.2f | >= 45,000 "
						+ "with 2 workers | %s |%n", Figures.median(echo1), Figures.median(echo2), echoScaling,
						(Figures.median(echo2) >= 45_000) ? "yes" : "NO");
				System.out.printf("| CPU-bound, about 200 us a message (msgs/s) | %,.0f | %,.0f | %.2f | >= 1.6x | %s |%n",
						Figures.median(hash1), Figures.median(hash2), hashScaling, (hashScaling >= 1.6) ? "yes" : "NO");
				System.out.printf("| lost replies, all runs | | %d | | 0 | %s |%n", lost, (lost == 0) ? "yes" : "NO");
			}
		}
	}

	private static Run run(PalmClient client, String function, int count, int payloadSize) {
		long start = System.nanoTime();
		int received = 0;
		try (Stream<Reply> replies = client.jobReplies("server." + function,
				Collections.nCopies(count, new byte[payloadSize]), count)) {
			Iterator<Reply> iterator = replies.iterator();
			while (iterator.hasNext()) {
				if (iterator.next().isError()) {
					throw new IllegalStateException("An error reply in the benchmark");
				}
				received++;
			}
		}
		catch (PalmTimeoutException ex) {
			// counted as lost below
		}
		return new Run(received / ((System.nanoTime() - start) / 1e9), count - received);
	}

	/**
	 * Find the SHA-256 rounds that take about the given time on this machine, in this
	 * JVM, after a warm-up.
	 */
	private static int calibrate(Duration target) throws Exception {
		byte[] payload = new byte[32];
		for (int i = 0; i < 2000; i++) {
			HashWork.run(payload, 100);
		}
		int rounds = 100;
		long start = System.nanoTime();
		int repeats = 2000;
		for (int i = 0; i < repeats; i++) {
			HashWork.run(payload, rounds);
		}
		double perRound = (System.nanoTime() - start) / (double) (repeats * rounds);
		return (int) Math.max(1, target.toNanos() / perRound);
	}

	private static ServerProcess worker(String name, String db, int hashRounds) throws Exception {
		return ServerProcess.clusterRole("--palm.worker.enabled=true", "--palm.worker.name=" + name, "--palm.worker.db-address=" + db,
				"--palm.worker.concurrency=1", "--bench.hash-rounds=" + hashRounds);
	}



	private static int intOption(String[] args, String name, int fallback) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=")) {
				return Integer.parseInt(arg.substring(name.length() + 3));
			}
		}
		return fallback;
	}


	private record Run(double rate, long lost) {
	}

}
