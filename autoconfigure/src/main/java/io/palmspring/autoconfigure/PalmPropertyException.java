package io.palmspring.autoconfigure;

/**
 * A Palm Spring property with a value that cannot work. The message names the
 * property, the value and what is expected.
 *
 * @since 0.1.0
 */
public final class PalmPropertyException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	/**
	 * Create an exception.
	 * @param property the property
	 * @param problem what is wrong and what is expected
	 */
	public PalmPropertyException(String property, String problem) {
		super(property + " " + problem);
		this.property = property;
	}

	/**
	 * Return the property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

}
