package io.palmspring.logging;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The names of the loggers the roles of an application log under: its server's name,
 * and its worker's when it runs one.
 */
final class ServerLoggerNames {

	private ServerLoggerNames() {
	}

	static Set<String> of(Environment environment, @Nullable String serverName) {
		Set<String> names = new LinkedHashSet<>();
		if (StringUtils.hasText(serverName)) {
			names.add(serverName);
		}
		String workerName = environment.getProperty("palm.worker.name");
		if (StringUtils.hasText(workerName)) {
			names.add(workerName);
		}
		return names;
	}

}
