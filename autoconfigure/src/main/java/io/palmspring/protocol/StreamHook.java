package io.palmspring.protocol;

/**
 * Decides the topic and stage of each outgoing reply, like pylm's
 * {@code handle_stream}. The defaults follow PROTOCOL.md: a plain server publishes
 * to the client id; a pipelined one publishes under its own name with the stage
 * incremented, so the next step picks the message up.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface StreamHook {

	/**
	 * Route one reply.
	 * @param reply the reply
	 * @return the topic and the message to publish
	 */
	ReplyRoute route(PalmMessage reply);

	/**
	 * Publish each reply to its client.
	 * @return the hook
	 */
	static StreamHook toClient() {
		return (reply) -> new ReplyRoute(reply.getClient(), reply);
	}

	/**
	 * Publish each reply under the server's own name with the next stage.
	 * @param serverName the publishing server's name
	 * @return the hook
	 */
	static StreamHook pipelined(String serverName) {
		return (reply) -> new ReplyRoute(serverName, reply.toBuilder().setStage(reply.getStage() + 1).build());
	}

}
