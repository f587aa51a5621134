package io.palmspring.function;

import io.palmspring.protocol.PalmMessage;
import org.slf4j.MDC;

/**
 * Puts the ids of the message being handled into the logging context (SLF4J's MDC),
 * so that every line logged meanwhile, by the framework or the user function, can be
 * traced to its message: {@code palm.pipeline}, {@code palm.client} and
 * {@code palm.function}. Used by the error advice only when log shipping is on, since
 * it costs a little on every message.
 *
 * @since 0.1.0
 */
public final class MessageLogContext {

	/** MDC key of the message's pipeline id. */
	public static final String PIPELINE = "palm.pipeline";

	/** MDC key of the message's client id. */
	public static final String CLIENT = "palm.client";

	/** MDC key of the message's function. */
	public static final String FUNCTION = "palm.function";

	/**
	 * Enter the context of a message.
	 * @param message the message being handled
	 */
	public void enter(PalmMessage message) {
		MDC.put(PIPELINE, message.getPipeline());
		MDC.put(CLIENT, message.getClient());
		MDC.put(FUNCTION, message.getFunction());
	}

	/**
	 * Leave it.
	 */
	public void exit() {
		MDC.remove(PIPELINE);
		MDC.remove(CLIENT);
		MDC.remove(FUNCTION);
	}

}
