package io.palmspring.autoconfigure;

import java.util.List;

import io.palmspring.cache.CacheClient;
import io.palmspring.cache.CacheStore;
import io.palmspring.master.GatherHook;
import io.palmspring.master.ScatterHook;
import io.palmspring.protocol.StreamHook;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.worker.MasterAddresses;
import io.palmspring.worker.WorkerAnnouncer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class PalmMasterWorkerAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
				PalmServerAutoConfiguration.class, PalmMasterAutoConfiguration.class, PalmWorkerAutoConfiguration.class));

	private final ApplicationContextRunner master = this.runner.withPropertyValues("palm.master.enabled=true",
			"palm.server.name=boss", "palm.server.pull-address=tcp://127.0.0.1:0",
			"palm.server.pub-address=tcp://127.0.0.1:0", "palm.server.db-address=tcp://127.0.0.1:0",
			"palm.master.worker-push-address=tcp://127.0.0.1:0", "palm.master.worker-pull-address=tcp://127.0.0.1:0");

	@Test
	void masterRunsItsThreeFlowsWithIdentityHooksAndPresetsWorkerAddresses() {
		this.master.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasBean("palmMasterInboundFlow")
				.hasBean("palmMasterResultsFlow")
				.hasBean("palmMasterRepliesFlow")
				.doesNotHaveBean("palmServerFlow")
				.hasSingleBean(ScatterHook.class)
				.hasSingleBean(GatherHook.class);
			CacheStore cache = context.getBean(CacheStore.class);
			assertThat(cache.get("worker_push_address")).asString().startsWith("tcp://127.0.0.1:").doesNotEndWith(":0");
			assertThat(cache.get("worker_pull_address")).asString().startsWith("tcp://127.0.0.1:");
			assertThat(cache.get("name")).asString().isEqualTo("boss");
		});
	}

	@Test
	void masterHooksBackOffToTheApplicationsBeans() {
		this.master.withUserConfiguration(Hooks.class).run((context) -> {
			assertThat(context.getBean(ScatterHook.class)).isSameAs(Hooks.SCATTER);
			assertThat(context.getBean(GatherHook.class)).isSameAs(Hooks.GATHER);
			assertThat(context.getBean(StreamHook.class)).isSameAs(Hooks.STREAM);
		});
	}

	@Test
	void masterWorkerAddressIsValidated() {
		this.master.withPropertyValues("palm.master.worker-push-address=localhost:5558")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageStartingWith("palm.master.worker-push-address 'localhost:5558' is not a ZeroMQ endpoint"));
	}

	@Test
	void workerWithoutDbAddressOrExplicitAddressesFailsNamingTheProperty() {
		this.runner.withPropertyValues("palm.worker.enabled=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("palm.worker.db-address is not set; set the master's cache address, or both"
						+ " palm.worker.worker-push-address and palm.worker.worker-pull-address"));
	}

	@Test
	void workerWithExplicitAddressesNeedsNoCacheAndGetsAName() {
		this.runner
			.withPropertyValues("palm.worker.enabled=true", "palm.worker.worker-push-address=tcp://127.0.0.1:19558",
					"palm.worker.worker-pull-address=tcp://127.0.0.1:19559", "palm.worker.concurrency=3")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(CacheClient.class)
					.doesNotHaveBean("palmServerFlow")
					.hasSingleBean(WorkerAnnouncer.class);
				assertThat(context.getBean(MasterAddresses.class))
					.isEqualTo(new MasterAddresses("tcp://127.0.0.1:19558", "tcp://127.0.0.1:19559"));
				assertThat(context.getBean(PalmWorkerProperties.class).getName()).matches("[0-9a-f-]{36}");
				assertThat(context.getBean("palmWorkerInbound", ZmqInboundAdapter.class).isRunning()).isTrue();
			});
	}

	@Test
	void workerConcurrencyMustBePositive() {
		this.runner
			.withPropertyValues("palm.worker.enabled=true", "palm.worker.worker-push-address=tcp://127.0.0.1:19558",
					"palm.worker.worker-pull-address=tcp://127.0.0.1:19559", "palm.worker.concurrency=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("palm.worker.concurrency '0' is not a number of threads; expected 1 or more"));
	}

	@Test
	void workerDiscoveryGivesUpClearlyWhenNoMasterAnswers() {
		this.runner
			.withPropertyValues("palm.worker.enabled=true", "palm.worker.db-address=tcp://127.0.0.1:19557",
					"palm.worker.discovery-timeout=1s", "palm.worker.cache-timeout=300ms")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("No master answered at db address 'tcp://127.0.0.1:19557' within PT1S"));
	}

	@Test
	void masterAndWorkerDefaultsArePinned() {
		PalmMasterProperties master = new PalmMasterProperties();
		assertThat(master.isEnabled()).isFalse();
		assertThat(master.getWorkerPushAddress()).isEqualTo("tcp://127.0.0.1:5558");
		assertThat(master.getWorkerPullAddress()).isEqualTo("tcp://127.0.0.1:5559");
		assertThat(master.isPipelined()).isFalse();
		PalmWorkerProperties worker = new PalmWorkerProperties();
		assertThat(worker.isEnabled()).isFalse();
		assertThat(worker.getName()).isNull();
		assertThat(worker.getConcurrency()).isEqualTo(Runtime.getRuntime().availableProcessors());
		assertThat(worker.getDiscoveryTimeout()).hasSeconds(60);
		assertThat(worker.getCacheTimeout()).hasSeconds(5);
	}

	@Configuration(proxyBeanMethods = false)
	static class Hooks {

		static final ScatterHook SCATTER = (message) -> List.of(message, message);

		static final GatherHook GATHER = (result) -> List.of();

		static final StreamHook STREAM = StreamHook.toClient();

		@Bean
		ScatterHook scatter() {
			return SCATTER;
		}

		@Bean
		GatherHook gather() {
			return GATHER;
		}

		@Bean
		StreamHook stream() {
			return STREAM;
		}

	}

}
