package io.palmspring.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.context.Lifecycle;
import org.springframework.core.log.LogAccessor;

/**
 * Sends each message as one frame, or as {@code [topic, frame]} when given a topic
 * (two frames, as PALM needs; Spring Integration's handler wraps topics into three by
 * default and sends through a single extra thread). A lock makes the socket safe to
 * share between threads.
 * <p>
 * As a {@link Lifecycle} it is started and stopped by the
 * {@code PalmReplyPublisher} that sends through it, which Spring Integration starts
 * first and stops last: the socket is bound before input arrives and closed after the
 * last reply, with a linger to flush what is queued.
 *
 * @since 0.1.0
 */
public final class ZmqOutboundHandler implements Lifecycle {

	private static final LogAccessor logger = new LogAccessor(ZmqOutboundHandler.class);

	private static final int SEND_SLICE_MILLIS = 200;

	private final ZContext context;

	private final SocketType type;

	private final ZmqEndpoint endpoint;

	private final boolean bind;

	private final Duration linger;

	private final ReentrantLock lock = new ReentrantLock();

	private ZMQ.@Nullable Socket socket;

	private volatile @Nullable String boundAddress;

	private volatile boolean stopping;

	private final LongAdder sent = new LongAdder();

	/**
	 * Create a handler.
	 * @param context the ZeroMQ context
	 * @param type the socket type, {@code PUB} or {@code PUSH}
	 * @param endpoint the address
	 * @param bind whether to bind (or connect)
	 * @param linger how long closing waits to flush queued frames
	 */
	public ZmqOutboundHandler(ZContext context, SocketType type, ZmqEndpoint endpoint, boolean bind,
			Duration linger) {
		this.context = context;
		this.type = type;
		this.endpoint = endpoint;
		this.bind = bind;
		this.linger = linger;
	}

	@Override
	public void start() {
		this.lock.lock();
		try {
			if (this.socket != null) {
				return;
			}
			ZMQ.Socket created = ZmqSockets.create(this.context, this.type);
			try {
				created.setLinger((int) Math.min(Integer.MAX_VALUE, this.linger.toMillis()));
				// a PUSH without peers blocks; wake up to notice a stop
				created.setSendTimeOut(SEND_SLICE_MILLIS);
				if (this.bind) {
					this.boundAddress = ZmqSockets.bind(created, this.endpoint);
				}
				else {
					ZmqSockets.connect(created, this.endpoint);
					this.boundAddress = this.endpoint.address();
				}
			}
			catch (RuntimeException ex) {
				this.context.destroySocket(created);
				throw ex;
			}
			this.stopping = false;
			this.socket = created;
			logger.debug(() -> this.type + " socket " + (this.bind ? "bound at '" : "connected to '")
					+ this.boundAddress + "'");
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void stop() {
		this.stopping = true;
		this.lock.lock();
		try {
			ZMQ.Socket current = this.socket;
			if (current != null) {
				this.socket = null;
				this.context.destroySocket(current);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return this.socket != null;
	}

	/**
	 * Return the address the socket was bound or connected to, once started.
	 * @return the address with its real port, or {@code null} before start
	 */
	public @Nullable String getBoundAddress() {
		return this.boundAddress;
	}

	/**
	 * Return how many messages were sent.
	 * @return the count since start
	 */
	public long getSent() {
		return this.sent.sum();
	}

	/**
	 * Return the configured endpoint.
	 * @return the endpoint
	 */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

	/**
	 * Send one frame, after a topic frame when a topic is given.
	 * @param topic the topic, or {@code null} for a single frame
	 * @param frame the frame
	 * @return whether ZeroMQ took the message: a PUSH without peers waits for one, and
	 * gives up only when the handler stops
	 */
	public boolean send(@Nullable String topic, byte[] frame) {
		this.lock.lock();
		try {
			ZMQ.Socket current = this.socket;
			if (current == null) {
				throw new IllegalStateException("Socket for " + this.endpoint + " is not open");
			}
			if (topic != null) {
				current.sendMore(topic.getBytes(StandardCharsets.UTF_8));
			}
			boolean waited = false;
			while (!current.send(frame, 0)) {
				// only a PUSH without a connected peer gets here: hold the message until one comes
				if (this.stopping) {
					logger.warn(() -> "Dropped a message on " + this.endpoint + ": stopping with no peer to take it");
					return false;
				}
				if (!waited) {
					waited = true;
					logger.warn(() -> "No peer takes messages on " + this.endpoint + "; waiting for one");
				}
			}
			if (waited) {
				logger.info(() -> "A peer takes messages on " + this.endpoint + " again");
			}
			this.sent.increment();
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

}
