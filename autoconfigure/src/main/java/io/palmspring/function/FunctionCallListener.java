package io.palmspring.function;

import org.jspecify.annotations.Nullable;

/**
 * Told of every message a dispatcher handles, with how it ended and how long it took;
 * metrics listen here. Called on the handling thread: it must be quick.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FunctionCallListener {

	/** A listener that does nothing. */
	FunctionCallListener NONE = (function, outcome, error, nanos) -> {
	};

	/**
	 * A message was handled.
	 * @param function the function called, or {@code unknown} when none was found
	 * @param outcome how it ended
	 * @param error what the function threw, or the routing error; {@code null} on success
	 * @param nanos how long it took
	 */
	void called(String function, Outcome outcome, @Nullable Throwable error, long nanos);

	/**
	 * How handling a message ended.
	 */
	enum Outcome {

		/** The function returned. */
		SUCCESS,

		/** The function threw. */
		ERROR,

		/** No such function here, or the message named another server. */
		NOT_FOUND,

		/** Bytes that are not a PalmMessage, or a malformed step. */
		BAD_MESSAGE;

		/**
		 * Return the tag value.
		 * @return the outcome in lower case, e.g. {@code not_found}
		 */
		public String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
