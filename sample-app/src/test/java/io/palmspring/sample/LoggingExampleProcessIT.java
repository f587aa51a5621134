package io.palmspring.sample;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.palmspring.client.PalmClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pylm's logging example as the seed runs it: a master and two workers as separate
 * JVMs, and the client; then a worker written in Python serving our master.
 */
class LoggingExampleProcessIT {

	private static final Duration STARTUP = Duration.ofSeconds(60);

	@Test
	void masterTwoWorkersAndClientRunTheSeedScenario() throws Exception {
		int[] ports = SampleProcess.freePorts(5);
		String db = "tcp://127.0.0.1:" + ports[4];
		try (SampleProcess master = master(ports);
				SampleProcess worker1 = worker("worker1", db);
				SampleProcess worker2 = worker("worker2", db)) {
			worker1.awaitLine(" - worker1 - INFO - Worker 'worker1' ready", STARTUP);
			worker2.awaitLine(" - worker2 - INFO - Worker 'worker2' ready", STARTUP);
			try (SampleProcess client = SampleProcess.jar("cluster-client", "--spring.profiles.active=cluster-client",
					"--palm.client.db-address=" + db)) {
				assertThat(client.awaitExit(STARTUP)).as(client.output()).isZero();
				List<String> replies = Arrays.stream(client.output().split("\n"))
					.filter((line) -> line.startsWith("Client got: "))
					.toList();
				assertThat(replies).hasSize(30);
				assertThat(replies.get(29)).isEqualTo("Client got: final message");
				assertThat(replies.subList(0, 29)).allMatch((line) -> line
					.matches("Client got: worker[12] cached data a message"));
				assertThat(client.output()).contains("Client got from the cache: ' cached data '");
			}
			master.awaitLine(" - server - ERROR - Changing the payload of the message$", Duration.ofSeconds(10));
			worker1.awaitLine(" - worker1 - INFO - Processed 10 messages$", Duration.ofSeconds(10));
			worker2.awaitLine(" - worker2 - INFO - Processed 10 messages$", Duration.ofSeconds(10));
			// the master runs at WARN: its INFO lines stay out
			assertThat(master.output()).doesNotContain(" - server - INFO - ");
		}
	}

	@Test
	void aWorkerWrittenInPythonServesOurMaster() throws Exception {
		int[] ports = SampleProcess.freePorts(5);
		String db = "tcp://127.0.0.1:" + ports[4];
		try (SampleProcess master = master(ports);
				SampleProcess worker = PythonPeers.start("python-worker", "palm_worker.py", db, "pyworker")) {
			worker.awaitLine("WORKER READY", STARTUP);
			try (PalmClient client = PalmClient.builder("server").dbAddress(db).build()) {
				List<String> replies = client
					.job("server.foo", java.util.Collections.nCopies(10, "a message".getBytes()), 30)
					.map(String::new)
					.toList();
				assertThat(replies).hasSize(30);
				assertThat(replies.subList(0, 29)).containsOnly("pyworker a message");
				assertThat(replies.get(29)).isEqualTo("final message");
			}
			worker.awaitLine("WORKER DID 30 foo", Duration.ofSeconds(10));
		}
	}

	private static SampleProcess master(int[] ports) throws Exception {
		return SampleProcess.jar("master", "--spring.profiles.active=master",
				"--palm.server.pull-address=tcp://127.0.0.1:" + ports[0],
				"--palm.server.pub-address=tcp://127.0.0.1:" + ports[1],
				"--palm.master.worker-pull-address=tcp://127.0.0.1:" + ports[2],
				"--palm.master.worker-push-address=tcp://127.0.0.1:" + ports[3],
				"--palm.server.db-address=tcp://127.0.0.1:" + ports[4]);
	}

	private static SampleProcess worker(String name, String db) throws Exception {
		return SampleProcess.jar(name, "--spring.profiles.active=worker", "--palm.worker.name=" + name,
				"--palm.worker.db-address=" + db);
	}

}
