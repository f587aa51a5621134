package io.palmspring.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import com.google.protobuf.ByteString;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.transport.PalmTimeoutException;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Calls a server's cache service: {@code set}, {@code get}, {@code delete}.
 * <p>
 * Thread-safe: calls are serialized on one REQ socket. When a reply does not come
 * in time the socket is replaced, since a REQ socket that missed its reply can send
 * nothing more.
 *
 * @since 0.1.0
 */
public final class CacheClient implements AutoCloseable {

	private final ZContext context;

	private final ZmqEndpoint endpoint;

	private final String serverPart;

	private final Duration timeout;

	private final String clientId = UUID.randomUUID().toString();

	private ZMQ.@Nullable Socket socket;

	private boolean closed;

	/**
	 * Create a client.
	 * @param context the ZeroMQ context
	 * @param endpoint the server's {@code db_address}
	 * @param serverPart the part before the dot of each call: the server's name, or
	 * {@code _} from a worker
	 * @param timeout how long to wait for each reply
	 */
	public CacheClient(ZContext context, ZmqEndpoint endpoint, String serverPart, Duration timeout) {
		this.context = context;
		this.endpoint = endpoint;
		this.serverPart = serverPart;
		this.timeout = timeout;
	}

	/**
	 * Store a value under a key.
	 * @param key the key
	 * @param value the value
	 * @return the key
	 */
	public String set(String key, byte[] value) {
		return utf8(call(CacheKeys.SET, key, value));
	}

	/**
	 * Store a value under a new key that the server chooses.
	 * @param value the value
	 * @return the new key
	 */
	public String set(byte[] value) {
		return utf8(call(CacheKeys.SET, "", value));
	}

	/**
	 * Read a value. As in pylm, a missing key reads as an empty value.
	 * @param key the key
	 * @return the value, empty when absent
	 */
	public byte[] get(String key) {
		return call(CacheKeys.GET, "", key.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Read a value as UTF-8 text.
	 * @param key the key
	 * @return the text, empty when absent
	 */
	public String getString(String key) {
		return utf8(get(key));
	}

	/**
	 * Remove a key; removing a missing key is fine.
	 * @param key the key
	 * @return the key
	 */
	public String delete(String key) {
		return utf8(call(CacheKeys.DELETE, "", key.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Return the address this client calls.
	 * @return the cache address
	 */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

	private synchronized byte[] call(String operation, String cacheKey, byte[] payload) {
		if (this.closed) {
			throw new IllegalStateException("Cache client for " + this.endpoint + " is closed");
		}
		PalmMessage request = PalmMessage.newBuilder()
			.setPipeline(UUID.randomUUID().toString())
			.setClient(this.clientId)
			.setFunction(this.serverPart + "." + operation)
			.setCache(cacheKey)
			.setPayload(ByteString.copyFrom(payload))
			.build();
		ZMQ.Socket current = socket();
		current.send(request.toByteArray(), 0);
		byte[] reply = current.recv(0);
		if (reply == null) {
			resetSocket();
			throw new PalmTimeoutException("Cache at " + this.endpoint + " did not answer '" + operation + "' within "
					+ this.timeout);
		}
		while (current.hasReceiveMore()) {
			current.recv(0);
		}
		return reply;
	}

	private ZMQ.Socket socket() {
		ZMQ.Socket current = this.socket;
		if (current == null) {
			current = ZmqSockets.create(this.context, SocketType.REQ);
			current.setLinger(0);
			current.setReceiveTimeOut((int) Math.min(Integer.MAX_VALUE, this.timeout.toMillis()));
			ZmqSockets.connect(current, this.endpoint);
			this.socket = current;
		}
		return current;
	}

	private void resetSocket() {
		ZMQ.Socket current = this.socket;
		if (current != null) {
			this.socket = null;
			this.context.destroySocket(current);
		}
	}

	private static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		resetSocket();
	}

}
