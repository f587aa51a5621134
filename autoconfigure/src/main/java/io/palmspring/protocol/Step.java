package io.palmspring.protocol;

import io.palmspring.protocol.RoutingException.Reason;

/**
 * The step of a message to run now: {@code function.split(' ')[stage]}, split at its
 * first dot into server and function.
 *
 * @param server the server part, before the first dot
 * @param function the function part, after the first dot
 * @since 0.1.0
 */
public record Step(String server, String function) {

	/**
	 * Resolve the current step of a message.
	 * @param message the message
	 * @return the step to run
	 * @throws RoutingException when {@code function} is empty or malformed or the
	 * stage is past the last step
	 */
	public static Step current(PalmMessage message) {
		String functions = message.getFunction();
		if (functions.isEmpty()) {
			throw new RoutingException(Reason.MALFORMED_STEP, "Message has an empty function (client '"
					+ message.getClient() + "', pipeline '" + message.getPipeline() + "')");
		}
		String[] steps = functions.split(" ", -1);
		long stage = message.getStage();
		if (stage < 0 || stage >= steps.length) {
			throw new RoutingException(Reason.STAGE_OUT_OF_RANGE, "Stage " + stage + " is past the last step of '"
					+ functions + "' (client '" + message.getClient() + "', pipeline '" + message.getPipeline() + "')");
		}
		String step = steps[(int) stage];
		int dot = step.indexOf('.');
		if (dot <= 0 || dot == step.length() - 1) {
			throw new RoutingException(Reason.MALFORMED_STEP, "Step '" + step + "' of '" + functions
					+ "' is not 'server.function' (client '" + message.getClient() + "', pipeline '"
					+ message.getPipeline() + "')");
		}
		return new Step(step.substring(0, dot), step.substring(dot + 1));
	}

	@Override
	public String toString() {
		return this.server + "." + this.function;
	}

}
