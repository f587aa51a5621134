package io.palmspring.protocol;

import io.palmspring.transport.LeanMessages;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.messaging.Message;

/**
 * Decodes an inbound frame into a {@link PalmMessage}. Bytes that are not one are
 * logged as one ERROR line and dropped: with no client id there is nobody to reply to.
 *
 * @since 0.1.0
 */
public final class PalmMessageDecoder extends AbstractReplyProducingMessageHandler {

	private final Log log;

	private final Runnable onBadFrame;

	/**
	 * Create a decoder.
	 * @param log where to log bad frames, the server's own logger
	 */
	public PalmMessageDecoder(Log log) {
		this(log, () -> {
		});
	}

	/**
	 * Create a decoder that also reports bad frames.
	 * @param log where to log bad frames, the server's own logger
	 * @param onBadFrame called for each frame dropped (metrics)
	 */
	public PalmMessageDecoder(Log log, Runnable onBadFrame) {
		this.log = log;
		this.onBadFrame = onBadFrame;
	}

	@Override
	public String getComponentType() {
		return "palm:message-decoder";
	}

	@Override
	protected boolean shouldCopyRequestHeaders() {
		return false;
	}

	@Override
	protected @Nullable Object handleRequestMessage(Message<?> requestMessage) {
		byte[] frame = (byte[]) requestMessage.getPayload();
		try {
			return LeanMessages.of(PalmMessages.decode(frame));
		}
		catch (MalformedMessageException ex) {
			this.log.error("Dropped a message that could not be decoded: " + ex.getMessage());
			this.onBadFrame.run();
			return null;
		}
	}

}
