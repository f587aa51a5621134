package io.palmspring.logging.collector;

/**
 * Something the collector hands every new event to: the console, the files, the
 * memory, the statistics. Called on the collector's receiving thread, so it must be
 * quick and must not throw.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LogEventSink {

	/**
	 * Take one new event.
	 * @param event the event
	 */
	void accept(CollectedEvent event);

	/**
	 * Called after the events of one batch, before the batch is acknowledged: a sink
	 * that buffers writes them out here.
	 */
	default void endOfBatch() {
	}

}
