package io.palmspring.function;

import org.jspecify.annotations.Nullable;

/**
 * A callable PALM function: payload in, reply payload out.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PalmFunction {

	/**
	 * Run the function.
	 * @param payload the request payload
	 * @return the reply payload; {@code null} publishes an empty payload, or drops the
	 * message on a pipelined server
	 * @throws Exception whatever the user code throws; the error advice handles it
	 */
	byte @Nullable [] apply(byte[] payload) throws Exception;

}
