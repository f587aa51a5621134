package io.palmspring.logging.collector;

import io.palmspring.logging.wire.LogEvent;

/**
 * The JSON shape of a collected event, in the collector's files and its HTTP API
 * (see docs/log-events.md).
 *
 * @param id the collector's running number
 * @param time the source time, ISO-8601 UTC
 * @param timestampMicros the source time in microseconds since the epoch
 * @param server the server's name
 * @param role its role
 * @param host its host
 * @param pid its process id
 * @param level the level
 * @param logger the logger
 * @param thread the thread
 * @param message the message
 * @param stackTrace the stack trace text, or empty
 * @param pipeline the pipeline id of the message being handled, or empty
 * @param client the client id of the message being handled, or empty
 * @param function the function of the message being handled, or empty
 * @param sender the sending process's id
 * @param sequence the event's sequence number at its sender
 * @since 0.1.0
 */
public record EventView(long id, String time, long timestampMicros, String server, String role, String host,
		long pid, String level, String logger, String thread, String message, String stackTrace, String pipeline,
		String client, String function, String sender, long sequence) {

	/**
	 * Build the view of an event.
	 * @param collected the event
	 * @return its view
	 */
	public static EventView of(CollectedEvent collected) {
		LogEvent event = collected.event();
		return new EventView(collected.id(), collected.time().toString(), event.getTimestampMicros(),
				event.getServer(), event.getRole(), event.getHost(), event.getPid(), event.getLevel(),
				event.getLogger(), event.getThread(), event.getMessage(), event.getStackTrace(), event.getPipeline(),
				event.getClient(), event.getFunction(), collected.sender(), event.getSequence());
	}

}
