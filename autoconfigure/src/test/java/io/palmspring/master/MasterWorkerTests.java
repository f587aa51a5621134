package io.palmspring.master;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.palmspring.cache.CacheClient;
import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import io.palmspring.client.Reply;
import io.palmspring.function.UserFunction;
import io.palmspring.protocol.PalmMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A master and workers in one JVM over loopback: jobs, spreading, late joiners,
 * errors, hooks and mux functions.
 */
@ExtendWith(OutputCaptureExtension.class)
class MasterWorkerTests {

	@Test
	void everyMessageOfABigJobIsAnsweredAndWorkIsSpreadAcrossWorkers() {
		try (TestCluster cluster = new TestCluster(IdentityHooks.class)) {
			cluster.startWorker("w1", NamedEcho.class);
			cluster.startWorker("w2", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				Map<String, Long> perWorker = job(client, "master.tag", 10_000);
				assertThat(perWorker.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
				assertThat(perWorker).containsOnlyKeys("w1", "w2");
				assertThat(perWorker.get("w1")).isGreaterThan(1000);
				assertThat(perWorker.get("w2")).isGreaterThan(1000);
			}
		}
	}

	@Test
	void aWorkerThatJoinsLateGetsWork() {
		try (TestCluster cluster = new TestCluster(IdentityHooks.class)) {
			cluster.startWorker("early", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				assertThat(job(client, "master.tag", 500)).containsOnlyKeys("early");
				cluster.startWorker("late", NamedEcho.class);
				assertThat(job(client, "master.tag", 2000)).containsKey("late");
			}
		}
	}

	@Test
	void aWorkerWhoseFunctionThrowsRepliesWithErrorsAndGoesOn(CapturedOutput output) {
		try (TestCluster cluster = new TestCluster(IdentityHooks.class)) {
			cluster.startWorker("w1", NamedEcho.class, "--palm.worker.concurrency=1");
			try (PalmClient client = cluster.client()) {
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("master.fail", bytes("x")))
					.satisfies((ex) -> assertThat(ex.getRemoteError()).isEqualTo("ArithmeticException: / by zero"));
				List<Reply> replies;
				try (Stream<Reply> stream = client.jobReplies("master.fail", List.of(bytes("a"), bytes("b")), 2)) {
					replies = stream.toList();
				}
				assertThat(replies).allSatisfy((reply) -> {
					assertThat(reply.isError()).isTrue();
					assertThat(reply.payload()).containsExactly('0');
				});
				assertThat(client.eval("master.tag", bytes("next"))).asString().isEqualTo("w1:next");
				assertThat(output.getOut()).contains(" - w1 - ERROR - User function gave an error (function 'master.fail'")
					.contains("java.lang.ArithmeticException: / by zero");
			}
		}
	}

	@Test
	void scatterMultipliesAndGatherFiltersAndRewrites() {
		try (TestCluster cluster = new TestCluster(TripleAndDropOdd.class)) {
			cluster.startWorker("w1", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				List<byte[]> payloads = IntStream.range(0, 100).mapToObj((i) -> bytes(Integer.toString(i))).toList();
				List<String> replies;
				// 100 messages, 3 jobs each, gather keeps the even numbers (50 x 3) and rewrites them
				try (Stream<byte[]> stream = client.job("master.tag", payloads, 150)) {
					replies = stream.map(MasterWorkerTests::text).toList();
				}
				assertThat(replies).hasSize(150).allMatch((reply) -> reply.startsWith("gathered w1:"));
				assertThat(replies.stream().filter((reply) -> reply.equals("gathered w1:42"))).hasSize(3);
				assertThat(replies).noneMatch((reply) -> reply.equals("gathered w1:41"));
			}
		}
	}

	@Test
	void aHookThatThrowsIsLoggedAndTheMasterGoesOn(CapturedOutput output) {
		try (TestCluster cluster = new TestCluster(FailingScatter.class)) {
			cluster.startWorker("w1", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> client.eval("master.tag", bytes("boom"), Duration.ofMillis(500)));
				assertThat(client.eval("master.tag", bytes("fine"))).asString().isEqualTo("w1:fine");
				assertThat(output.getOut()).contains(" - master - ERROR - The scatter hook gave an error; message dropped")
					.contains("java.lang.IllegalArgumentException: no boom please");
			}
		}
	}

	@Test
	void aMuxFunctionSendsEachResultAsItsOwnMessage() {
		try (TestCluster cluster = new TestCluster(IdentityHooks.class)) {
			cluster.startWorker("w1", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				List<String> replies;
				try (Stream<byte[]> stream = client.job("master.split", List.of(bytes("a,b,c"), bytes("d,e")), 5)) {
					replies = stream.map(MasterWorkerTests::text).sorted().toList();
				}
				assertThat(replies).containsExactly("a", "b", "c", "d", "e");
			}
		}
	}

	@Test
	void workersReadTheMastersCacheAndTheMasterAnswersEchoItself() {
		try (TestCluster cluster = new TestCluster(IdentityHooks.class)) {
			var worker = cluster.startWorker("w1", NamedEcho.class);
			try (PalmClient client = cluster.client()) {
				client.set("cached", bytes(" cached data "));
				assertThat(worker.getBean(CacheClient.class).getString("cached")).isEqualTo(" cached data ");
				assertThat(client.eval("master.withCache", bytes("msg"))).asString().isEqualTo("w1 cached data msg");
				assertThat(client.eval("master.echo", bytes("probe"))).asString().isEqualTo("probe");
				assertThat(client.get("worker_push_address")).asString()
					.isEqualTo(cluster.masterStarted().getExtraAddresses().get("worker_push_address"));
			}
		}
	}

	private static Map<String, Long> job(PalmClient client, String function, int count) {
		List<byte[]> payloads = IntStream.range(0, count).mapToObj((i) -> bytes("m" + i)).toList();
		try (Stream<byte[]> replies = client.job(function, payloads, count)) {
			return replies.map((reply) -> text(reply).substring(0, text(reply).indexOf(':')))
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	static class NamedEcho {

		@Bean
		Functions functions(@Value("${palm.worker.name}") String name, CacheClient cache) {
			return new Functions(name, cache);
		}

	}

	static class Functions {

		private final String name;

		private final CacheClient cache;

		private final AtomicInteger calls = new AtomicInteger();

		Functions(String name, CacheClient cache) {
			this.name = name;
			this.cache = cache;
		}

		@UserFunction
		byte[] tag(byte[] payload) {
			this.calls.incrementAndGet();
			return bytes(this.name + ":" + text(payload));
		}

		@UserFunction
		byte[] fail(byte[] payload) {
			return bytes(Integer.toString(payload.length / 0));
		}

		@UserFunction
		List<byte[]> split(byte[] payload) {
			return Stream.of(text(payload).split(",")).map(MasterWorkerTests::bytes).toList();
		}

		@UserFunction
		byte[] withCache(byte[] payload) {
			return bytes(this.name + this.cache.getString("cached") + text(payload));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class IdentityHooks {

	}

	@Configuration(proxyBeanMethods = false)
	static class TripleAndDropOdd {

		@Bean
		ScatterHook triple() {
			return (message) -> List.of(message, message, message);
		}

		@Bean
		GatherHook evenOnly() {
			return (result) -> {
				String text = result.getPayload().toStringUtf8();
				int number = Integer.parseInt(text.substring(text.indexOf(':') + 1));
				return (number % 2 == 1) ? List.of() : List.of(PalmMessages.changePayload(result, "gathered " + text));
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingScatter {

		@Bean
		ScatterHook failOnBoom() {
			return (message) -> {
				if (message.getPayload().toStringUtf8().equals("boom")) {
					throw new IllegalArgumentException("no boom please");
				}
				return List.of(message);
			};
		}

	}

}
