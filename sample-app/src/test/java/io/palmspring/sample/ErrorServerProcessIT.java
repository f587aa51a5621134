package io.palmspring.sample;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;

import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The sample app's error server as a separate JVM, called over TCP by the Java client,
 * by the sample's client profile (another JVM) and by a Python peer on libzmq.
 */
class ErrorServerProcessIT {

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private static SampleProcess server;

	private static String dbAddress;

	@BeforeAll
	static void startErrorServer() throws Exception {
		server = SampleProcess.jar("error-server", "--spring.profiles.active=error-server",
				"--palm.server.db-address=tcp://127.0.0.1:0", "--palm.server.pull-address=tcp://127.0.0.1:0",
				"--palm.server.pub-address=tcp://127.0.0.1:0");
		Matcher ready = server.awaitLine("my_server - INFO - Server 'my_server' ready: .* db '(tcp://[^']+)'", STARTUP);
		dbAddress = ready.group(1);
	}

	@AfterAll
	static void stopErrorServer() throws Exception {
		server.close();
	}

	@Test
	void javaClientGetsErrorReplyAndServerLogsWarningAndTraceAndKeepsServing() {
		try (PalmClient client = PalmClient.builder("my_server").dbAddress(dbAddress).build()) {
			assertThatExceptionOfType(PalmRemoteException.class)
				.isThrownBy(() -> client.eval("my_server.foo", bytes("This is a message")))
				.satisfies((ex) -> assertThat(ex.getRemoteError()).startsWith("NullPointerException: "));
			server.awaitLine(" - my_server - WARN - Got a message$", Duration.ofSeconds(10));
			server.awaitLine(" - my_server - ERROR - User function gave an error \\(function 'my_server.foo'",
					Duration.ofSeconds(10));
			server.awaitLine("^java.lang.NullPointerException: ", Duration.ofSeconds(10));
			server.awaitLine("at io.palmspring.sample.errorserver.ErrorServerFunctions.foo\\(", Duration.ofSeconds(10));
			assertThat(client.eval("my_server.echo", bytes("still here"))).asString().isEqualTo("still here");
		}
	}

	@Test
	void clientProfilePrintsWhatItGot() throws Exception {
		try (SampleProcess client = SampleProcess.jar("client", "--spring.profiles.active=client",
				"--palm.client.db-address=" + dbAddress)) {
			assertThat(client.awaitExit(STARTUP)).isZero();
			assertThat(client.output()).contains("Client got: 0 (error: NullPointerException: ");
		}
	}

	@Test
	void pythonPeerOnLibzmqSpeaksTheProtocolWithTheServer() throws Exception {
		try (SampleProcess peer = PythonPeers.start("python-peer", "palm_peer.py", "my_server", dbAddress)) {
			int exit = peer.awaitExit(Duration.ofSeconds(120));
			assertThat(peer.output()).contains("OK failing function replies payload 0 as pylm",
					"OK job of 2000 messages all answered", "PEER DONE");
			assertThat(exit).as(peer.output()).isZero();
		}
	}

	@Test
	void badAddressStopsStartupWithAMessageNamingTheProperty() throws Exception {
		try (SampleProcess bad = SampleProcess.jar("bad-config", "--spring.profiles.active=error-server",
				"--palm.server.pull-address=tcp:/x")) {
			assertThat(bad.awaitExit(STARTUP)).isNotZero();
			assertThat(bad.output()).contains("APPLICATION FAILED TO START")
				.contains("palm.server.pull-address 'tcp:/x' is not a ZeroMQ endpoint")
				.contains("Set palm.server.pull-address to a free, well-formed ZeroMQ address");
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
