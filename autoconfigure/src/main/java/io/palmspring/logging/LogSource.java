package io.palmspring.logging;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.core.env.Environment;

/**
 * Who logs: the server's name and role ({@link ServerIdentity}), the host and the
 * process id.
 *
 * @param server the name
 * @param role Server, Master, Worker, Collector or Client
 * @param host the host name
 * @param pid the process id
 * @since 0.1.0
 */
public record LogSource(String server, String role, String host, long pid) {

	/**
	 * Read the source from the environment and the machine.
	 * @param environment the environment
	 * @return the source
	 */
	public static LogSource of(Environment environment) {
		ServerIdentity identity = ServerIdentity.of(environment);
		return new LogSource(identity.server(), identity.role(), hostName(), ProcessHandle.current().pid());
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
