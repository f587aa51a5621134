package io.palmspring.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.testcontainers.DockerClientFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard CI turns on: with {@code REQUIRE_DOCKER=true} a missing or unusable Docker
 * engine fails the build, so the container tests can never pass by being skipped.
 */
class DockerRequiredIT {

	@Test
	@EnabledIfEnvironmentVariable(named = "REQUIRE_DOCKER", matches = "true")
	void dockerEngineIsUsable() {
		assertThat(DockerClientFactory.instance().isDockerAvailable())
			.as("REQUIRE_DOCKER=true but Testcontainers found no usable Docker engine")
			.isTrue();
	}

}
