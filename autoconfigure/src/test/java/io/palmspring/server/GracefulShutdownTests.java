package io.palmspring.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.palmspring.autoconfigure.PalmCoreAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.client.PalmClient;
import io.palmspring.client.Reply;
import io.palmspring.function.UserFunction;
import io.palmspring.transport.PalmTimeoutException;
import io.palmspring.transport.ZmqInboundAdapter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server stopped in the middle of a job answers every message it accepted before
 * it closes: the one in hand, and the ones already waiting in its socket. The client
 * sends the whole job at once, so most of it waits in the server's socket when the
 * server is told to stop.
 */
class GracefulShutdownTests {

	@Test
	void aServerStoppedDuringAJobLosesNoAcceptedMessage() throws Exception {
		List<PalmServerStartedEvent> started = new ArrayList<>();
		ConfigurableApplicationContext server = new SpringApplicationBuilder(SlowServer.class)
			.web(WebApplicationType.NONE)
			.listeners((event) -> {
				if (event instanceof PalmServerStartedEvent serverStarted) {
					started.add(serverStarted);
				}
			})
			.run("--palm.server.name=slow", "--palm.server.pull-address=tcp://127.0.0.1:0",
					"--palm.server.pub-address=tcp://127.0.0.1:0", "--palm.server.db-address=tcp://127.0.0.1:0",
					"--palm.server.shutdown-timeout=20s", "--spring.main.banner-mode=off");
		ZmqInboundAdapter inbound = server.getBean(ZmqInboundAdapter.class);
		AtomicInteger replies = new AtomicInteger();
		CountDownLatch someReplies = new CountDownLatch(20);
		int jobSize = 300;
		try (PalmClient client = PalmClient.builder("slow")
			.dbAddress(started.get(0).getDbAddress())
			.timeout(Duration.ofSeconds(3))
			.maxInFlight(jobSize)
			.build()) {
			CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
				try (Stream<Reply> stream = client.jobReplies("slow.work", Collections.nCopies(jobSize, new byte[8]),
						jobSize)) {
					Iterator<Reply> iterator = stream.iterator();
					while (iterator.hasNext()) {
						assertThat(iterator.next().isError()).isFalse();
						replies.incrementAndGet();
						someReplies.countDown();
					}
				}
				catch (PalmTimeoutException ex) {
					// the server is gone: the messages it never accepted get no reply
				}
			});
			assertThat(someReplies.await(30, TimeUnit.SECONDS)).isTrue();
			int answeredBeforeStop = replies.get();
			long stopping = System.nanoTime();
			server.close();
			Duration shutdown = Duration.ofNanos(System.nanoTime() - stopping);
			job.get(60, TimeUnit.SECONDS);
			assertThat(answeredBeforeStop).isLessThan(jobSize / 2);
			// every message of the job reached the server's socket before the stop: all are answered
			assertThat(replies.get()).isEqualTo(jobSize);
			assertThat(inbound.getReceived()).as("accepted: the job and the client's probes").isGreaterThan(jobSize);
			assertThat(shutdown).isLessThan(Duration.ofSeconds(20));
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
			PalmServerAutoConfiguration.class })
	static class SlowServer {

		@Bean
		Object slowFunctions() {
			return new Object() {

				@UserFunction
				byte[] work(byte[] payload) throws InterruptedException {
					Thread.sleep(5);
					return payload;
				}

			};
		}

	}

}
