package io.palmspring.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Adds Palm Spring's logging defaults as the environment's last property source, so
 * that anything the user sets wins:
 * <ul>
 * <li>the console pattern of pylm, {@code 2016-08-26 09:41:59,053 - my_server - WARN -
 * Got a message} (or {@code palm.logging.pattern});</li>
 * <li>{@code logging.level.<server name>} from {@code palm.logging.level}, so the
 * level applies through Spring Boot's logging system and the actuator's
 * {@code loggers} endpoint can change it at run time;</li>
 * <li>{@code palm.server.name} from {@code spring.application.name}, and a random
 * {@code palm.worker.name} for a worker without one;</li>
 * <li>Spring Integration at WARN, which otherwise logs each endpoint it starts.</li>
 * </ul>
 * It runs after the configuration files are loaded, before logging starts.
 *
 * @since 0.1.0
 */
public final class PalmLoggingEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The name of the property source this adds. */
	public static final String PROPERTY_SOURCE_NAME = "palmDefaults";

	/** pylm's console format: time with milliseconds, logger, level, message. */
	public static final String PYLM_PATTERN = "%d{\"yyyy-MM-dd HH:mm:ss,SSS\"} - %logger{36} - %level - %msg%n";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		String pattern = environment.getProperty("palm.logging.pattern");
		defaults.put("logging.pattern.console", StringUtils.hasText(pattern) ? pattern : PYLM_PATTERN);
		// Spring Integration logs every endpoint and channel at INFO; a server's own lines matter more
		defaults.put("logging.level.org.springframework.integration", "WARN");
		defaults.put("logging.level.io.palmspring.transport.ZmqInboundAdapter", "WARN");
		String serverName = environment.getProperty("palm.server.name");
		String applicationName = environment.getProperty("spring.application.name");
		if (!StringUtils.hasText(serverName) && StringUtils.hasText(applicationName)) {
			serverName = applicationName;
			defaults.put("palm.server.name", applicationName);
		}
		if ("true".equalsIgnoreCase(environment.getProperty("palm.worker.enabled"))
				&& !StringUtils.hasText(environment.getProperty("palm.worker.name"))) {
			// chosen here, before logging starts, so that the level applies to it
			defaults.put("palm.worker.name", UUID.randomUUID().toString());
		}
		String level = environment.getProperty("palm.logging.level");
		if (StringUtils.hasText(level)) {
			String workerName = (String) defaults.getOrDefault("palm.worker.name",
					environment.getProperty("palm.worker.name"));
			for (String name : ServerLoggerNames.of(serverName, workerName)) {
				defaults.put("logging.level." + name, level);
			}
		}
		environment.getPropertySources().remove(PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
	}

	@Override
	public int getOrder() {
		// after ConfigDataEnvironmentPostProcessor has loaded application.yml
		return Ordered.LOWEST_PRECEDENCE;
	}

}
