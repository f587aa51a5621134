package io.palmspring.client;

import java.time.Duration;
import java.util.Collection;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.google.protobuf.ByteString;
import io.palmspring.cache.CacheClient;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.transport.PalmTimeoutException;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import org.springframework.util.Assert;

/**
 * Calls a PALM server or master: {@link #eval eval} one payload, run a
 * {@link #job job} of many, and {@link #set set}, {@link #get get} and
 * {@link #delete delete} on its cache.
 * <p>
 * The client subscribes to its own id once, for its whole life, and before the first
 * request it makes sure the subscription is live by a probe (the built-in
 * {@code echo}) — pylm subscribes per call and loses most sequential replies. A job
 * keeps at most {@code maxInFlight} requests unanswered (counted across all calls of
 * this client), so the server's PUB queue (1000 messages) never overflows.
 * <p>
 * Thread-safe: any number of threads may call one client at once; replies are matched
 * to calls by a pipeline id per call. A job's stream must be consumed or closed by
 * its caller. Close the client when done.
 *
 * @since 0.1.0
 */
public final class PalmClient implements AutoCloseable {

	private final String serverName;

	private final String clientId = UUID.randomUUID().toString();

	private final String probePipeline = UUID.randomUUID().toString();

	private final ZContext context;

	private final boolean ownsContext;

	private final ZMQ.Socket push;

	private final ReentrantLock sendLock = new ReentrantLock();

	private final ReplyReceiver receiver;

	private final @Nullable CacheClient cache;

	private final Duration timeout;

	private final int maxInFlight;

	private final Semaphore inFlight;

	private final boolean probe;

	private final String pullAddress;

	private final String pubAddress;

	private final Object probeLock = new Object();

	private volatile boolean live;

	private volatile boolean closed;

	PalmClient(String serverName, boolean ownsContext, ZContext context, Duration timeout, int maxInFlight,
			boolean probe, String pullAddress, String pubAddress, @Nullable CacheClient cache) {
		this.serverName = serverName;
		this.context = context;
		this.ownsContext = ownsContext;
		this.timeout = timeout;
		this.maxInFlight = maxInFlight;
		this.inFlight = new Semaphore(maxInFlight);
		this.probe = probe;
		this.cache = cache;
		this.pullAddress = pullAddress;
		this.pubAddress = pubAddress;
		this.push = ZmqSockets.create(context, SocketType.PUSH);
		this.push.setLinger(1000);
		ZmqSockets.connect(this.push, ZmqEndpoint.of("pull_address", pullAddress));
		this.receiver = new ReplyReceiver(context, ZmqEndpoint.of("pub_address", pubAddress), this.clientId);
		this.live = !this.probe;
	}

	/**
	 * Start building a client for a server.
	 * @param serverName the server's name, as in {@code name.function}
	 * @return the builder
	 */
	public static PalmClientBuilder builder(String serverName) {
		return new PalmClientBuilder(serverName);
	}

	/**
	 * Call a function with the default timeout.
	 * @param function {@code server.function} (or several steps), or a bare function
	 * name of this client's server
	 * @param payload the payload
	 * @return the reply payload
	 * @throws PalmRemoteException when the reply carries an error
	 * @throws PalmTimeoutException when no reply comes in time
	 */
	public byte[] eval(String function, byte[] payload) {
		return eval(function, payload, this.timeout);
	}

	/**
	 * Call a function.
	 * @param function {@code server.function} (or several steps), or a bare function
	 * name of this client's server
	 * @param payload the payload
	 * @param timeout how long to wait for the reply
	 * @return the reply payload
	 * @throws PalmRemoteException when the reply carries an error
	 * @throws PalmTimeoutException when no reply comes in time
	 */
	public byte[] eval(String function, byte[] payload, Duration timeout) {
		String steps = qualify(function);
		long deadline = System.nanoTime() + timeout.toNanos();
		awaitLive(deadline);
		String pipeline = UUID.randomUUID().toString();
		BlockingQueue<PalmMessage> replies = this.receiver.register(pipeline);
		try {
			acquire(1, deadline, steps);
			try {
				send(request(steps, pipeline, payload));
				PalmMessage reply = this.receiver.await(replies, deadline);
				if (reply == null) {
					throw new PalmTimeoutException("No reply from '" + steps + "' within " + timeout + " (client '"
							+ this.clientId + "', pipeline '" + pipeline + "')");
				}
				if (!reply.getError().isEmpty()) {
					throw new PalmRemoteException(steps, reply.getError());
				}
				return reply.getPayload().toByteArray();
			}
			finally {
				this.inFlight.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for '" + steps + "'", ex);
		}
		finally {
			this.receiver.unregister(pipeline);
		}
	}

	/**
	 * Run a job: send every payload to a function and stream the replies as they
	 * arrive. The stream ends after {@code expectedReplies} replies; it throws
	 * {@link PalmRemoteException} at a reply that carries an error and
	 * {@link PalmTimeoutException} when no reply comes within the client's timeout.
	 * @param function {@code server.function}, or a bare function name
	 * @param payloads the payloads, sent as the stream is consumed
	 * @param expectedReplies how many replies end the job (a master's scatter may
	 * multiply them, its gather filter them)
	 * @return the reply payloads; consume it fully or close it
	 */
	public Stream<byte[]> job(String function, Collection<byte[]> payloads, int expectedReplies) {
		return stream(qualify(function), payloads, expectedReplies, true).map(Reply::payload);
	}

	/**
	 * Run a job like {@link #job}, streaming whole replies, failed ones included.
	 * @param function {@code server.function}, or a bare function name
	 * @param payloads the payloads, sent as the stream is consumed
	 * @param expectedReplies how many replies end the job
	 * @return the replies; consume it fully or close it
	 */
	public Stream<Reply> jobReplies(String function, Collection<byte[]> payloads, int expectedReplies) {
		return stream(qualify(function), payloads, expectedReplies, false);
	}

	private Stream<Reply> stream(String steps, Collection<byte[]> payloads, int expectedReplies,
			boolean throwOnError) {
		Assert.isTrue(expectedReplies >= 0, "expectedReplies must not be negative");
		awaitLive(System.nanoTime() + this.timeout.toNanos());
		JobIterator iterator = new JobIterator(this, steps, payloads, expectedReplies, throwOnError);
		Spliterator<Reply> spliterator = Spliterators.spliteratorUnknownSize(iterator,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(spliterator, false).onClose(iterator::close);
	}

	/**
	 * Store a value in the server's cache under a new key.
	 * @param value the value
	 * @return the key the server chose
	 */
	public String set(byte[] value) {
		return requireCache().set(value);
	}

	/**
	 * Store a value in the server's cache.
	 * @param key the key
	 * @param value the value
	 * @return the key
	 */
	public String set(String key, byte[] value) {
		return requireCache().set(key, value);
	}

	/**
	 * Read a value from the server's cache; a missing key reads as empty, as in pylm.
	 * @param key the key
	 * @return the value, empty when absent
	 */
	public byte[] get(String key) {
		return requireCache().get(key);
	}

	/**
	 * Remove a key from the server's cache.
	 * @param key the key
	 * @return the key
	 */
	public String delete(String key) {
		return requireCache().delete(key);
	}

	/**
	 * Return this client's id, the topic its replies are published under.
	 * @return the client id, a UUID
	 */
	public String getClientId() {
		return this.clientId;
	}

	/**
	 * Return the server's name.
	 * @return the name
	 */
	public String getServerName() {
		return this.serverName;
	}

	/**
	 * Return the address requests are pushed to.
	 * @return the server's {@code pull_address}
	 */
	public String getPullAddress() {
		return this.pullAddress;
	}

	/**
	 * Return the address replies are received from.
	 * @return the server's {@code pub_address}
	 */
	public String getPubAddress() {
		return this.pubAddress;
	}

	Duration timeout() {
		return this.timeout;
	}

	int maxInFlight() {
		return this.maxInFlight;
	}

	Semaphore inFlight() {
		return this.inFlight;
	}

	ReplyReceiver receiver() {
		return this.receiver;
	}

	PalmMessage request(String function, String pipeline, byte[] payload) {
		return PalmMessage.newBuilder()
			.setPipeline(pipeline)
			.setClient(this.clientId)
			.setFunction(function)
			.setPayload(ByteString.copyFrom(payload))
			.build();
	}

	void send(PalmMessage request) {
		byte[] frame = request.toByteArray();
		this.sendLock.lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("Client of '" + this.serverName + "' is closed");
			}
			this.push.send(frame, 0);
		}
		finally {
			this.sendLock.unlock();
		}
	}

	private void acquire(int permits, long deadline, String function) throws InterruptedException {
		if (!this.inFlight.tryAcquire(permits, remaining(deadline), TimeUnit.NANOSECONDS)) {
			throw new PalmTimeoutException("No room to send to '" + function + "': " + this.maxInFlight
					+ " requests of this client are unanswered");
		}
	}

	/**
	 * Make sure the subscription to the client id has reached the server: send the
	 * built-in {@code echo} until one comes back, backing off from 5 to 100 ms.
	 */
	private void awaitLive(long deadline) {
		if (this.live) {
			return;
		}
		synchronized (this.probeLock) {
			BlockingQueue<PalmMessage> probes = this.receiver.register(this.probePipeline);
			long pause = TimeUnit.MILLISECONDS.toNanos(5);
			try {
				while (!this.live) {
					long left = remaining(deadline);
					if (left <= 0) {
						throw new PalmTimeoutException("Server '" + this.serverName + "' at '" + this.pubAddress
								+ "' did not answer the subscription probe ('" + this.serverName + ".echo') in time");
					}
					send(request(this.serverName + ".echo", this.probePipeline, new byte[0]));
					if (this.receiver.await(probes, System.nanoTime() + Math.min(pause, left)) != null) {
						this.live = true;
					}
					pause = Math.min(pause * 2, TimeUnit.MILLISECONDS.toNanos(100));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while probing '" + this.serverName + "'", ex);
			}
			finally {
				this.receiver.unregister(this.probePipeline);
			}
		}
	}

	private String qualify(String function) {
		Assert.hasText(function, "function must not be empty");
		return (function.indexOf('.') < 0) ? this.serverName + "." + function : function;
	}

	private CacheClient requireCache() {
		if (this.cache == null) {
			throw new IllegalStateException("Client of '" + this.serverName + "' was built without a db address");
		}
		return this.cache;
	}

	static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	@Override
	public void close() {
		this.sendLock.lock();
		try {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.context.destroySocket(this.push);
		}
		finally {
			this.sendLock.unlock();
		}
		this.receiver.close();
		if (this.cache != null) {
			this.cache.close();
		}
		if (this.ownsContext) {
			this.context.close();
		}
	}

}
