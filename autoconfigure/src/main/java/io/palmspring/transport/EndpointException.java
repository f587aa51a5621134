package io.palmspring.transport;

/**
 * An endpoint that is malformed or cannot be bound. The message names the property,
 * the value and what is wrong:
 * {@code palm.server.pull-address 'tcp:/x' is not a ZeroMQ endpoint ...}.
 *
 * @since 0.1.0
 */
public final class EndpointException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String property;

	private final String address;

	/**
	 * Create an exception.
	 * @param property the property the address came from
	 * @param address the offending value
	 * @param problem what is wrong, as the end of a sentence starting with the value
	 */
	public EndpointException(String property, String address, String problem) {
		super(property + " '" + address + "' " + problem);
		this.property = property;
		this.address = address;
	}

	/**
	 * Return the property the address came from.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return the offending address.
	 * @return the address
	 */
	public String getAddress() {
		return this.address;
	}

}
