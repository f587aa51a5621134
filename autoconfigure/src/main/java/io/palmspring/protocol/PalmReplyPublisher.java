package io.palmspring.protocol;

import java.util.List;

import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;

import org.springframework.context.Lifecycle;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

/**
 * The last endpoint of a flow: encodes each {@link PalmMessage} of a message (one, or
 * a list from a mux function or a scatter) and sends it. With a {@link StreamHook}
 * each message goes to its topic ({@code [topic, message]} on a PUB socket); without
 * one it goes as a single frame (to workers or from a worker, on PUSH).
 * <p>
 * A reply without a topic (a request without a client id) is logged and dropped:
 * published under an empty topic nobody would receive it. The socket is started and
 * stopped with this handler, which Spring Integration starts first and stops last.
 *
 * @since 0.1.0
 */
public final class PalmReplyPublisher implements MessageHandler, Lifecycle {

	private final ZmqOutboundHandler outbound;

	private final @Nullable StreamHook streamHook;

	private final Log log;

	/**
	 * Create a publisher.
	 * @param outbound the socket to send on
	 * @param streamHook decides topic and stage; {@code null} to send single frames
	 * @param log where to log dropped replies, the role's own logger
	 */
	public PalmReplyPublisher(ZmqOutboundHandler outbound, @Nullable StreamHook streamHook, Log log) {
		this.outbound = outbound;
		this.streamHook = streamHook;
		this.log = log;
	}

	@Override
	public void handleMessage(Message<?> message) {
		Object payload = message.getPayload();
		if (payload instanceof PalmMessage single) {
			publish(single);
		}
		else {
			for (Object item : (List<?>) payload) {
				publish((PalmMessage) item);
			}
		}
	}

	private void publish(PalmMessage message) {
		if (this.streamHook == null) {
			this.outbound.send(null, PalmMessages.encode(message));
			return;
		}
		ReplyRoute route = this.streamHook.route(message);
		if (route.topic().isEmpty()) {
			this.log.error("Dropped a reply with no topic; the request had no client id ("
					+ PalmMessages.describe(message) + ")");
			return;
		}
		this.outbound.send(route.topic(), PalmMessages.encode(route.message()));
	}

	/**
	 * Return the socket this publisher sends on.
	 * @return the outbound handler
	 */
	public ZmqOutboundHandler getOutbound() {
		return this.outbound;
	}

	@Override
	public void start() {
		this.outbound.start();
	}

	@Override
	public void stop() {
		this.outbound.stop();
	}

	@Override
	public boolean isRunning() {
		return this.outbound.isRunning();
	}

}
