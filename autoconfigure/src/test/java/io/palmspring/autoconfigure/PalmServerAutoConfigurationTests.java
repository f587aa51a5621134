package io.palmspring.autoconfigure;

import java.util.List;

import io.palmspring.cache.CacheService;
import io.palmspring.cache.CacheStore;
import io.palmspring.cache.InMemoryCacheStore;
import io.palmspring.function.ErrorReplyPolicy;
import io.palmspring.function.UserFunction;
import io.palmspring.function.UserFunctionRegistry;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.StreamHook;
import io.palmspring.server.ServerAnnouncer;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.palmspring.transport.ZmqSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class PalmServerAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
				PalmServerAutoConfiguration.class))
		.withPropertyValues("palm.server.name=unit_server", "palm.server.pull-address=tcp://127.0.0.1:0",
				"palm.server.pub-address=tcp://127.0.0.1:0", "palm.server.db-address=tcp://127.0.0.1:0");

	@Test
	void whenNameIsSetThenServerRunsWithItsFlowCacheAndLogger(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ZContext.class)
				.hasSingleBean(UserFunctionRegistry.class)
				.hasSingleBean(ZmqInboundAdapter.class)
				.hasSingleBean(ZmqOutboundHandler.class)
				.hasSingleBean(CacheService.class)
				.hasSingleBean(ServerAnnouncer.class)
				.hasBean("palmServerFlow")
				.hasBean("palmServerLog");
			assertThat(context.getBean(CacheStore.class)).isInstanceOf(InMemoryCacheStore.class);
			assertThat(context.getBean("palmServerLog", Log.class).isInfoEnabled()).isTrue();
			assertThat(output).contains("unit_server").contains("Server 'unit_server' ready: pull 'tcp://127.0.0.1:");
			assertThat(context.getBean(ZmqInboundAdapter.class).getBoundAddress()).startsWith("tcp://127.0.0.1:");
			assertThat(context.getBean(CacheService.class).isRunning()).isTrue();
			assertThat(context.getBean(CacheStore.class).get("name")).asString().isEqualTo("unit_server");
		});
	}

	@Test
	void whenDisabledThenNoServerBeans() {
		this.runner.withPropertyValues("palm.server.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ZmqInboundAdapter.class)
				.doesNotHaveBean(CacheService.class)
				.doesNotHaveBean(IntegrationFlow.class)
				.hasSingleBean(UserFunctionRegistry.class);
		});
	}

	@Test
	void whenJeroMqIsMissingThenNothingIsConfigured() {
		this.runner.withClassLoader(new FilteredClassLoader(ZContext.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(UserFunctionRegistry.class)
				.doesNotHaveBean(ZmqInboundAdapter.class);
		});
	}

	@Test
	void whenUserDefinesBeansThenAutoConfigurationBacksOff() {
		this.runner.withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CacheStore.class)).isSameAs(context.getBean(UserBeans.class).store);
			assertThat(context.getBean(ErrorReplyPolicy.class)).isSameAs(UserBeans.POLICY);
			assertThat(context.getBean(StreamHook.class)).isSameAs(UserBeans.HOOK);
			assertThat(context.getBean(ZContext.class)).isSameAs(context.getBean(UserBeans.class).zmq);
		});
	}

	@Test
	void propertiesBindIncludingPipelinedStreamHook() {
		this.runner.withPropertyValues("palm.server.pipelined=true", "palm.server.shutdown-timeout=3s",
				"palm.server.linger=250ms")
			.run((context) -> {
				PalmServerProperties properties = context.getBean(PalmServerProperties.class);
				assertThat(properties.isPipelined()).isTrue();
				assertThat(properties.getShutdownTimeout()).hasSeconds(3);
				assertThat(properties.getLinger()).hasMillis(250);
				PalmMessage reply = PalmMessage.newBuilder().setClient("c").setStage(4).build();
				assertThat(context.getBean(StreamHook.class).route(reply).topic()).isEqualTo("unit_server");
				assertThat(context.getBean(StreamHook.class).route(reply).message().getStage()).isEqualTo(5);
			});
	}

	@Test
	void userFunctionsAreDiscoveredAndRegistered() {
		this.runner.withUserConfiguration(FunctionBeans.class).run((context) -> {
			assertThat(context.getBean(UserFunctionRegistry.class).names()).containsExactly("echo", "named", "plain");
		});
	}

	@Test
	void whenNameIsMissingThenStartupFailsNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(IntegrationAutoConfiguration.class,
					PalmCoreAutoConfiguration.class, PalmServerAutoConfiguration.class))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(PalmPropertyException.class)
				.hasMessageStartingWith("palm.server.name is not set"));
	}

	@Test
	void whenNameHasADotThenStartupFails() {
		this.runner.withPropertyValues("palm.server.name=my.server")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("palm.server.name 'my.server' is not a server name; it must not contain dots or spaces"));
	}

	@Test
	void whenAddressIsMalformedThenStartupFailsNamingPropertyAndValue() {
		this.runner.withPropertyValues("palm.server.pull-address=tcp:/x")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("palm.server.pull-address 'tcp:/x' is not a ZeroMQ endpoint"));
	}

	@Test
	void whenAddressIsInUseThenStartupFailsNamingPropertyAndValue() {
		try (ZContext zmq = new ZContext(1)) {
			ZMQ.Socket holder = ZmqSockets.create(zmq, SocketType.PULL);
			int port = holder.bindToRandomPort("tcp://127.0.0.1");
			String taken = "tcp://127.0.0.1:" + port;
			for (String property : List.of("palm.server.pull-address", "palm.server.pub-address",
					"palm.server.db-address")) {
				this.runner.withPropertyValues(property + "=" + taken)
					.run((context) -> assertThat(context).getFailure()
						.rootCause()
						.hasMessage(property + " '" + taken + "' could not be bound: address already in use"));
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		static final ErrorReplyPolicy POLICY = (request, error) -> null;

		static final StreamHook HOOK = StreamHook.toClient();

		final CacheStore store = new InMemoryCacheStore();

		final ZContext zmq = new ZContext(1);

		@Bean
		CacheStore userStore() {
			return this.store;
		}

		@Bean
		ErrorReplyPolicy userPolicy() {
			return POLICY;
		}

		@Bean
		StreamHook userHook() {
			return HOOK;
		}

		@Bean(destroyMethod = "close")
		ZContext userContext() {
			return this.zmq;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class FunctionBeans {

		@Bean
		Object functions() {
			return new Object() {

				@UserFunction
				byte[] plain(byte[] payload) {
					return payload;
				}

				@UserFunction(name = "named")
				byte[] other(byte[] payload) {
					return payload;
				}

			};
		}

	}

}
