package io.palmspring.autoconfigure;

import java.nio.file.Path;

import io.palmspring.logging.collector.EventFileWriter;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.logging.collector.RecentEvents;
import io.palmspring.logging.collector.web.LogCollectorController;
import io.palmspring.transport.ZmqInboundAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PalmLogCollectorAutoConfigurationTests {

	@TempDir
	Path files;

	private AutoConfigurations configurations() {
		return AutoConfigurations.of(IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
				PalmServerAutoConfiguration.class, PalmLogCollectorAutoConfiguration.class);
	}

	private String[] collector() {
		return new String[] { "palm.log-collector.enabled=true", "palm.log-collector.address=tcp://127.0.0.1:0",
				"palm.log-collector.file.path=" + this.files.resolve("events.jsonl") };
	}

	@Test
	void collectorInAWebApplicationServesItsPageAndRunsNoServer() {
		new WebApplicationContextRunner().withConfiguration(configurations())
			.withPropertyValues(collector())
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(LogCollector.class)
					.hasSingleBean(EventFileWriter.class)
					.hasSingleBean(LogCollectorController.class)
					.doesNotHaveBean(ZmqInboundAdapter.class);
				assertThat(context.getBean(LogCollector.class).getBoundAddress()).startsWith("tcp://127.0.0.1:");
			});
	}

	@Test
	void collectorWithoutWebOrFilesStillCollects() {
		new ApplicationContextRunner().withConfiguration(configurations())
			.withPropertyValues(collector())
			.withPropertyValues("palm.log-collector.file.enabled=false", "palm.log-collector.memory-capacity=50")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(LogCollector.class)
					.hasSingleBean(RecentEvents.class)
					.doesNotHaveBean(EventFileWriter.class)
					.doesNotHaveBean(LogCollectorController.class);
			});
	}

	@Test
	void badCollectorSettingsStopStartupNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(configurations())
			.withPropertyValues(collector())
			.withPropertyValues("palm.log-collector.memory-capacity=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("palm.log-collector.memory-capacity '0' is not a number of events; expected 1 or more"));
		new ApplicationContextRunner().withConfiguration(configurations())
			.withPropertyValues(collector())
			.withPropertyValues("palm.log-collector.address=logs:5570")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("palm.log-collector.address 'logs:5570' is not a ZeroMQ endpoint"));
	}

	@Test
	void enablingTheCollectorWithoutJacksonFailsSayingWhatToAdd() {
		new ApplicationContextRunner().withConfiguration(configurations())
			.withPropertyValues(collector())
			.withClassLoader(new FilteredClassLoader("tools.jackson.databind"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("palm.log-collector.enabled is true, but the log collector needs Jackson"));
	}

	@Test
	void collectorDefaultsArePinned() {
		PalmLogCollectorProperties properties = new PalmLogCollectorProperties();
		assertThat(properties.isEnabled()).isFalse();
		assertThat(properties.getAddress()).isEqualTo("tcp://127.0.0.1:5570");
		assertThat(properties.isConsole()).isTrue();
		assertThat(properties.getMemoryCapacity()).isEqualTo(10_000);
		assertThat(properties.getFile().getPath()).isEqualTo(Path.of("logs", "palm-collector.jsonl"));
		assertThat(properties.getFile().getMaxFileSize()).isEqualTo("10MB");
		assertThat(properties.getFile().getMaxHistory()).isEqualTo(7);
		assertThat(properties.getWeb().getPath()).isEqualTo("/palm/logs");
		PalmLoggingProperties.Shipping shipping = new PalmLoggingProperties().getShipping();
		assertThat(shipping.getCapacity()).isEqualTo(10_000);
		assertThat(shipping.getBatchSize()).isEqualTo(500);
		assertThat(shipping.getResendAfter()).hasSeconds(2);
		assertThat(shipping.getWarnInterval()).hasSeconds(30);
		assertThat(shipping.getFlushTimeout()).hasSeconds(2);
		assertThat(shipping.getLinger()).hasMillis(100);
	}

}
