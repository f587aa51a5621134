package io.palmspring.logging;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Who logs: the server's name and role, the host and the process id. Read from the
 * environment: a worker logs as {@code palm.worker.name}, a server or master as
 * {@code palm.server.name}, anything else as {@code spring.application.name}.
 *
 * @param server the name
 * @param role Server, Master, Worker, Collector or Client
 * @param host the host name
 * @param pid the process id
 * @since 0.1.0
 */
public record LogSource(String server, String role, String host, long pid) {

	/**
	 * Read the source from the environment.
	 * @param environment the environment
	 * @return the source
	 */
	public static LogSource of(Environment environment) {
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
		return new LogSource(name, role, hostName(), ProcessHandle.current().pid());
	}

	private static boolean enabled(Environment environment, String property, boolean fallback) {
		return environment.getProperty(property, Boolean.class, fallback);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown";
		}
	}

}
