package io.palmspring.client;

/**
 * A reply that carries an {@code error}: the remote function failed, or the server
 * could not route the request. The message holds the remote text.
 *
 * @since 0.1.0
 */
public final class PalmRemoteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String function;

	private final String remoteError;

	/**
	 * Create an exception.
	 * @param function the function called
	 * @param remoteError the {@code error} field of the reply
	 */
	public PalmRemoteException(String function, String remoteError) {
		super("'" + function + "' failed remotely: " + remoteError);
		this.function = function;
		this.remoteError = remoteError;
	}

	/**
	 * Return the function called.
	 * @return {@code server.function}
	 */
	public String getFunction() {
		return this.function;
	}

	/**
	 * Return the remote error text.
	 * @return {@code ExceptionClass: message}
	 */
	public String getRemoteError() {
		return this.remoteError;
	}

}
