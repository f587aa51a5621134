package io.palmspring.logging;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which server this application is: its name and role, read from the environment. A
 * worker is {@code palm.worker.name}, a server, master or log collector
 * {@code palm.server.name}, anything else (or an unnamed role)
 * {@code spring.application.name}. Logs, meters, health and info all name the
 * application this way.
 *
 * @param server the name
 * @param role Server, Master, Worker, Collector or Client
 * @since 0.1.0
 */
public record ServerIdentity(String server, String role) {

	/**
	 * Read the identity from the environment.
	 * @param environment the environment
	 * @return the identity
	 */
	public static ServerIdentity of(Environment environment) {
		String role;
		String name;
		if (enabled(environment, "palm.worker.enabled", false)) {
			role = "Worker";
			name = environment.getProperty("palm.worker.name");
		}
		else if (enabled(environment, "palm.master.enabled", false)) {
			role = "Master";
			name = environment.getProperty("palm.server.name");
		}
		else if (enabled(environment, "palm.log-collector.enabled", false)) {
			role = "Collector";
			name = environment.getProperty("palm.server.name");
		}
		else if (enabled(environment, "palm.server.enabled", true)) {
			role = "Server";
			name = environment.getProperty("palm.server.name");
		}
		else {
			role = "Client";
			name = null;
		}
		if (!StringUtils.hasText(name)) {
			name = environment.getProperty("spring.application.name", "application");
		}
		return new ServerIdentity(name, role);
	}

	private static boolean enabled(Environment environment, String property, boolean fallback) {
		return environment.getProperty(property, Boolean.class, fallback);
	}

}
