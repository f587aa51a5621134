package io.palmspring.autoconfigure.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.palmspring.autoconfigure.PalmActuatorAutoConfiguration;
import io.palmspring.autoconfigure.PalmCoreAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.cache.CacheService;
import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import io.palmspring.function.FunctionCallListener;
import io.palmspring.function.UserFunction;
import io.palmspring.metrics.PalmMeterBinder;
import io.palmspring.metrics.PalmMeters;
import io.palmspring.actuate.PalmHealthIndicator;
import io.palmspring.actuate.PalmInfoContributor;
import org.junit.jupiter.api.Test;
import io.palmspring.transport.ZmqSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class PalmMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IntegrationAutoConfiguration.class, MetricsAutoConfiguration.class,
				PalmCoreAutoConfiguration.class, PalmServerAutoConfiguration.class, PalmMetricsAutoConfiguration.class,
				PalmActuatorAutoConfiguration.class))
		.withUserConfiguration(Functions.class)
		.withPropertyValues("palm.server.name=metered", "palm.server.pull-address=tcp://127.0.0.1:0",
				"palm.server.pub-address=tcp://127.0.0.1:0", "palm.server.db-address=tcp://127.0.0.1:0");

	@Test
	void withoutARegistryThereAreNoMeters() {
		this.runner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(PalmMeterBinder.class)
			.doesNotHaveBean(FunctionCallListener.class));
	}

	@Test
	void withoutMicrometerThereAreNoMeters() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(PalmMeterBinder.class));
	}

	@Test
	void aUserListenerReplacesTheTimer() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.withBean(FunctionCallListener.class, () -> FunctionCallListener.NONE)
			.run((context) -> assertThat(context.getBean(FunctionCallListener.class)).isSameAs(FunctionCallListener.NONE));
	}

	@Test
	void metersCountAKnownSequenceOfCallsWithAnErrorAndABadMessage() {
		this.runner.withBean(SimpleMeterRegistry.class).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			String db = context.getBean(CacheService.class).getBoundAddress();
			try (PalmClient client = PalmClient.builder("metered").dbAddress(db).probe(false).build()) {
				for (int i = 0; i < 3; i++) {
					client.eval("metered.upper", bytes("x"), Duration.ofSeconds(5));
				}
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("metered.fail", bytes("x"), Duration.ofSeconds(5)));
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("metered.nothere", bytes("x"), Duration.ofSeconds(5)));
			}
			try (ZContext zmq = new ZContext(1)) {
				ZMQ.Socket push = ZmqSockets.create(zmq, SocketType.PUSH);
				push.setLinger(5000);
				push.connect(context.getBean(io.palmspring.transport.ZmqInboundAdapter.class).getBoundAddress());
				push.send(new byte[] { (byte) 0xff, 0x01 });
			}
			await().untilAsserted(() -> assertThat(
					registry.get(PalmMeters.FUNCTION_CALLS).tag("outcome", "bad_message").timer().count()).isOne());
			assertThat(registry.get(PalmMeters.FUNCTION_CALLS)
				.tags("server", "metered", "function", "upper", "outcome", "success", "exception", "none")
				.timer()
				.count()).isEqualTo(3);
			assertThat(registry.get(PalmMeters.FUNCTION_CALLS)
				.tags("function", "fail", "outcome", "error", "exception", "IllegalStateException")
				.timer()
				.count()).isOne();
			assertThat(registry.get(PalmMeters.FUNCTION_CALLS)
				.tags("function", "unknown", "outcome", "not_found", "exception", "RoutingException")
				.timer()
				.count()).isOne();
			assertThat(registry.get(PalmMeters.MESSAGES_RECEIVED).tag("socket", "palm.server.pull-address")
				.functionCounter()
				.count()).isEqualTo(6);
			assertThat(registry.get(PalmMeters.MESSAGES_SENT).tag("socket", "palm.server.pub-address")
				.functionCounter()
				.count()).isEqualTo(5);
			assertThat(registry.get(PalmMeters.MESSAGES_IN_FLIGHT).gauge().value()).isZero();
			assertThat(registry.get(PalmMeters.CACHE_OPERATIONS).tag("operation", "get").functionCounter().count())
				.isEqualTo(3);
		});
	}

	@Test
	void healthIsUpWithTheSocketsAndInfoNamesRoleAddressesAndFunctions() {
		this.runner.run((context) -> {
			PalmHealthIndicator health = context.getBean(PalmHealthIndicator.class);
			var result = health.health(true);
			assertThat(result.getStatus()).isEqualTo(Status.UP);
			assertThat(result.getDetails()).containsEntry("role", "Server").containsEntry("name", "metered");
			assertThat(result.getDetails().get("sockets").toString()).contains("palm.server.pull-address=tcp://127.0.0.1:");
			Info.Builder info = new Info.Builder();
			context.getBean(PalmInfoContributor.class).contribute(info);
			assertThat(info.build().getDetails().get("palm").toString()).contains("role=Server", "name=metered",
					"palm.server.db-address=tcp://127.0.0.1:", "functions=[echo, fail, upper]");
		});
	}

	@Test
	void healthIsDownOnceTheSocketsAreClosed() {
		this.runner.run((context) -> {
			context.getBean(io.palmspring.transport.ZmqInboundAdapter.class).stop();
			assertThat(context.getBean(PalmHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.DOWN);
		});
	}

	@Test
	void healthIndicatorCanBeTurnedOff() {
		this.runner.withPropertyValues("management.health.palm.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(PalmHealthIndicator.class)
				.hasSingleBean(PalmInfoContributor.class));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Configuration(proxyBeanMethods = false)
	static class Functions {

		@Bean
		Object metredFunctions() {
			return new Object() {

				@UserFunction
				byte[] upper(byte[] payload) {
					return new String(payload, StandardCharsets.UTF_8).toUpperCase().getBytes(StandardCharsets.UTF_8);
				}

				@UserFunction
				byte[] fail(byte[] payload) {
					throw new IllegalStateException("no");
				}

			};
		}

	}

}
