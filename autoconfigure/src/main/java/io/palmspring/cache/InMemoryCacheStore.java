package io.palmspring.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * A {@link CacheStore} in this process's memory, as pylm's.
 *
 * @since 0.1.0
 */
public final class InMemoryCacheStore implements CacheStore {

	private final Map<String, byte[]> values = new ConcurrentHashMap<>();

	@Override
	public void put(String key, byte[] value) {
		this.values.put(key, value);
	}

	@Override
	public byte @Nullable [] get(String key) {
		return this.values.get(key);
	}

	@Override
	public void remove(String key) {
		this.values.remove(key);
	}

}
