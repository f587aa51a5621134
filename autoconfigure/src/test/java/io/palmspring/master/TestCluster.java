package io.palmspring.master;

import java.util.ArrayList;
import java.util.List;

import io.palmspring.autoconfigure.PalmCoreAutoConfiguration;
import io.palmspring.autoconfigure.PalmMasterAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.autoconfigure.PalmWorkerAutoConfiguration;
import io.palmspring.client.PalmClient;
import io.palmspring.server.PalmServerStartedEvent;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A master and workers, each its own Spring application in this JVM, on loopback
 * ports chosen by the system.
 */
final class TestCluster implements AutoCloseable {

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private final String masterDb;

	private final PalmServerStartedEvent masterStarted;

	TestCluster(Class<?> masterConfiguration) {
		List<PalmServerStartedEvent> events = new ArrayList<>();
		this.contexts.add(new SpringApplicationBuilder(Roles.class, masterConfiguration)
			.web(WebApplicationType.NONE)
			.listeners((event) -> {
				if (event instanceof PalmServerStartedEvent started) {
					events.add(started);
				}
			})
			.run("--palm.master.enabled=true", "--palm.server.name=master", "--spring.main.banner-mode=off",
					"--palm.server.pull-address=tcp://127.0.0.1:0", "--palm.server.pub-address=tcp://127.0.0.1:0",
					"--palm.server.db-address=tcp://127.0.0.1:0", "--palm.master.worker-push-address=tcp://127.0.0.1:0",
					"--palm.master.worker-pull-address=tcp://127.0.0.1:0"));
		this.masterStarted = events.get(0);
		this.masterDb = this.masterStarted.getDbAddress();
	}

	ConfigurableApplicationContext startWorker(String name, Class<?> functions, String... extraArgs) {
		List<String> args = new ArrayList<>(List.of("--palm.worker.enabled=true", "--palm.worker.name=" + name,
				"--palm.worker.db-address=" + this.masterDb, "--spring.main.banner-mode=off"));
		args.addAll(List.of(extraArgs));
		ConfigurableApplicationContext worker = new SpringApplicationBuilder(Roles.class, functions)
			.web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
		this.contexts.add(worker);
		return worker;
	}

	PalmClient client() {
		return PalmClient.builder("master").dbAddress(this.masterDb).build();
	}

	PalmServerStartedEvent masterStarted() {
		return this.masterStarted;
	}

	@Override
	public void close() {
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			this.contexts.get(i).close();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
			PalmServerAutoConfiguration.class, PalmMasterAutoConfiguration.class, PalmWorkerAutoConfiguration.class })
	static class Roles {

	}

}
