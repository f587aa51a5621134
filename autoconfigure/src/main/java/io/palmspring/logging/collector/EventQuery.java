package io.palmspring.logging.collector;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A filter over collected events; every part is optional.
 *
 * @param server only this server
 * @param level only this level and above
 * @param from only events at or after this time
 * @param to only events before this time
 * @param text only events whose message, logger or stack trace contains this, any case
 * @param after only events with a larger id (for continuing a live view)
 * @param limit at most this many, the newest
 * @since 0.1.0
 */
public record EventQuery(@Nullable String server, @Nullable String level, @Nullable Instant from,
		@Nullable Instant to, @Nullable String text, long after, int limit) {

	/**
	 * Return whether an event passes the filter (the limit aside).
	 * @param collected the event
	 * @return whether it matches
	 */
	public boolean matches(CollectedEvent collected) {
		if (collected.id() <= this.after) {
			return false;
		}
		if (this.server != null && !this.server.isEmpty() && !this.server.equals(collected.event().getServer())) {
			return false;
		}
		if (this.level != null && !this.level.isEmpty() && collected.levelRank() < Levels.rank(this.level)) {
			return false;
		}
		Instant time = collected.time();
		if ((this.from != null && time.isBefore(this.from)) || (this.to != null && !time.isBefore(this.to))) {
			return false;
		}
		if (this.text != null && !this.text.isEmpty()) {
			String needle = this.text.toLowerCase(Locale.ROOT);
			return contains(collected.event().getMessage(), needle) || contains(collected.event().getLogger(), needle)
					|| contains(collected.event().getStackTrace(), needle);
		}
		return true;
	}

	private static boolean contains(String haystack, String needle) {
		return haystack.toLowerCase(Locale.ROOT).contains(needle);
	}

}
