package io.palmspring.logging;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * The names of the loggers the roles of an application log under: its server's name,
 * and its worker's when it runs one.
 */
final class ServerLoggerNames {

	private ServerLoggerNames() {
	}

	static Set<String> of(@Nullable String serverName, @Nullable String workerName) {
		Set<String> names = new LinkedHashSet<>();
		if (StringUtils.hasText(serverName)) {
			names.add(serverName);
		}
		if (StringUtils.hasText(workerName)) {
			names.add(workerName);
		}
		return names;
	}

}
