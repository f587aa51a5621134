package io.palmspring.function;

/**
 * A {@code @UserFunction} that breaks a rule: a wrong signature or a duplicate name.
 * It stops startup; the message names the bean, the method and the rule.
 *
 * @since 0.1.0
 */
public final class InvalidUserFunctionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the bean, the method and the rule broken
	 */
	public InvalidUserFunctionException(String message) {
		super(message);
	}

}
