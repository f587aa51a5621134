package io.palmspring.protocol;

import com.google.protobuf.ByteString;

/**
 * Builds the reply to a request that failed: payload {@code 0} (the single byte
 * 0x30, as pylm replies) and the {@code error} extension field.
 *
 * @since 0.1.0
 */
public final class ErrorReplies {

	/** The payload pylm puts in a reply whose function failed. */
	public static final ByteString ERROR_PAYLOAD = ByteString.copyFromUtf8("0");

	private ErrorReplies() {
	}

	/**
	 * Build an error reply that keeps every field of the request.
	 * @param request the request that failed
	 * @param error why it failed
	 * @return the reply
	 */
	public static PalmMessage of(PalmMessage request, Throwable error) {
		return request.toBuilder().setPayload(ERROR_PAYLOAD).setError(describe(error)).build();
	}

	/**
	 * Describe an error the way the {@code error} field carries it:
	 * {@code ExceptionClass: message}.
	 * @param error the error
	 * @return the description
	 */
	public static String describe(Throwable error) {
		String name = error.getClass().getSimpleName();
		if (name.isEmpty()) {
			name = error.getClass().getName();
		}
		String message = error.getMessage();
		return (message != null) ? name + ": " + message : name;
	}

}
