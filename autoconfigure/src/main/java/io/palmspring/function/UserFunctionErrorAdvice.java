package io.palmspring.function;

import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.protocol.PalmProtocolException;
import io.palmspring.transport.LeanMessages;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.advice.AbstractRequestHandlerAdvice;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

/**
 * The error advice around a {@link FunctionDispatcher}: a failing user function, or a
 * message that cannot be routed, never stops the server. A user failure is logged at
 * ERROR as {@code User function gave an error} with its full stack trace; a routing
 * failure as one ERROR line naming the message's identifiers. Either way the
 * {@link ErrorReplyPolicy} builds the reply that is published instead, and the
 * server goes on with the next message.
 * <p>
 * Shared by the Server and Worker roles, which run user functions the same way.
 *
 * @since 0.1.0
 */
public final class UserFunctionErrorAdvice extends AbstractRequestHandlerAdvice {

	private final Log log;

	private final ErrorReplyPolicy replyPolicy;

	private final @Nullable MessageLogContext logContext;

	/**
	 * Create the advice.
	 * @param log where to log, the server's own logger
	 * @param replyPolicy builds the error reply
	 * @param logContext puts the message's ids in the logging context while it is
	 * handled, or {@code null} not to
	 */
	public UserFunctionErrorAdvice(Log log, ErrorReplyPolicy replyPolicy, @Nullable MessageLogContext logContext) {
		this.log = log;
		this.replyPolicy = replyPolicy;
		this.logContext = logContext;
	}

	@Override
	protected @Nullable Object doInvoke(ExecutionCallback callback, Object target, Message<?> message) {
		if (this.logContext == null) {
			return invoke(callback, message);
		}
		this.logContext.enter((PalmMessage) message.getPayload());
		try {
			return invoke(callback, message);
		}
		finally {
			this.logContext.exit();
		}
	}

	private @Nullable Object invoke(ExecutionCallback callback, Message<?> message) {
		try {
			return callback.execute();
		}
		catch (RuntimeException ex) {
			Throwable failure = unwrap(ex);
			PalmMessage request = (PalmMessage) message.getPayload();
			Throwable replyError = failure;
			if (failure instanceof UserFunctionException userFailure) {
				replyError = userFailure.getCause();
				this.log.error("User function gave an error (" + PalmMessages.describe(request) + ")", replyError);
			}
			else if (failure instanceof PalmProtocolException) {
				this.log.error(failure.getMessage());
			}
			else {
				this.log.error("Handling a message failed (" + PalmMessages.describe(request) + ")", failure);
			}
			PalmMessage reply = this.replyPolicy.reply(request, (replyError != null) ? replyError : failure);
			return (reply != null) ? LeanMessages.of(reply) : null;
		}
	}

	private static Throwable unwrap(Throwable ex) {
		Throwable current = ex;
		while ((current instanceof ThrowableHolderException || current instanceof MessagingException)
				&& current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

}
