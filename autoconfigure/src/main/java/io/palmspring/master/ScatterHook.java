package io.palmspring.master;

import java.util.List;

import io.palmspring.protocol.PalmMessage;

/**
 * Turns one inbound message of a master into zero or more jobs for the workers, like
 * pylm's {@code scatter}. Declare a bean of this type; the default sends each message
 * on unchanged. Use {@code PalmMessages.changePayload} to send other payloads.
 *
 * <pre class="code">
 * &#64;Bean
 * ScatterHook threeTimes() {
 *     return (message) -&gt; List.of(message, message, message);
 * }
 * </pre>
 *
 * A hook that throws is logged with its stack trace and the message is dropped; the
 * master goes on.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ScatterHook {

	/**
	 * Scatter one message.
	 * @param message the inbound message, its {@code cache} field set to a message id
	 * @return the jobs, possibly none
	 */
	List<PalmMessage> scatter(PalmMessage message);

	/**
	 * The default: one job, the message itself.
	 * @return the hook
	 */
	static ScatterHook identity() {
		return List::of;
	}

}
