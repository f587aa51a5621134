package io.palmspring.logging.collector;

import java.time.Instant;

import io.palmspring.logging.wire.LogEvent;

/**
 * A log event as the collector keeps it: what was shipped, who sent it, and the
 * collector's own running number (for live views to continue from).
 *
 * @param id the collector's running number, from 1
 * @param sender the sending process's id
 * @param event the event
 * @since 0.1.0
 */
public record CollectedEvent(long id, String sender, LogEvent event) {

	/**
	 * Return the event's source time.
	 * @return the instant
	 */
	public Instant time() {
		long micros = this.event.getTimestampMicros();
		return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
	}

	/**
	 * Return the rank of the event's level, TRACE lowest.
	 * @return 0 to 4, or 2 (INFO) for an unknown level
	 */
	public int levelRank() {
		return Levels.rank(this.event.getLevel());
	}

}
