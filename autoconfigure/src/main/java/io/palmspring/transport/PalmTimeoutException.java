package io.palmspring.transport;

/**
 * No reply came within the time allowed.
 *
 * @since 0.1.0
 */
public class PalmTimeoutException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what was waited for, and how long
	 */
	public PalmTimeoutException(String message) {
		super(message);
	}

}
