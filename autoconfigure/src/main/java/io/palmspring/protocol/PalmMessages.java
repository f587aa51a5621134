package io.palmspring.protocol;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;

/**
 * Decodes and encodes {@link PalmMessage} frames and describes a message by its
 * identifiers (never its payload) for log lines.
 *
 * @since 0.1.0
 */
public final class PalmMessages {

	private PalmMessages() {
	}

	/**
	 * Decode one frame.
	 * @param frame the serialized message
	 * @return the message
	 * @throws MalformedMessageException when the bytes are not a {@code PalmMessage}
	 */
	public static PalmMessage decode(byte[] frame) {
		try {
			return PalmMessage.parseFrom(frame);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedMessageException(
					"Frame of " + frame.length + " bytes is not a PalmMessage: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Encode a message into one frame.
	 * @param message the message
	 * @return its bytes
	 */
	public static byte[] encode(PalmMessage message) {
		return message.toByteArray();
	}

	/**
	 * Return a copy of a message with another payload, like pylm's
	 * {@code change_payload}; every other field is kept.
	 * @param message the message
	 * @param payload the new payload
	 * @return the copy
	 */
	public static PalmMessage changePayload(PalmMessage message, byte[] payload) {
		return message.toBuilder().setPayload(ByteString.copyFrom(payload)).build();
	}

	/**
	 * Return a copy of a message with a UTF-8 text payload.
	 * @param message the message
	 * @param payload the new payload, as text
	 * @return the copy
	 */
	public static PalmMessage changePayload(PalmMessage message, String payload) {
		return message.toBuilder().setPayload(ByteString.copyFromUtf8(payload)).build();
	}

	/**
	 * Describe a message by its identifiers, for log lines.
	 * @param message the message
	 * @return e.g. {@code function 'a.f', client 'c', pipeline 'p'}
	 */
	public static String describe(PalmMessage message) {
		StringBuilder text = new StringBuilder(96);
		text.append("function '").append(message.getFunction()).append('\'');
		if (message.getStage() != 0) {
			text.append(", stage ").append(message.getStage());
		}
		text.append(", client '").append(message.getClient()).append('\'');
		text.append(", pipeline '").append(message.getPipeline()).append('\'');
		if (!message.getCache().isEmpty()) {
			text.append(", cache '").append(message.getCache()).append('\'');
		}
		return text.toString();
	}

}
