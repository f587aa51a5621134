package io.palmspring.autoconfigure;

import java.nio.charset.StandardCharsets;

import io.palmspring.cache.CacheService;
import io.palmspring.client.PalmClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PalmClientAutoConfigurationTests {

	private final ApplicationContextRunner server = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
				PalmServerAutoConfiguration.class))
		.withPropertyValues("palm.server.name=client_target", "palm.server.pull-address=tcp://127.0.0.1:0",
				"palm.server.pub-address=tcp://127.0.0.1:0", "palm.server.db-address=tcp://127.0.0.1:0");

	private final ApplicationContextRunner client = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(PalmCoreAutoConfiguration.class, PalmClientAutoConfiguration.class));

	@Test
	void withoutServerNameAndDbAddressThereIsNoClient() {
		this.client.withPropertyValues("palm.client.server-name=client_target")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(PalmClient.class));
	}

	@Test
	void withServerNameAndDbAddressTheClientDiscoversTheServerAndCallsIt() {
		this.server.run((serverContext) -> {
			String db = serverContext.getBean(CacheService.class).getBoundAddress();
			this.client
				.withPropertyValues("palm.client.server-name=client_target", "palm.client.db-address=" + db,
						"palm.client.timeout=5s", "palm.client.max-in-flight=50")
				.run((context) -> {
					assertThat(context).hasSingleBean(PalmClient.class);
					PalmClient palmClient = context.getBean(PalmClient.class);
					assertThat(palmClient.eval("echo", "hi".getBytes(StandardCharsets.UTF_8))).asString()
						.isEqualTo("hi");
					PalmClientProperties properties = context.getBean(PalmClientProperties.class);
					assertThat(properties.getTimeout()).hasSeconds(5);
					assertThat(properties.getMaxInFlight()).isEqualTo(50);
				});
		});
	}

	@Test
	void whenTheServerHasAnotherNameStartupFailsSayingSo() {
		this.server.run((serverContext) -> {
			String db = serverContext.getBean(CacheService.class).getBoundAddress();
			this.client.withPropertyValues("palm.client.server-name=someone_else", "palm.client.db-address=" + db)
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.hasMessage("Server at db address '" + db + "' is named 'client_target', not 'someone_else'"));
		});
	}

}
