package io.palmspring.function;

import io.palmspring.protocol.PalmMessage;

/**
 * Told when a message fails in a user function or in routing; metrics listen here.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface FunctionOutcomeListener {

	/** A listener that does nothing. */
	FunctionOutcomeListener NONE = (request, failure) -> {
	};

	/**
	 * A message failed.
	 * @param request the request
	 * @param failure a {@link UserFunctionException} or a routing error
	 */
	void failed(PalmMessage request, Throwable failure);

}
