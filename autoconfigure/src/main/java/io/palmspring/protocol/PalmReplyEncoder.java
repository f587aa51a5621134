package io.palmspring.protocol;

import io.palmspring.transport.LeanMessages;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.integration.zeromq.ZeroMqHeaders;
import org.springframework.messaging.Message;

/**
 * Encodes a reply for publishing: the {@link StreamHook} picks topic and stage, the
 * topic goes into the {@link ZeroMqHeaders#TOPIC} header and the message into a
 * {@code byte[]} payload. A reply without a topic (a request without a client id)
 * is logged and dropped: published under an empty topic nobody would receive it.
 *
 * @since 0.1.0
 */
public final class PalmReplyEncoder extends AbstractReplyProducingMessageHandler {

	private final StreamHook streamHook;

	private final Log log;

	/**
	 * Create an encoder.
	 * @param streamHook decides topic and stage
	 * @param log where to log dropped replies, the server's own logger
	 */
	public PalmReplyEncoder(StreamHook streamHook, Log log) {
		this.streamHook = streamHook;
		this.log = log;
		setRequiresReply(false);
	}

	@Override
	public String getComponentType() {
		return "palm:reply-encoder";
	}

	@Override
	protected boolean shouldCopyRequestHeaders() {
		return false;
	}

	@Override
	protected @Nullable Object handleRequestMessage(Message<?> requestMessage) {
		PalmMessage reply = (PalmMessage) requestMessage.getPayload();
		ReplyRoute route = this.streamHook.route(reply);
		if (route.topic().isEmpty()) {
			this.log.error("Dropped a reply with no topic; the request had no client id ("
					+ PalmMessages.describe(reply) + ")");
			return null;
		}
		return LeanMessages.withTopic(PalmMessages.encode(route.message()), route.topic());
	}

}
