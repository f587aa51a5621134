package io.palmspring.function;

/**
 * What a user function threw, with the step that called it. The error advice logs
 * the cause with its full stack trace and replies with the cause's description.
 *
 * @since 0.1.0
 */
public final class UserFunctionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String function;

	/**
	 * Create an exception.
	 * @param function the step that failed, {@code server.function}
	 * @param cause what the user function threw
	 */
	public UserFunctionException(String function, Throwable cause) {
		super("User function '" + function + "' failed", cause);
		this.function = function;
	}

	/**
	 * Return the step that failed.
	 * @return {@code server.function}
	 */
	public String getFunction() {
		return this.function;
	}

}
