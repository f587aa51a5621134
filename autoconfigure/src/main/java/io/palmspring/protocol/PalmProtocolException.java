package io.palmspring.protocol;

/**
 * A message that breaks the PALM contract. A server logs it and goes on.
 *
 * @since 0.1.0
 */
public class PalmProtocolException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what is wrong, naming the identifiers involved
	 */
	public PalmProtocolException(String message) {
		super(message);
	}

	/**
	 * Create an exception with a cause.
	 * @param message what is wrong
	 * @param cause the underlying failure
	 */
	public PalmProtocolException(String message, Throwable cause) {
		super(message, cause);
	}

}
