package io.palmspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Worker role.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.worker")
public class PalmWorkerProperties {

	/**
	 * Whether to run a worker, which runs this application's user functions on jobs
	 * from a master.
	 */
	private boolean enabled = false;

	/**
	 * Name of the worker, and of its logger. Defaults to a random UUID.
	 */
	private @Nullable String name;

	/**
	 * Address of the master's cache, where the worker reads the master's worker
	 * addresses (and which user code reads and writes through the CacheClient bean).
	 */
	private @Nullable String dbAddress;

	/**
	 * Master's address for jobs (its worker_push_address), instead of reading it from
	 * the master's cache.
	 */
	private @Nullable String workerPushAddress;

	/**
	 * Master's address for results (its worker_pull_address), instead of reading it
	 * from the master's cache.
	 */
	private @Nullable String workerPullAddress;

	/**
	 * Number of functions run at once in this process. Defaults to the number of
	 * processors.
	 */
	private int concurrency = Runtime.getRuntime().availableProcessors();

	/**
	 * Time to keep asking the master's cache for its addresses at startup.
	 */
	private Duration discoveryTimeout = Duration.ofSeconds(60);

	/**
	 * Time to wait for an answer of the master's cache.
	 */
	private Duration cacheTimeout = Duration.ofSeconds(5);

	/**
	 * Time a stopping worker waits for the functions it is running.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(10);

	/**
	 * Time a closing socket waits to send the results still queued.
	 */
	private Duration linger = Duration.ofSeconds(1);

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getDbAddress() {
		return this.dbAddress;
	}

	public void setDbAddress(@Nullable String dbAddress) {
		this.dbAddress = dbAddress;
	}

	public @Nullable String getWorkerPushAddress() {
		return this.workerPushAddress;
	}

	public void setWorkerPushAddress(@Nullable String workerPushAddress) {
		this.workerPushAddress = workerPushAddress;
	}

	public @Nullable String getWorkerPullAddress() {
		return this.workerPullAddress;
	}

	public void setWorkerPullAddress(@Nullable String workerPullAddress) {
		this.workerPullAddress = workerPullAddress;
	}

	public int getConcurrency() {
		return this.concurrency;
	}

	public void setConcurrency(int concurrency) {
		this.concurrency = concurrency;
	}

	public Duration getDiscoveryTimeout() {
		return this.discoveryTimeout;
	}

	public void setDiscoveryTimeout(Duration discoveryTimeout) {
		this.discoveryTimeout = discoveryTimeout;
	}

	public Duration getCacheTimeout() {
		return this.cacheTimeout;
	}

	public void setCacheTimeout(Duration cacheTimeout) {
		this.cacheTimeout = cacheTimeout;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	public Duration getLinger() {
		return this.linger;
	}

	public void setLinger(Duration linger) {
		this.linger = linger;
	}

}
