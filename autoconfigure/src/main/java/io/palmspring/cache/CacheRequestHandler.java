package io.palmspring.cache;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.palmspring.protocol.CacheKeys;
import io.palmspring.protocol.MalformedMessageException;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import org.apache.commons.logging.Log;

/**
 * Answers one cache request as PROTOCOL.md says: {@code set} stores {@code payload}
 * under {@code cache} (or a new UUID) and replies the key; {@code get} replies the
 * value of the key in {@code payload}, or an empty frame; {@code delete} removes it
 * and replies the key. A bad request is logged and answered with an empty frame,
 * since a REP socket must always answer.
 *
 * @since 0.1.0
 */
public final class CacheRequestHandler {

	private static final byte[] EMPTY = new byte[0];

	private final CacheStore store;

	private final Log log;

	private final Map<String, LongAdder> operations = new ConcurrentHashMap<>();

	/**
	 * Create a handler.
	 * @param store the store
	 * @param log where to log bad requests, the server's own logger
	 */
	public CacheRequestHandler(CacheStore store, Log log) {
		this.store = store;
		this.log = log;
	}

	/**
	 * Return how many requests were answered, per operation.
	 * @return counts by {@code set}, {@code get}, {@code delete} and {@code invalid}
	 */
	public Map<String, Long> getOperations() {
		Map<String, Long> counts = new TreeMap<>();
		this.operations.forEach((operation, count) -> counts.put(operation, count.sum()));
		return counts;
	}

	private void count(String operation) {
		this.operations.computeIfAbsent(operation, (key) -> new LongAdder()).increment();
	}

	/**
	 * Answer one request.
	 * @param frame the request frame
	 * @return the reply frame
	 */
	public byte[] handle(byte[] frame) {
		PalmMessage request;
		try {
			request = PalmMessages.decode(frame);
		}
		catch (MalformedMessageException ex) {
			this.log.error("Cache request could not be decoded: " + ex.getMessage());
			count("invalid");
			return EMPTY;
		}
		String function = request.getFunction();
		String operation = function.substring(function.lastIndexOf('.') + 1);
		count(switch (operation) {
			case CacheKeys.SET, CacheKeys.GET, CacheKeys.DELETE -> operation;
			default -> "invalid";
		});
		switch (operation) {
			case CacheKeys.SET -> {
				String key = request.getCache().isEmpty() ? UUID.randomUUID().toString() : request.getCache();
				this.store.put(key, request.getPayload().toByteArray());
				return key.getBytes(StandardCharsets.UTF_8);
			}
			case CacheKeys.GET -> {
				byte[] value = this.store.get(request.getPayload().toStringUtf8());
				return (value != null) ? value : EMPTY;
			}
			case CacheKeys.DELETE -> {
				String key = request.getPayload().toStringUtf8();
				this.store.remove(key);
				return key.getBytes(StandardCharsets.UTF_8);
			}
			default -> {
				this.log.error("Cache request for unknown operation '" + function + "'; expected set, get or delete ("
						+ PalmMessages.describe(request) + ")");
				return EMPTY;
			}
		}
	}

}
