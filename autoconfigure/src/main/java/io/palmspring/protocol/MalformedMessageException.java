package io.palmspring.protocol;

/**
 * Bytes that are not a {@link PalmMessage}.
 *
 * @since 0.1.0
 */
public final class MalformedMessageException extends PalmProtocolException {

	private static final long serialVersionUID = 1L;

	MalformedMessageException(String message, Throwable cause) {
		super(message, cause);
	}

}
