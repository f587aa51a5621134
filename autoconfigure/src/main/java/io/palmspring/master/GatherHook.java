package io.palmspring.master;

import java.util.List;

import io.palmspring.protocol.PalmMessage;

/**
 * Turns one result from a worker into zero or more replies to publish, like pylm's
 * {@code gather}. Declare a bean of this type; the default publishes each result
 * unchanged. What the hook returns is what is published.
 *
 * <pre class="code">
 * &#64;Bean
 * GatherHook onlyNonEmpty() {
 *     return (result) -&gt; result.getPayload().isEmpty() ? List.of() : List.of(result);
 * }
 * </pre>
 *
 * Results of one master arrive on one thread, so a hook may keep simple state (a
 * counter) without locking. A hook that throws is logged with its stack trace and
 * the result is dropped; the master goes on.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface GatherHook {

	/**
	 * Gather one result.
	 * @param result the result from a worker
	 * @return the replies to publish, possibly none
	 */
	List<PalmMessage> gather(PalmMessage result);

	/**
	 * The default: publish each result as it is.
	 * @return the hook
	 */
	static GatherHook identity() {
		return List::of;
	}

}
