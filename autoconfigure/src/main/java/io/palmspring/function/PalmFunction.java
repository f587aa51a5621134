package io.palmspring.function;

import org.jspecify.annotations.Nullable;

/**
 * A callable PALM function: payload in, one reply payload out, or several for a
 * <em>mux</em> function.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PalmFunction {

	/**
	 * Run the function.
	 * @param payload the request payload
	 * @return a {@code byte[]} reply payload; or, from a mux function, an
	 * {@code Iterable}, {@code Stream} or array of {@code byte[]}, each sent as its own
	 * message; {@code null} publishes an empty payload, or drops the message on a
	 * pipelined server
	 * @throws Exception whatever the user code throws; the error advice handles it
	 */
	@Nullable Object apply(byte[] payload) throws Exception;

}
