package io.palmspring.logging;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The logger a server logs under: named after the server, as in pylm, so that every
 * line says which server wrote it. User code gets it injected (a {@link Log} bean
 * named {@code palmServerLog}) or from {@link #forServer(String)}.
 *
 * @since 0.1.0
 */
public final class PalmLogs {

	private PalmLogs() {
	}

	/**
	 * Return the logger of a server.
	 * @param serverName the server's name
	 * @return the logger named after it
	 */
	public static Log forServer(String serverName) {
		return LogFactory.getLog(serverName);
	}

}
