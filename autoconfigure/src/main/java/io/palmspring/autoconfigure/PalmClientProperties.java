package io.palmspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the auto-configured {@code PalmClient}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.client")
public class PalmClientProperties {

	/**
	 * Name of the server to call. With db-address, a PalmClient bean is created.
	 */
	private @Nullable String serverName;

	/**
	 * Address of the server's cache; the client reads the server's name and
	 * addresses from it.
	 */
	private @Nullable String dbAddress;

	/**
	 * Address of the server's PULL socket, instead of reading it from the cache.
	 */
	private @Nullable String pullAddress;

	/**
	 * Address of the server's PUB socket, instead of reading it from the cache.
	 */
	private @Nullable String pubAddress;

	/**
	 * Time to wait for a reply (each reply of a job) and for discovery.
	 */
	private Duration timeout = Duration.ofSeconds(10);

	/**
	 * Maximum number of requests of the client left unanswered at once.
	 */
	private int maxInFlight = 200;

	/**
	 * Whether to make sure the subscription is live with the built-in echo before the
	 * first request.
	 */
	private boolean probe = true;

	public @Nullable String getServerName() {
		return this.serverName;
	}

	public void setServerName(@Nullable String serverName) {
		this.serverName = serverName;
	}

	public @Nullable String getDbAddress() {
		return this.dbAddress;
	}

	public void setDbAddress(@Nullable String dbAddress) {
		this.dbAddress = dbAddress;
	}

	public @Nullable String getPullAddress() {
		return this.pullAddress;
	}

	public void setPullAddress(@Nullable String pullAddress) {
		this.pullAddress = pullAddress;
	}

	public @Nullable String getPubAddress() {
		return this.pubAddress;
	}

	public void setPubAddress(@Nullable String pubAddress) {
		this.pubAddress = pubAddress;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	public int getMaxInFlight() {
		return this.maxInFlight;
	}

	public void setMaxInFlight(int maxInFlight) {
		this.maxInFlight = maxInFlight;
	}

	public boolean isProbe() {
		return this.probe;
	}

	public void setProbe(boolean probe) {
		this.probe = probe;
	}

}
