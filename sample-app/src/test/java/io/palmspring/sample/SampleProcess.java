package io.palmspring.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A process started for a test: the sample jar in its own JVM, or a Python peer. Its
 * output is collected line by line; waits are on lines, never on time.
 */
final class SampleProcess implements AutoCloseable {

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final String name;

	private SampleProcess(String name, List<String> command) throws IOException {
		this.name = name;
		this.process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Thread reader = new Thread(this::read, "output-" + name);
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Start the sample jar with arguments.
	 */
	static SampleProcess jar(String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar", sampleJar()));
		command.addAll(List.of(args));
		if (command.stream().noneMatch((arg) -> arg.startsWith("--server.port="))) {
			// roles serve health and metrics over HTTP: tests must not share the default ports
			command.add("--server.port=0");
		}
		return new SampleProcess(name, command);
	}

	/**
	 * Start any command.
	 */
	static SampleProcess command(String name, List<String> command) throws IOException {
		return new SampleProcess(name, command);
	}

	/**
	 * Ports that are free now, for processes whose log levels hide their ready lines.
	 */
	static int[] freePorts(int count) throws IOException {
		int[] ports = new int[count];
		java.net.ServerSocket[] sockets = new java.net.ServerSocket[count];
		try {
			for (int i = 0; i < count; i++) {
				sockets[i] = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
				ports[i] = sockets[i].getLocalPort();
			}
		}
		finally {
			for (java.net.ServerSocket socket : sockets) {
				if (socket != null) {
					socket.close();
				}
			}
		}
		return ports;
	}

	static String sampleJar() {
		String jar = System.getProperty("sample.jar");
		return (jar != null) ? jar : "target/palm-sample-app.jar";
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.lines.add(line);
				System.out.println("[" + this.name + "] " + line);
			}
		}
		catch (IOException ex) {
			// the process ended
		}
	}

	/**
	 * Wait for a line matching a pattern and return its match.
	 */
	Matcher awaitLine(String regex, Duration timeout) {
		Pattern pattern = Pattern.compile(regex);
		Matcher[] found = new Matcher[1];
		await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> {
			for (String line : this.lines) {
				Matcher matcher = pattern.matcher(line);
				if (matcher.find()) {
					found[0] = matcher;
					return true;
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue()
						+ " before printing /" + regex + "/");
			}
			return false;
		});
		return found[0];
	}

	int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException(this.name + " did not exit within " + timeout);
		}
		// let the reader drain the last lines
		await().atMost(Duration.ofSeconds(5)).until(() -> !this.process.isAlive());
		return this.process.exitValue();
	}

	String output() {
		return String.join("\n", this.lines);
	}

	long pid() {
		return this.process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

}
