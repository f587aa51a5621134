package io.palmspring.sample;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The repository's docker-compose.yml, built and started by Testcontainers on a real
 * Docker engine: the one-shot client gets its 30 replies with {@code final message}
 * last, the collector holds the workers' INFO lines and the error server's stack trace,
 * and Prometheus shows the call counts. Skipped where no engine exists; the guard
 * {@link DockerRequiredIT} makes CI fail instead.
 */
@Testcontainers(disabledWithoutDocker = true)
class ComposeClusterIT {

	private static final List<String> clientOutput = new CopyOnWriteArrayList<>();

	private static final List<String> errorClientOutput = new CopyOnWriteArrayList<>();

	private static int[] ports;

	private static ComposeContainer compose;

	@BeforeAll
	static void startCluster() throws Exception {
		ports = SampleProcess.freePorts(5);
		compose = new ComposeContainer(new File("../docker-compose.yml"))
			.withBuild(true)
			.withPull(false)
			.withEnv("PALM_LOGS_PORT", Integer.toString(ports[0]))
			.withEnv("PALM_ERROR_SERVER_METRICS_PORT", Integer.toString(ports[1]))
			.withEnv("PALM_MASTER_METRICS_PORT", Integer.toString(ports[2]))
			.withEnv("PALM_WORKER1_METRICS_PORT", Integer.toString(ports[3]))
			.withEnv("PALM_WORKER2_METRICS_PORT", Integer.toString(ports[4]))
			.withLogConsumer("client", (OutputFrame frame) -> clientOutput.add(frame.getUtf8StringWithoutLineEnding()))
			.withLogConsumer("error-client",
					(OutputFrame frame) -> errorClientOutput.add(frame.getUtf8StringWithoutLineEnding()))
			.waitingFor("worker2", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(4)))
			.waitingFor("error-server", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(4)));
		compose.start();
	}

	@AfterAll
	static void stopCluster() {
		if (compose != null) {
			compose.stop();
		}
	}

	@Test
	void clientGetsThirtyRepliesWithTheFinalMessageLast() {
		await().atMost(Duration.ofMinutes(2)).until(() -> clientOutput.stream()
			.anyMatch((line) -> line.contains("Client got 30 replies")));
		List<String> replies = clientOutput.stream()
			.filter((line) -> line.startsWith("Client got: "))
			.toList();
		assertThat(replies).hasSize(30);
		assertThat(replies.get(29)).isEqualTo("Client got: final message");
		assertThat(replies.subList(0, 29)).allMatch((line) -> line.matches("Client got: worker[12] cached data a message"));
		await().atMost(Duration.ofMinutes(2)).until(() -> errorClientOutput.stream()
			.anyMatch((line) -> line.startsWith("Client got: 0 (error: NullPointerException")));
	}

	@Test
	void collectorHoldsTheWorkersLinesAndTheErrorServersStackTrace() {
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			String workers = get(ports[0], "/palm/logs/api/events?text=Processed&level=INFO");
			assertThat(workers).contains("\"server\":\"worker1\"", "\"server\":\"worker2\"",
					"\"message\":\"Processed 10 messages\"");
			String errors = get(ports[0], "/palm/logs/api/events?server=my_server&level=ERROR");
			assertThat(errors).contains("User function gave an error")
				.contains("\"stackTrace\":\"java.lang.NullPointerException")
				.contains("ErrorServerFunctions.foo(");
			String servers = get(ports[0], "/palm/logs/api/servers");
			assertThat(servers).contains("\"server\":\"server\"", "\"role\":\"Master\"", "\"server\":\"my_server\"");
		});
	}

	@Test
	void prometheusShowsTheCallCounts() {
		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			double worker1 = calls(get(ports[3], "/actuator/prometheus"), "foo", "success");
			double worker2 = calls(get(ports[4], "/actuator/prometheus"), "foo", "success");
			assertThat(worker1 + worker2).isEqualTo(30);
			assertThat(calls(get(ports[1], "/actuator/prometheus"), "foo", "error")).isEqualTo(1);
			assertThat(get(ports[2], "/actuator/prometheus")).contains("palm_master_jobs_total{server=\"server\"} 30.0")
				.contains("palm_master_workers{server=\"server\"} 2.0");
		});
		System.out.println("Container memory: " + memoryOfTheCluster());
	}

	private static double calls(String prometheus, String function, String outcome) {
		return prometheus.lines()
			.filter((line) -> line.startsWith("palm_function_calls_seconds_count{")
					&& line.contains("function=\"" + function + "\"") && line.contains("outcome=\"" + outcome + "\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static String get(int port, String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

	private static String memoryOfTheCluster() {
		StringBuilder text = new StringBuilder();
		DockerClientFactory.instance()
			.client()
			.listContainersCmd()
			.exec()
			.stream()
			.filter((container) -> container.getImage().startsWith("palm-sample-app"))
			.forEach((container) -> {
				var stats = DockerClientFactory.instance().client().statsCmd(container.getId()).withNoStream(true);
				text.append(container.getNames()[0]).append(' ');
				try (var callback = stats.exec(new com.github.dockerjava.api.async.ResultCallback.Adapter<com.github.dockerjava.api.model.Statistics>() {

					@Override
					public void onNext(com.github.dockerjava.api.model.Statistics statistics) {
						Long usage = statistics.getMemoryStats().getUsage();
						text.append((usage != null) ? usage / (1024 * 1024) + " MiB; " : "? ; ");
						super.onNext(statistics);
					}

				})) {
					callback.awaitCompletion(10, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					text.append("unknown; ");
				}
			});
		return text.toString();
	}

}
