package io.palmspring.logging;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PalmLoggingEnvironmentPostProcessorTests {

	private final PalmLoggingEnvironmentPostProcessor processor = new PalmLoggingEnvironmentPostProcessor();

	@Test
	void setsPylmPatternAndServerLevelAsDefaults() {
		StandardEnvironment environment = environment(
				Map.of("palm.server.name", "my_server", "palm.logging.level", "WARN"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.pattern.console"))
			.isEqualTo(PalmLoggingEnvironmentPostProcessor.PYLM_PATTERN);
		assertThat(environment.getProperty("logging.level.my_server")).isEqualTo("WARN");
	}

	@Test
	void explicitSpringPropertiesWin() {
		StandardEnvironment environment = environment(Map.of("palm.server.name", "my_server", "palm.logging.level",
				"WARN", "logging.level.my_server", "DEBUG", "logging.pattern.console", "%msg%n"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.level.my_server")).isEqualTo("DEBUG");
		assertThat(environment.getProperty("logging.pattern.console")).isEqualTo("%msg%n");
	}

	@Test
	void palmPatternReplacesPylmFormat() {
		StandardEnvironment environment = environment(Map.of("palm.logging.pattern", "%level %msg%n"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("logging.pattern.console")).isEqualTo("%level %msg%n");
	}

	@Test
	void serverNameDefaultsToApplicationNameAndTakesTheLevel() {
		StandardEnvironment environment = environment(
				Map.of("spring.application.name", "orders", "palm.logging.level", "ERROR"));
		this.processor.postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("palm.server.name")).isEqualTo("orders");
		assertThat(environment.getProperty("logging.level.orders")).isEqualTo("ERROR");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
