package io.palmspring.function;

import io.palmspring.protocol.ErrorReplies;
import io.palmspring.protocol.PalmMessage;
import org.jspecify.annotations.Nullable;

/**
 * Builds the reply to a request that failed, so that no caller hangs. The default
 * replies as PROTOCOL.md says: every field kept, payload {@code 0}, and the
 * {@code error} extension set to {@code ExceptionClass: message}. Declare a bean
 * of this type to reply otherwise; return {@code null} to send no reply.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ErrorReplyPolicy {

	/**
	 * Build the reply.
	 * @param request the request that failed
	 * @param error what the user function threw, or the routing error
	 * @return the reply, or {@code null} for none
	 */
	@Nullable PalmMessage reply(PalmMessage request, Throwable error);

	/**
	 * The policy of PROTOCOL.md.
	 * @return the default policy
	 */
	static ErrorReplyPolicy standard() {
		return ErrorReplies::of;
	}

}
