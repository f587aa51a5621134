package io.palmspring.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.log.LogAccessor;

import zmq.ZError;

/**
 * The cache service of a server: a REP socket answering set, get and delete on its
 * own thread. On start it binds and then presets the server's configuration keys
 * (with the real cache address), so that clients and workers can discover the server;
 * requests arrive only once its thread starts, after the presets.
 *
 * @since 0.1.0
 */
public final class CacheService implements SmartLifecycle {

	/** Starts after the server's sockets are bound, so their real addresses are preset. */
	public static final int PHASE = Integer.MAX_VALUE / 2 + 100;

	private static final LogAccessor logger = new LogAccessor(CacheService.class);

	private final ZContext context;

	private final ZmqEndpoint endpoint;

	private final CacheStore store;

	private final CacheRequestHandler handler;

	private final Function<String, Map<String, String>> presets;

	private final String threadName;

	private volatile @Nullable String boundAddress;

	private volatile boolean running;

	private volatile CountDownLatch stopped = new CountDownLatch(0);

	/**
	 * Create the service.
	 * @param context the ZeroMQ context
	 * @param endpoint where to bind the REP socket
	 * @param store the store
	 * @param handler answers requests
	 * @param presets the keys to store once bound, given the bound cache address
	 * @param threadName the name of the serving thread
	 */
	public CacheService(ZContext context, ZmqEndpoint endpoint, CacheStore store, CacheRequestHandler handler,
			Function<String, Map<String, String>> presets, String threadName) {
		this.context = context;
		this.endpoint = endpoint;
		this.store = store;
		this.handler = handler;
		this.presets = presets;
		this.threadName = threadName;
	}

	@Override
	public void start() {
		if (this.running) {
			return;
		}
		ZMQ.Socket socket = ZmqSockets.create(this.context, SocketType.REP);
		try {
			socket.setReceiveTimeOut(200);
			socket.setLinger(0);
			this.boundAddress = ZmqSockets.bind(socket, this.endpoint);
		}
		catch (RuntimeException ex) {
			this.context.destroySocket(socket);
			throw ex;
		}
		this.presets.apply(this.boundAddress)
			.forEach((key, value) -> this.store.put(key, value.getBytes(StandardCharsets.UTF_8)));
		this.running = true;
		this.stopped = new CountDownLatch(1);
		new Thread(() -> serve(socket), this.threadName).start();
		logger.debug(() -> "Cache bound at '" + this.boundAddress + "'");
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			if (!this.stopped.await(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn(() -> "Cache thread '" + this.threadName + "' did not stop within 5s");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * Return the handler, for its counts.
	 * @return the request handler
	 */
	public CacheRequestHandler getHandler() {
		return this.handler;
	}

	/**
	 * Return the address the REP socket is bound at, once started.
	 * @return the address with its real port, or {@code null} before start
	 */
	public @Nullable String getBoundAddress() {
		return this.boundAddress;
	}

	private void serve(ZMQ.Socket socket) {
		try {
			while (this.running) {
				byte[] request;
				try {
					request = socket.recv(0);
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() == ZError.ETERM) {
						break;
					}
					throw ex;
				}
				if (request == null) {
					continue;
				}
				while (socket.hasReceiveMore()) {
					socket.recv(0);
				}
				byte[] reply;
				try {
					reply = this.handler.handle(request);
				}
				catch (RuntimeException ex) {
					logger.error(ex, "Cache request failed");
					reply = new byte[0];
				}
				socket.send(reply, 0);
			}
		}
		catch (RuntimeException ex) {
			logger.error(ex, () -> "Cache at '" + this.boundAddress + "' stopped");
		}
		finally {
			this.context.destroySocket(socket);
			this.stopped.countDown();
		}
	}

}
