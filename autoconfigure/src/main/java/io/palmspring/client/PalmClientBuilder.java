package io.palmspring.client;

import java.time.Duration;

import io.palmspring.cache.CacheClient;
import io.palmspring.transport.ZmqEndpoint;
import org.jspecify.annotations.Nullable;
import org.zeromq.ZContext;

import org.springframework.util.Assert;

/**
 * Builds a {@link PalmClient}: from a server name and its {@code db_address}
 * (the rest is read from the server's cache), or from explicit addresses.
 *
 * @since 0.1.0
 */
public final class PalmClientBuilder {

	private final String serverName;

	private @Nullable String dbAddress;

	private @Nullable String pullAddress;

	private @Nullable String pubAddress;

	private Duration timeout = Duration.ofSeconds(10);

	private int maxInFlight = 200;

	private boolean probe = true;

	private @Nullable ZContext context;

	PalmClientBuilder(String serverName) {
		Assert.hasText(serverName, "serverName must not be empty");
		this.serverName = serverName;
	}

	/**
	 * Set the server's cache address; without explicit pull and pub addresses the
	 * client reads them (and checks the name) from the cache.
	 * @param dbAddress the server's {@code db_address}
	 * @return this builder
	 */
	public PalmClientBuilder dbAddress(String dbAddress) {
		this.dbAddress = dbAddress;
		return this;
	}

	/**
	 * Set the address requests are pushed to.
	 * @param pullAddress the server's {@code pull_address}
	 * @return this builder
	 */
	public PalmClientBuilder pullAddress(String pullAddress) {
		this.pullAddress = pullAddress;
		return this;
	}

	/**
	 * Set the address replies are published at.
	 * @param pubAddress the server's {@code pub_address}
	 * @return this builder
	 */
	public PalmClientBuilder pubAddress(String pubAddress) {
		this.pubAddress = pubAddress;
		return this;
	}

	/**
	 * Set the default timeout of a call, of each reply of a job, and of discovery.
	 * @param timeout the timeout
	 * @return this builder
	 */
	public PalmClientBuilder timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/**
	 * Set how many requests may be unanswered at once, across all calls.
	 * @param maxInFlight the bound; keep it times a master's fan-out under 1000
	 * @return this builder
	 */
	public PalmClientBuilder maxInFlight(int maxInFlight) {
		Assert.isTrue(maxInFlight > 0, "maxInFlight must be positive");
		this.maxInFlight = maxInFlight;
		return this;
	}

	/**
	 * Set whether to probe the subscription with {@code echo} before the first
	 * request. Turn it off for a server whose {@code echo} does not reply to the
	 * client (a pylm master that scatters it, a pipelined server).
	 * @param probe whether to probe
	 * @return this builder
	 */
	public PalmClientBuilder probe(boolean probe) {
		this.probe = probe;
		return this;
	}

	/**
	 * Share a ZeroMQ context; by default the client owns one.
	 * @param context the context, not closed by the client
	 * @return this builder
	 */
	public PalmClientBuilder context(ZContext context) {
		this.context = context;
		return this;
	}

	/**
	 * Build the client, reading the server's addresses from its cache when they
	 * are not given.
	 * @return the client
	 * @throws IllegalStateException when the server at the db address has another name
	 * @throws PalmTimeoutException when the cache does not answer in time
	 */
	public PalmClient build() {
		ZContext zmq = (this.context != null) ? this.context : new ZContext(1);
		CacheClient cache = null;
		try {
			cache = (this.dbAddress != null)
					? new CacheClient(zmq, ZmqEndpoint.of("db_address", this.dbAddress), this.serverName,
							this.timeout)
					: null;
			String pull = this.pullAddress;
			String pub = this.pubAddress;
			if (pull == null || pub == null) {
				Assert.state(cache != null, "Set a db address, or both pull and pub addresses");
				ServerAddresses discovered = ServerAddresses.discover(cache, this.serverName);
				pull = (pull != null) ? pull : discovered.pullAddress();
				pub = (pub != null) ? pub : discovered.pubAddress();
			}
			return new PalmClient(this.serverName, this.context == null, zmq, this.timeout, this.maxInFlight, this.probe,
					pull, pub, cache);
		}
		catch (RuntimeException ex) {
			if (cache != null) {
				cache.close();
			}
			if (this.context == null) {
				zmq.close();
			}
			throw ex;
		}
	}

}
