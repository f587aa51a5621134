package io.palmspring.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The log collector with a whole cluster shipping to it, each role its own JVM: the
 * collector's console, files and API hold every server's lines under its own name and
 * level, a failing function's full stack trace included.
 */
class LogCollectorProcessIT {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	@Test
	void collectorHoldsEveryServersLinesIncludingAFullStackTrace() throws Exception {
		int[] ports = SampleProcess.freePorts(10);
		String endpoint = "tcp://127.0.0.1:" + ports[0];
		Path file = Path.of("target", "it-logs", UUID.randomUUID() + ".jsonl").toAbsolutePath();
		String db = "tcp://127.0.0.1:" + ports[6];
		try (SampleProcess collector = collector(ports[0], ports[1], file);
				SampleProcess errorServer = SampleProcess.jar("error-server", "--spring.profiles.active=error-server",
						"--palm.logging.endpoint=" + endpoint, "--palm.server.db-address=tcp://127.0.0.1:" + ports[2],
						"--palm.server.pull-address=tcp://127.0.0.1:" + ports[3],
						"--palm.server.pub-address=tcp://127.0.0.1:" + ports[4]);
				SampleProcess master = SampleProcess.jar("master", "--spring.profiles.active=master",
						"--palm.logging.endpoint=" + endpoint, "--palm.server.pull-address=tcp://127.0.0.1:" + ports[5],
						"--palm.server.db-address=" + db, "--palm.server.pub-address=tcp://127.0.0.1:" + ports[7],
						"--palm.master.worker-pull-address=tcp://127.0.0.1:" + ports[8],
						"--palm.master.worker-push-address=tcp://127.0.0.1:" + ports[9]);
				SampleProcess worker1 = worker("worker1", db, endpoint);
				SampleProcess worker2 = worker("worker2", db, endpoint)) {
			collector.awaitLine("Log collector listening at", STARTUP);
			errorServer.awaitLine("Server 'my_server' ready", STARTUP);
			worker1.awaitLine("Worker 'worker1' ready", STARTUP);
			worker2.awaitLine("Worker 'worker2' ready", STARTUP);
			try (SampleProcess client = SampleProcess.jar("cluster-client", "--spring.profiles.active=cluster-client",
					"--palm.client.db-address=" + db)) {
				assertThat(client.awaitExit(STARTUP)).as(client.output()).isZero();
			}
			try (PalmClient client = PalmClient.builder("my_server")
				.dbAddress("tcp://127.0.0.1:" + ports[2])
				.build()) {
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("my_server.foo", "x".getBytes(StandardCharsets.UTF_8)));
			}

			// the console: one unified line per event, the stack trace indented below
			collector.awaitLine(" - my_server - WARN - Got a message$", Duration.ofSeconds(20));
			collector.awaitLine(" - my_server - ERROR - User function gave an error \\(function 'my_server.foo'",
					Duration.ofSeconds(20));
			collector.awaitLine("^    java.lang.NullPointerException: ", Duration.ofSeconds(20));
			collector.awaitLine("^    \\s*at io.palmspring.sample.errorserver.ErrorServerFunctions.foo\\(",
					Duration.ofSeconds(20));
			collector.awaitLine(" - worker1 - INFO - Processed 10 messages$", Duration.ofSeconds(20));
			collector.awaitLine(" - worker2 - INFO - Processed 10 messages$", Duration.ofSeconds(20));
			collector.awaitLine(" - server - ERROR - Changing the payload of the message$", Duration.ofSeconds(20));
			// the master's own logger is at WARN: its INFO lines are not even shipped
			assertThat(collector.output()).contains(" - server - INFO - Started SampleApplication")
				.doesNotContain(" - server - INFO - Master 'server' ready");

			// the files: JSON lines with names, levels, the trace and the message ids
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				List<String> lines = Files.readAllLines(file);
				assertThat(lines).anySatisfy((line) -> assertThat(line).contains("\"server\":\"my_server\"")
					.contains("\"level\":\"ERROR\"")
					.contains("\"stackTrace\":\"java.lang.NullPointerException")
					.contains("ErrorServerFunctions.foo(")
					.contains("\"function\":\"my_server.foo\"")
					.doesNotContain("\"pipeline\":\"\""));
				assertThat(lines).anySatisfy((line) -> assertThat(line).contains("\"server\":\"worker1\"")
					.contains("\"role\":\"Worker\"")
					.contains("\"level\":\"INFO\"")
					.contains("\"message\":\"Processed 10 messages\""));
			});

			// the API: every server heard from
			HttpResponse<String> servers = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[1] + "/palm/logs/api/servers"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(servers.statusCode()).isEqualTo(200);
			assertThat(servers.body()).contains("\"server\":\"my_server\"", "\"server\":\"server\"",
					"\"server\":\"worker1\"", "\"server\":\"worker2\"", "\"role\":\"Master\"");
			HttpResponse<String> errors = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(
						"http://127.0.0.1:" + ports[1] + "/palm/logs/api/events?level=ERROR&server=my_server"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(errors.body()).contains("User function gave an error").doesNotContain("\"level\":\"WARN\"");
		}
	}

	@Test
	void aServerStartsWithoutItsCollectorAndItsEventsFlowOnceTheCollectorComes() throws Exception {
		int[] ports = SampleProcess.freePorts(5);
		String endpoint = "tcp://127.0.0.1:" + ports[0];
		try (SampleProcess errorServer = SampleProcess.jar("error-server", "--spring.profiles.active=error-server",
				"--palm.logging.endpoint=" + endpoint, "--palm.server.db-address=tcp://127.0.0.1:" + ports[2],
				"--palm.server.pull-address=tcp://127.0.0.1:" + ports[3],
				"--palm.server.pub-address=tcp://127.0.0.1:" + ports[4])) {
			errorServer.awaitLine("Server 'my_server' ready", STARTUP);
			try (PalmClient client = PalmClient.builder("my_server")
				.dbAddress("tcp://127.0.0.1:" + ports[2])
				.build()) {
				assertThat(client.eval("echo", "still serving".getBytes(StandardCharsets.UTF_8))).asString()
					.isEqualTo("still serving");
			}
			Path file = Path.of("target", "it-logs", UUID.randomUUID() + ".jsonl").toAbsolutePath();
			try (SampleProcess collector = collector(ports[0], ports[1], file)) {
				// the lines logged before the collector existed arrive once it does
				collector.awaitLine(" - my_server - INFO - Server 'my_server' ready", STARTUP);
				collector.awaitLine(" - my_server - INFO - Started SampleApplication", Duration.ofSeconds(20));
			}
		}
	}

	static SampleProcess collector(int zmqPort, int httpPort, Path file) throws Exception {
		return SampleProcess.jar("log-collector", "--spring.profiles.active=log-collector",
				"--palm.log-collector.address=tcp://127.0.0.1:" + zmqPort, "--server.port=" + httpPort,
				"--palm.log-collector.file.path=" + file);
	}

	private static SampleProcess worker(String name, String db, String endpoint) throws Exception {
		return SampleProcess.jar(name, "--spring.profiles.active=worker", "--palm.worker.name=" + name,
				"--palm.worker.db-address=" + db, "--palm.logging.endpoint=" + endpoint);
	}

}
