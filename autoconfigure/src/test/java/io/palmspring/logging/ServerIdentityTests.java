package io.palmspring.logging;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServerIdentityTests {

	@Test
	void aBareApplicationIsAServerNamedByPalmServerName() {
		MockEnvironment environment = new MockEnvironment().withProperty("palm.server.name", "calc");
		assertThat(ServerIdentity.of(environment)).isEqualTo(new ServerIdentity("calc", "Server"));
	}

	@Test
	void aWorkerIsNamedByPalmWorkerNameEvenWhenAServerNameIsSet() {
		MockEnvironment environment = new MockEnvironment().withProperty("palm.worker.enabled", "true")
			.withProperty("palm.worker.name", "worker1")
			.withProperty("palm.server.name", "calc");
		assertThat(ServerIdentity.of(environment)).isEqualTo(new ServerIdentity("worker1", "Worker"));
	}

	@Test
	void masterAndCollectorAreNamedByPalmServerName() {
		assertThat(ServerIdentity.of(new MockEnvironment().withProperty("palm.master.enabled", "true")
			.withProperty("palm.server.name", "master"))).isEqualTo(new ServerIdentity("master", "Master"));
		assertThat(ServerIdentity.of(new MockEnvironment().withProperty("palm.log-collector.enabled", "true")
			.withProperty("palm.server.name", "logs"))).isEqualTo(new ServerIdentity("logs", "Collector"));
	}

	@Test
	void withoutARoleOrANameTheApplicationNameIsUsed() {
		MockEnvironment environment = new MockEnvironment().withProperty("palm.server.enabled", "false")
			.withProperty("spring.application.name", "shop");
		assertThat(ServerIdentity.of(environment)).isEqualTo(new ServerIdentity("shop", "Client"));
		assertThat(ServerIdentity.of(new MockEnvironment())).isEqualTo(new ServerIdentity("application", "Server"));
	}

}
