package io.palmspring.logging.collector;

import java.util.List;

/**
 * Log levels in order, as the events carry them.
 *
 * @since 0.1.0
 */
public final class Levels {

	/** The levels, lowest first. */
	public static final List<String> ALL = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR");

	private Levels() {
	}

	/**
	 * Return the rank of a level.
	 * @param level a level name, any case
	 * @return 0 (TRACE) to 4 (ERROR); INFO's rank for an unknown name
	 */
	public static int rank(String level) {
		int rank = ALL.indexOf(level.toUpperCase(java.util.Locale.ROOT));
		return (rank >= 0) ? rank : 2;
	}

}
