package io.palmspring.cache;

import org.jspecify.annotations.Nullable;

/**
 * Where a server's cache keeps its values. Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface CacheStore {

	/**
	 * Store a value.
	 * @param key the key
	 * @param value the value
	 */
	void put(String key, byte[] value);

	/**
	 * Read a value.
	 * @param key the key
	 * @return the value, or {@code null} when absent
	 */
	byte @Nullable [] get(String key);

	/**
	 * Remove a value; removing a missing key does nothing.
	 * @param key the key
	 */
	void remove(String key);

}
