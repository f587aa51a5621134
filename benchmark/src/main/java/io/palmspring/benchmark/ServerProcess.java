package io.palmspring.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test in its own JVM: started, awaited on a line of its output,
 * measured through /proc (RSS and CPU time), and stopped.
 */
final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(100_000);

	private final long startNanos = System.nanoTime();

	ServerProcess(List<String> command) throws IOException {
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					this.lines.offer(line);
				}
			}
			catch (IOException ex) {
				// the process ended
			}
		}, "server-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start a role of the cluster benchmarks ({@code ClusterRoleApplication}) with the
	 * small-footprint server flags.
	 */
	static ServerProcess clusterRole(String... args) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx256m", "-cp",
				System.getProperty("java.class.path"),
				io.palmspring.benchmark.cluster.ClusterRoleApplication.class.getName(), "--spring.main.banner-mode=off"));
		command.addAll(List.of(args));
		return new ServerProcess(command);
	}

	/**
	 * Wait for a line and return its match and the time since start.
	 */
	Matcher await(String regex, long timeoutSeconds) throws InterruptedException {
		Pattern pattern = Pattern.compile(regex);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		while (System.nanoTime() < deadline) {
			String line = this.lines.poll(100, TimeUnit.MILLISECONDS);
			if (line != null) {
				Matcher matcher = pattern.matcher(line);
				if (matcher.find()) {
					return matcher;
				}
			}
			else if (!this.process.isAlive()) {
				throw new IllegalStateException("Server exited with " + this.process.exitValue());
			}
		}
		throw new IllegalStateException("No line /" + regex + "/ within " + timeoutSeconds + " s");
	}

	double secondsSinceStart() {
		return (System.nanoTime() - this.startNanos) / 1e9;
	}

	/**
	 * Resident set size in MiB, from /proc.
	 */
	double rssMiB() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
			}
		}
		return Double.NaN;
	}

	/**
	 * User plus system CPU time in seconds, from /proc (clock ticks of 1/100 s).
	 */
	double cpuSeconds() throws IOException {
		String stat = Files.readString(Path.of("/proc", Long.toString(this.process.pid()), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
	}

	/**
	 * Kill the process at once, as a crash would (SIGKILL).
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(20, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
