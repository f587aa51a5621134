package io.palmspring.function;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.protocol.RoutingException;
import io.palmspring.protocol.RoutingException.Reason;
import io.palmspring.protocol.Step;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.messaging.Message;

/**
 * Runs the current step of a {@link PalmMessage}: resolves
 * {@code function.split(' ')[stage]}, checks the server name, finds the function
 * and calls it. Routing failures throw {@link RoutingException}, user failures
 * {@link UserFunctionException}; the {@link UserFunctionErrorAdvice} around this
 * handler turns both into error replies.
 *
 * @since 0.1.0
 */
public final class FunctionDispatcher extends AbstractReplyProducingMessageHandler {

	private final UserFunctionRegistry registry;

	private final @Nullable String serverName;

	private final boolean dropEmptyResults;

	/**
	 * Create a dispatcher.
	 * @param registry the functions
	 * @param serverName the name a step must carry, or {@code null} to accept any
	 * (a worker runs steps named after its master)
	 * @param dropEmptyResults whether a function returning {@code null} drops the
	 * message (pipelines) instead of replying with an empty payload
	 */
	public FunctionDispatcher(UserFunctionRegistry registry, @Nullable String serverName, boolean dropEmptyResults) {
		this.registry = registry;
		this.serverName = serverName;
		this.dropEmptyResults = dropEmptyResults;
	}

	@Override
	public String getComponentType() {
		return "palm:function-dispatcher";
	}

	@Override
	protected @Nullable Object handleRequestMessage(Message<?> requestMessage) {
		PalmMessage request = (PalmMessage) requestMessage.getPayload();
		Step step = Step.current(request);
		if (this.serverName != null && !this.serverName.equals(step.server())) {
			throw new RoutingException(Reason.WRONG_SERVER, "Message for server '" + step.server()
					+ "' reached server '" + this.serverName + "' (" + PalmMessages.describe(request) + ")");
		}
		RegisteredFunction function = this.registry.find(step.function())
			.orElseThrow(() -> new RoutingException(Reason.UNKNOWN_FUNCTION,
					"Function '" + step.function() + "' is not one of " + this.registry.names() + " ("
							+ PalmMessages.describe(request) + ")"));
		byte[] result;
		try {
			result = function.function().apply(request.getPayload().toByteArray());
		}
		catch (OutOfMemoryError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new UserFunctionException(step.toString(), ex);
		}
		if (result == null) {
			return this.dropEmptyResults ? null : request.toBuilder().setPayload(ByteString.EMPTY).build();
		}
		// the user hands the array over; wrapping it saves a copy of large payloads
		return request.toBuilder().setPayload(UnsafeByteOperations.unsafeWrap(result)).build();
	}

}
