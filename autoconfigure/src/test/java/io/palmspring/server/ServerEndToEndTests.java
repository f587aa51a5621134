package io.palmspring.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.palmspring.autoconfigure.PalmCoreAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import io.palmspring.function.UserFunction;
import io.palmspring.protocol.PalmMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.palmspring.transport.ZmqSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import com.google.protobuf.ByteString;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A server application and the Java client over real loopback sockets.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServerEndToEndTests {

	private static ConfigurableApplicationContext server;

	private static PalmServerStartedEvent started;

	private static PalmClient client;

	@BeforeAll
	static void startServer() {
		List<PalmServerStartedEvent> events = new ArrayList<>();
		server = new SpringApplicationBuilder(ServerApplication.class).web(WebApplicationType.NONE)
			.listeners((event) -> {
				if (event instanceof PalmServerStartedEvent serverStarted) {
					events.add(serverStarted);
				}
			})
			.run("--palm.server.name=test_server", "--palm.server.pull-address=tcp://127.0.0.1:0",
					"--palm.server.pub-address=tcp://127.0.0.1:0", "--palm.server.db-address=tcp://127.0.0.1:0");
		assertThat(events).hasSize(1);
		started = events.get(0);
		client = PalmClient.builder("test_server").dbAddress(started.getDbAddress()).timeout(Duration.ofSeconds(10))
			.build();
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.close();
	}

	@Test
	void startedEventCarriesRealAddressesAndFunctions() {
		assertThat(started.getName()).isEqualTo("test_server");
		assertThat(started.getPullAddress()).matches("tcp://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
		assertThat(started.getFunctions()).containsExactly("echo", "fail", "reverse", "upper");
		assertThat(client.getPullAddress()).isEqualTo(started.getPullAddress());
		assertThat(client.getPubAddress()).isEqualTo(started.getPubAddress());
	}

	@Test
	void evalReturnsTheFunctionsResult() {
		assertThat(client.eval("test_server.upper", bytes("hello"))).asString().isEqualTo("HELLO");
		assertThat(client.eval("reverse", bytes("abc"))).asString().isEqualTo("cba");
		assertThat(client.eval("test_server.echo", bytes("same"))).asString().isEqualTo("same");
	}

	@Test
	void jobOfTenThousandMessagesIsAnsweredCompletely() {
		List<byte[]> payloads = IntStream.range(0, 10_000).mapToObj((i) -> bytes("m" + i)).toList();
		Set<String> replies;
		try (var stream = client.job("test_server.upper", payloads, payloads.size())) {
			replies = stream.map((payload) -> new String(payload, StandardCharsets.UTF_8))
				.collect(Collectors.toSet());
		}
		assertThat(replies).hasSize(10_000).contains("M0", "M9999");
	}

	@Test
	void oneClientServesManyThreadsAtOnceEachGettingItsOwnReplies() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				int thread = t;
				results.add(threads.submit(() -> {
					for (int i = 0; i < 300; i++) {
						String text = "t" + thread + "-" + i;
						assertThat(client.eval("test_server.upper", bytes(text))).asString()
							.isEqualTo(text.toUpperCase());
					}
					return 300;
				}));
			}
			for (int t = 0; t < 2; t++) {
				int thread = t;
				results.add(threads.submit(() -> {
					List<byte[]> payloads = IntStream.range(0, 2000).mapToObj((i) -> bytes(i + "-" + thread + "j")).toList();
					try (var replies = client.job("test_server.reverse", payloads, payloads.size())) {
						return (int) replies.filter((reply) -> new String(reply, StandardCharsets.UTF_8)
							.startsWith("j" + thread + "-")).count();
					}
				}));
			}
			int total = 0;
			for (Future<Integer> result : results) {
				total += result.get(60, TimeUnit.SECONDS);
			}
			assertThat(total).isEqualTo(6 * 300 + 2 * 2000);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void throwingFunctionGivesErrorReplyAndOneLoggedTraceAndTheNextCallWorks(CapturedOutput output) {
		assertThatExceptionOfType(PalmRemoteException.class)
			.isThrownBy(() -> client.eval("test_server.fail", bytes("x")))
			.satisfies((ex) -> assertThat(ex.getRemoteError())
				.isEqualTo("IllegalStateException: fail was called with 1 bytes"));
		await().untilAsserted(() -> assertThat(output.getOut()).contains("User function gave an error"));
		String out = output.getOut();
		assertThat(out).contains(" - test_server - ERROR - User function gave an error (function 'test_server.fail'");
		assertThat(out).contains("java.lang.IllegalStateException: fail was called with 1 bytes")
			.contains("at io.palmspring.server.ServerEndToEndTests$Functions.fail(");
		assertThat(count(out, "java.lang.IllegalStateException: fail was called")).isOne();
		assertThat(client.eval("test_server.upper", bytes("next"))).asString().isEqualTo("NEXT");
	}

	@Test
	void garbageUnknownFunctionWrongServerAndStagePastTheEndAreSurvived(CapturedOutput output) {
		try (ZContext context = new ZContext(1)) {
			ZMQ.Socket push = ZmqSockets.create(context, SocketType.PUSH);
			push.setLinger(5000);
			push.connect(started.getPullAddress());
			push.send(new byte[] { (byte) 0xff, 0x01, 0x02, 0x03 });
			push.sendMore("two");
			push.send("frames");
		}
		await().untilAsserted(() -> assertThat(output.getOut())
			.contains("test_server - ERROR - Dropped a message that could not be decoded")
			.contains("Dropped a message of 2 frames"));

		assertRemoteError("test_server.nope", "Function 'nope' is not one of [echo, fail, reverse, upper]");
		assertRemoteError("other_server.upper", "Message for server 'other_server' reached server 'test_server'");
		try (RawPeer peer = new RawPeer("test_server", started.getPullAddress(), started.getPubAddress())) {
			PalmMessage reply = peer.call(PalmMessage.newBuilder()
				.setFunction("test_server.upper test_server.upper")
				.setStage(2)
				.setPipeline("p-stage")
				.setPayload(ByteString.copyFromUtf8("x")));
			assertThat(reply.getError()).contains("Stage 2 is past the last step of 'test_server.upper test_server.upper'");
			assertThat(reply.getPayload().toStringUtf8()).isEqualTo("0");
			assertThat(reply.getPipeline()).isEqualTo("p-stage");
			assertThat(reply.getStage()).isEqualTo(2);
			PalmMessage noDot = peer.call(PalmMessage.newBuilder().setFunction("upper").setPipeline("p-dot"));
			assertThat(noDot.getError()).contains("Step 'upper' of 'upper' is not 'server.function'");
			PalmMessage empty = peer.call(PalmMessage.newBuilder().setPipeline("p-empty"));
			assertThat(empty.getError()).contains("Message has an empty function");
		}
		assertThat(output.getOut()).doesNotContain("User function gave an error (function 'test_server.nope'");
		assertThat(client.eval("test_server.upper", bytes("alive"))).asString().isEqualTo("ALIVE");
	}

	@Test
	void cacheSetsGetsAndDeletes() {
		assertThat(client.set("k1", bytes("v1"))).isEqualTo("k1");
		assertThat(client.get("k1")).asString().isEqualTo("v1");
		String generated = client.set(bytes("v2"));
		assertThat(generated).hasSize(36);
		assertThat(client.get(generated)).asString().isEqualTo("v2");
		assertThat(client.get("missing")).isEmpty();
		assertThat(client.delete("k1")).isEqualTo("k1");
		assertThat(client.get("k1")).isEmpty();
		assertThat(client.delete("never-there")).isEqualTo("never-there");
		assertThat(client.get("name")).asString().isEqualTo("test_server");
		assertThat(client.get("pull_address")).asString().isEqualTo(started.getPullAddress());
		assertThat(client.get("pub_address")).asString().isEqualTo(started.getPubAddress());
		assertThat(client.get("db_address")).asString().isEqualTo(started.getDbAddress());
	}

	private static void assertRemoteError(String function, String expected) {
		assertThatExceptionOfType(PalmRemoteException.class)
			.isThrownBy(() -> client.eval(function, bytes("x"), Duration.ofSeconds(5)))
			.satisfies((ex) -> assertThat(ex.getRemoteError()).contains(expected));
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
			PalmServerAutoConfiguration.class })
	static class ServerApplication {

		@Bean
		Functions functions() {
			return new Functions();
		}

	}

	static class Functions {

		@UserFunction
		byte[] upper(byte[] payload) {
			return new String(payload, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
		}

		@UserFunction("reverse")
		byte[] reverseBytes(byte[] payload) {
			return new StringBuilder(new String(payload, StandardCharsets.UTF_8)).reverse()
				.toString()
				.getBytes(StandardCharsets.UTF_8);
		}

		@UserFunction
		byte[] fail(byte[] payload) {
			throw new IllegalStateException("fail was called with " + payload.length + " bytes");
		}

		byte[] notAFunction(byte[] payload) {
			return payload;
		}

	}

}
