package io.palmspring.transport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import org.springframework.core.log.LogAccessor;
import org.springframework.integration.endpoint.MessageProducerSupport;
import org.springframework.messaging.Message;

import zmq.ZError;

/**
 * A Spring Integration message-driven endpoint that receives PALM frames from a PULL
 * or SUB socket on a dedicated thread with a blocking receive.
 * <p>
 * Spring Integration's {@code ZeroMqMessageProducer} polls without blocking and
 * sleeps between polls: about 1 s per round trip by default, or a busy core at delay
 * 0. A blocking loop serves at JeroMQ's speed and idles at no CPU. The downstream flow
 * runs on this thread, so the flow is single-threaded like a pylm server.
 *
 * @since 0.1.0
 */
public final class ZmqInboundAdapter extends MessageProducerSupport {

	private static final LogAccessor logger = new LogAccessor(ZmqInboundAdapter.class);

	/** A stopping adapter is done once its socket stayed empty this long. */
	private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

	private final ZContext context;

	private final SocketType type;

	private final ZmqEndpoint endpoint;

	private final boolean bind;

	private final List<String> topics;

	private final Log messageLog;

	private final Duration stopTimeout;

	private final String threadName;

	private final int concurrency;

	private final boolean monitorConnections;

	private volatile @Nullable ConnectionMonitor connectionMonitor;

	private volatile @Nullable String boundAddress;

	private volatile boolean running;

	private volatile long drainDeadline;

	private volatile boolean failed;

	private volatile CountDownLatch stopped = new CountDownLatch(0);

	private final LongAdder received = new LongAdder();

	private final AtomicInteger inFlight = new AtomicInteger();

	private ZmqInboundAdapter(Builder builder) {
		this.context = builder.context;
		this.type = builder.type;
		this.endpoint = builder.endpoint;
		this.bind = builder.bind;
		this.topics = List.copyOf(builder.topics);
		this.messageLog = builder.messageLog;
		this.stopTimeout = builder.stopTimeout;
		this.threadName = builder.threadName;
		this.concurrency = builder.concurrency;
		this.monitorConnections = builder.monitorConnections;
	}

	/**
	 * Start building an adapter that binds a PULL socket.
	 * @param context the ZeroMQ context
	 * @param endpoint where to bind
	 * @return the builder
	 */
	public static Builder pull(ZContext context, ZmqEndpoint endpoint) {
		return new Builder(context, SocketType.PULL, endpoint, List.of());
	}

	/**
	 * Start building an adapter that connects a SUB socket to a publisher.
	 * @param context the ZeroMQ context
	 * @param endpoint the publisher's address
	 * @param topics the topics to subscribe to
	 * @return the builder
	 */
	public static Builder sub(ZContext context, ZmqEndpoint endpoint, List<String> topics) {
		return new Builder(context, SocketType.SUB, endpoint, topics).connect();
	}

	@Override
	public String getComponentType() {
		return "palm:zmq-inbound-adapter";
	}

	/**
	 * Return the address the socket was bound or connected to, once started.
	 * @return the address with its real port, or {@code null} before start
	 */
	public @Nullable String getBoundAddress() {
		return this.boundAddress;
	}

	/**
	 * Return the configured endpoint.
	 * @return the endpoint
	 */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

	@Override
	protected void doStart() {
		List<ZMQ.Socket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < this.concurrency; i++) {
				sockets.add(open());
			}
		}
		catch (RuntimeException ex) {
			sockets.forEach(this.context::destroySocket);
			throw ex;
		}
		logger.debug(() -> this.type + " socket " + (this.bind ? "bound at '" : "connected to '") + this.boundAddress
				+ "' x" + this.concurrency);
		this.running = true;
		this.stopped = new CountDownLatch(this.concurrency);
		for (int i = 0; i < sockets.size(); i++) {
			ZMQ.Socket socket = sockets.get(i);
			String name = (this.concurrency == 1) ? this.threadName : this.threadName + "-" + (i + 1);
			new Thread(() -> receiveLoop(socket), name).start();
		}
	}

	private ZMQ.Socket open() {
		ZMQ.Socket socket = ZmqSockets.create(this.context, this.type);
		try {
			socket.setReceiveTimeOut(100);
			socket.setLinger(0);
			for (String topic : this.topics) {
				socket.subscribe(topic.getBytes(StandardCharsets.UTF_8));
			}
			if (this.bind) {
				this.boundAddress = ZmqSockets.bind(socket, this.endpoint);
			}
			else {
				ZmqSockets.connect(socket, this.endpoint);
				this.boundAddress = this.endpoint.address();
			}
			if (this.monitorConnections && this.connectionMonitor == null) {
				this.connectionMonitor = new ConnectionMonitor(this.context, socket);
			}
			return socket;
		}
		catch (RuntimeException ex) {
			this.context.destroySocket(socket);
			throw ex;
		}
	}

	/**
	 * Stop taking input: each receiving thread first handles what its socket already
	 * holds (messages accepted from peers, or jobs prefetched from a master) until the
	 * socket has stayed empty for 300 ms, for at most the stop timeout, then closes it.
	 */
	@Override
	protected void doStop() {
		this.drainDeadline = System.nanoTime() + this.stopTimeout.toNanos();
		this.running = false;
		ConnectionMonitor monitor = this.connectionMonitor;
		if (monitor != null) {
			monitor.close();
		}
		if (Thread.currentThread().getName().startsWith(this.threadName)) {
			return;
		}
		try {
			if (!this.stopped.await(this.stopTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS)) {
				logger.warn(() -> "Thread '" + this.threadName + "' still handling a message after "
						+ this.stopTimeout + "; leaving it behind");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void receiveLoop(ZMQ.Socket socket) {
		int expectedFrames = (this.type == SocketType.SUB) ? 2 : 1;
		long lastMessageNanos = System.nanoTime();
		try {
			while (true) {
				boolean draining = !this.running;
				if (draining && System.nanoTime() > this.drainDeadline) {
					break;
				}
				byte[] first;
				try {
					first = socket.recv(0);
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() == ZError.ETERM) {
						break;
					}
					throw ex;
				}
				if (first == null) {
					if (draining && System.nanoTime() - lastMessageNanos > QUIET_NANOS) {
						// nothing came for a while: what the socket held is handled
						break;
					}
					continue;
				}
				lastMessageNanos = System.nanoTime();
				byte[] last = first;
				int frames = 1;
				while (socket.hasReceiveMore()) {
					last = socket.recv(0);
					frames++;
				}
				if (frames != expectedFrames) {
					int count = frames;
					this.messageLog.error("Dropped a message of " + count + " frames on '" + this.boundAddress
							+ "'; expected " + expectedFrames);
					continue;
				}
				dispatch(first, last, frames);
			}
		}
		catch (RuntimeException ex) {
			// only a broken socket gets here; health reports it through isReceiving()
			this.failed = true;
			logger.error(ex, () -> "Receive loop of '" + this.boundAddress + "' stopped");
		}
		finally {
			this.context.destroySocket(socket);
			this.stopped.countDown();
		}
	}

	/**
	 * Return whether every receiving thread is alive; false once a socket broke.
	 * @return whether the adapter runs and receives
	 */
	public boolean isReceiving() {
		return isRunning() && !this.failed;
	}

	/**
	 * Return the peers connected now, when monitored.
	 * @return the monitor, or {@code null} when connections are not monitored
	 */
	public @Nullable ConnectionMonitor getConnectionMonitor() {
		return this.connectionMonitor;
	}

	/**
	 * Return how many messages were received.
	 * @return the count since start
	 */
	public long getReceived() {
		return this.received.sum();
	}

	/**
	 * Return how many messages are being handled now.
	 * @return messages taken from the socket and not yet through the flow
	 */
	public int getInFlight() {
		return this.inFlight.get();
	}

	private void dispatch(byte[] first, byte[] last, int frames) {
		this.received.increment();
		Message<byte[]> message = (frames == 2)
				? LeanMessages.withTopic(last, new String(first, StandardCharsets.UTF_8)) : LeanMessages.of(last);
		this.inFlight.incrementAndGet();
		try {
			sendMessage(message);
		}
		catch (RuntimeException | Error ex) {
			// the flow's own advice handles user errors; what reaches here is a framework
			// fault (or an Error from a hook): log it and go on with the next message
			this.messageLog.error("Handling a message from '" + this.boundAddress + "' failed", ex);
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	/**
	 * Builds a {@link ZmqInboundAdapter}.
	 */
	public static final class Builder {

		private final ZContext context;

		private final SocketType type;

		private final ZmqEndpoint endpoint;

		private final List<String> topics;

		private boolean bind = true;

		private Log messageLog = org.apache.commons.logging.LogFactory.getLog(ZmqInboundAdapter.class);

		private Duration stopTimeout = Duration.ofSeconds(10);

		private String threadName = "palm-inbound";

		private int concurrency = 1;

		private boolean monitorConnections;

		private Builder(ZContext context, SocketType type, ZmqEndpoint endpoint, List<String> topics) {
			this.context = context;
			this.type = type;
			this.endpoint = endpoint;
			this.topics = topics;
		}

		/**
		 * Connect the socket to the endpoint instead of binding it (a worker's PULL).
		 * @return this builder
		 */
		public Builder connect() {
			this.bind = false;
			return this;
		}

		/**
		 * Receive on several sockets, each with its own thread, so that the flow runs
		 * that many messages at once. Only for connecting sockets.
		 * @param concurrency the number of sockets and threads
		 * @return this builder
		 */
		public Builder concurrency(int concurrency) {
			if (concurrency < 1) {
				throw new IllegalArgumentException("concurrency must be at least 1, not " + concurrency);
			}
			this.concurrency = concurrency;
			return this;
		}

		/**
		 * Log bad frames and handling failures here (a server logs under its own name).
		 * @param messageLog the log
		 * @return this builder
		 */
		public Builder messageLog(Log messageLog) {
			this.messageLog = messageLog;
			return this;
		}

		/**
		 * How long {@code stop()} waits for the message being handled.
		 * @param stopTimeout the grace period
		 * @return this builder
		 */
		public Builder stopTimeout(Duration stopTimeout) {
			this.stopTimeout = stopTimeout;
			return this;
		}

		/**
		 * Name the receiving thread.
		 * @param threadName the thread name
		 * @return this builder
		 */
		public Builder threadName(String threadName) {
			this.threadName = threadName;
			return this;
		}

		/**
		 * Count the peers connected to the socket (see {@link ConnectionMonitor}).
		 * @return this builder
		 */
		public Builder monitorConnections() {
			this.monitorConnections = true;
			return this;
		}

		/**
		 * Build the adapter.
		 * @return the adapter
		 */
		public ZmqInboundAdapter build() {
			if (this.bind && this.concurrency > 1) {
				throw new IllegalStateException("Only a connecting socket can receive with concurrency "
						+ this.concurrency + "; " + this.endpoint + " is bound");
			}
			return new ZmqInboundAdapter(this);
		}

	}

}
