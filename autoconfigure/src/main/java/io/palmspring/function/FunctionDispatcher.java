package io.palmspring.function;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.protocol.RoutingException;
import io.palmspring.protocol.RoutingException.Reason;
import io.palmspring.protocol.Step;
import io.palmspring.function.FunctionCallListener.Outcome;
import io.palmspring.transport.LeanMessages;
import org.jspecify.annotations.Nullable;

import org.springframework.integration.handler.AbstractReplyProducingMessageHandler;
import org.springframework.messaging.Message;

/**
 * Runs the current step of a {@link PalmMessage}: resolves
 * {@code function.split(' ')[stage]}, checks the server name, finds the function
 * and calls it. The reply is a {@link PalmMessage}, or a list of them from a mux
 * function. Routing failures throw {@link RoutingException}, user failures
 * {@link UserFunctionException}; the {@link UserFunctionErrorAdvice} around this
 * handler turns both into error replies.
 *
 * @since 0.1.0
 */
public final class FunctionDispatcher extends AbstractReplyProducingMessageHandler {

	private final UserFunctionRegistry registry;

	private final @Nullable String serverName;

	private final boolean dropEmptyResults;

	private final FunctionCallListener listener;

	// shared by the threads of a concurrent worker: a stale or replaced value is harmless
	private volatile @Nullable Resolution last;

	/**
	 * Create a dispatcher.
	 * @param registry the functions
	 * @param serverName the name a step must carry, or {@code null} to accept any
	 * (a worker runs steps named after its master)
	 * @param dropEmptyResults whether a function returning {@code null} drops the
	 * message (pipelines) instead of replying with an empty payload
	 * @param listener told of every call (metrics)
	 */
	public FunctionDispatcher(UserFunctionRegistry registry, @Nullable String serverName, boolean dropEmptyResults,
			FunctionCallListener listener) {
		this.registry = registry;
		this.serverName = serverName;
		this.dropEmptyResults = dropEmptyResults;
		this.listener = listener;
	}

	@Override
	public String getComponentType() {
		return "palm:function-dispatcher";
	}

	/**
	 * Resolve the function of a message. Most messages to a server carry the same
	 * {@code function} and stage as the one before, so the last resolution is kept and
	 * reused when they match, saving the split, the lookup and their garbage.
	 */
	private Resolution resolve(PalmMessage request) {
		Resolution cached = this.last;
		if (cached != null && cached.matches(request)) {
			return cached;
		}
		Step step = Step.current(request);
		if (this.serverName != null && !this.serverName.equals(step.server())) {
			throw new RoutingException(Reason.WRONG_SERVER, "Message for server '" + step.server()
					+ "' reached server '" + this.serverName + "' (" + PalmMessages.describe(request) + ")");
		}
		RegisteredFunction function = this.registry.find(step.function())
			.orElseThrow(() -> new RoutingException(Reason.UNKNOWN_FUNCTION,
					"Function '" + step.function() + "' is not one of " + this.registry.names() + " ("
							+ PalmMessages.describe(request) + ")"));
		Resolution resolution = new Resolution(request.getFunction(), request.getStage(), step, function);
		this.last = resolution;
		return resolution;
	}

	@Override
	protected boolean shouldCopyRequestHeaders() {
		return false;
	}

	@Override
	protected @Nullable Object handleRequestMessage(Message<?> requestMessage) {
		PalmMessage request = (PalmMessage) requestMessage.getPayload();
		long start = System.nanoTime();
		Resolution resolution;
		try {
			resolution = resolve(request);
		}
		catch (RoutingException ex) {
			boolean notFound = ex.getReason() == Reason.UNKNOWN_FUNCTION || ex.getReason() == Reason.WRONG_SERVER;
			this.listener.called("unknown", notFound ? Outcome.NOT_FOUND : Outcome.BAD_MESSAGE, ex,
					System.nanoTime() - start);
			throw ex;
		}
		String name = resolution.function().name();
		Object result;
		List<byte[]> several = null;
		try {
			result = resolution.function().function().apply(request.getPayload().toByteArray());
			if (result != null && !(result instanceof byte[])) {
				// a mux function: its results may be produced lazily, so errors count as the function's
				several = FunctionResults.payloads(result);
			}
		}
		catch (OutOfMemoryError ex) {
			throw ex;
		}
		catch (Throwable ex) {
			this.listener.called(name, Outcome.ERROR, ex, System.nanoTime() - start);
			throw new UserFunctionException(resolution.step().toString(), ex);
		}
		this.listener.called(name, Outcome.SUCCESS, null, System.nanoTime() - start);
		if (result == null) {
			return this.dropEmptyResults ? null
					: LeanMessages.of(request.toBuilder().setPayload(ByteString.EMPTY).build());
		}
		if (several != null) {
			if (several.isEmpty()) {
				return null;
			}
			List<PalmMessage> replies = new ArrayList<>(several.size());
			for (byte[] payload : several) {
				replies.add(request.toBuilder().setPayload(UnsafeByteOperations.unsafeWrap(payload)).build());
			}
			return LeanMessages.of(replies);
		}
		// the user hands the array over; wrapping it saves a copy of large payloads
		return LeanMessages
			.of(request.toBuilder().setPayload(UnsafeByteOperations.unsafeWrap((byte[]) result)).build());
	}

	private record Resolution(String functions, long stage, Step step, RegisteredFunction function) {

		boolean matches(PalmMessage request) {
			return this.stage == request.getStage() && this.functions.equals(request.getFunction());
		}

	}

}
