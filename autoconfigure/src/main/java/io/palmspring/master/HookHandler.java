package io.palmspring.master;

import java.util.List;
import java.util.function.Function;

import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.transport.LeanMessages;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.messaging.Message;

/**
 * Runs a master's scatter or gather hook on each message. A hook that throws is logged
 * at ERROR with its stack trace under the master's name, and the message is dropped;
 * the flow goes on with the next one.
 */
abstract class HookHandler extends AbstractReplyProducingMessageHandler {

	private final String hookName;

	private final Function<PalmMessage, List<PalmMessage>> hook;

	private final Log log;

	HookHandler(String hookName, Function<PalmMessage, List<PalmMessage>> hook, Log log) {
		this.hookName = hookName;
		this.hook = hook;
		this.log = log;
	}

	@Override
	protected boolean shouldCopyRequestHeaders() {
		return false;
	}

	@Override
	protected final @Nullable Object handleRequestMessage(Message<?> requestMessage) {
		PalmMessage message = prepare((PalmMessage) requestMessage.getPayload());
		List<PalmMessage> out;
		try {
			out = this.hook.apply(message);
		}
		catch (RuntimeException | LinkageError | AssertionError | StackOverflowError ex) {
			this.log.error("The " + this.hookName + " hook gave an error; message dropped ("
					+ PalmMessages.describe(message) + ")", ex);
			return null;
		}
		if (out == null || out.isEmpty()) {
			return null;
		}
		return (out.size() == 1) ? LeanMessages.of(out.get(0)) : LeanMessages.of(List.copyOf(out));
	}

	/**
	 * Adjust a message before the hook sees it.
	 */
	PalmMessage prepare(PalmMessage message) {
		return message;
	}

}
