package io.palmspring.metrics;

/**
 * The names of Palm Spring's meters. Tags are bounded: {@code server} (a role's
 * name), {@code function} (a registered function, or {@code unknown}), {@code outcome},
 * {@code exception} (a simple class name, or {@code none}), {@code socket} (the
 * property of its address), {@code operation}; never client ids or payloads.
 *
 * @since 0.1.0
 */
public final class PalmMeters {

	/** Timer of function calls, by server, function, outcome and exception. */
	public static final String FUNCTION_CALLS = "palm.function.calls";

	/** Messages received on a socket, by server and socket. */
	public static final String MESSAGES_RECEIVED = "palm.messages.received";

	/** Messages sent on a socket, by server and socket. */
	public static final String MESSAGES_SENT = "palm.messages.sent";

	/** Messages being handled now, by server and socket. */
	public static final String MESSAGES_IN_FLIGHT = "palm.messages.in.flight";

	/** Jobs a master sent to its workers. */
	public static final String MASTER_JOBS = "palm.master.jobs";

	/** Results a master received from its workers. */
	public static final String MASTER_RESULTS = "palm.master.results";

	/** Workers connected to a master now. */
	public static final String MASTER_WORKERS = "palm.master.workers";

	/** Cache requests answered, by server and operation. */
	public static final String CACHE_OPERATIONS = "palm.cache.operations";

	/** Log events, by outcome: {@code shipped} (acknowledged by the collector) or {@code dropped}. */
	public static final String LOG_EVENTS = "palm.logging.events";

	/** Log events waiting to be shipped or acknowledged. */
	public static final String LOG_EVENTS_WAITING = "palm.logging.events.waiting";

	/** Log events a collector received, by outcome: {@code collected} or {@code duplicate}. */
	public static final String COLLECTOR_EVENTS = "palm.log.collector.events";

	private PalmMeters() {
	}

}
