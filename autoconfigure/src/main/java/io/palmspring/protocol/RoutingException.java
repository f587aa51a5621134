package io.palmspring.protocol;

/**
 * A message that cannot be routed to a function: its {@code function} field is
 * malformed, its stage is past the last step, it names another server, or the
 * function is unknown. The server replies with an error and goes on.
 *
 * @since 0.1.0
 */
public final class RoutingException extends PalmProtocolException {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	/**
	 * Create an exception.
	 * @param reason why the message cannot be routed
	 * @param message the text, naming the identifiers involved
	 */
	public RoutingException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/**
	 * Return why the message could not be routed.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why a message could not be routed.
	 */
	public enum Reason {

		/** The step has no {@code server.} part, or {@code function} is empty. */
		MALFORMED_STEP,

		/** The stage is negative or past the last step. */
		STAGE_OUT_OF_RANGE,

		/** The step names another server. */
		WRONG_SERVER,

		/** No function of that name exists here. */
		UNKNOWN_FUNCTION

	}

}
