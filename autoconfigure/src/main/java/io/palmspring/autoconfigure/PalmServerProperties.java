package io.palmspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Server role.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.server")
public class PalmServerProperties {

	/**
	 * Whether to run a PALM server. Turn off in an application that is only a client.
	 */
	private boolean enabled = true;

	/**
	 * Name of the server; clients call its functions as 'name.function'. Defaults to
	 * spring.application.name.
	 */
	private @Nullable String name;

	/**
	 * Address the PULL socket for requests binds to.
	 */
	private String pullAddress = "tcp://127.0.0.1:5556";

	/**
	 * Address the PUB socket for replies binds to.
	 */
	private String pubAddress = "tcp://127.0.0.1:5557";

	/**
	 * Address the cache service (REP socket) binds to.
	 */
	private String dbAddress = "tcp://127.0.0.1:5555";

	/**
	 * Whether replies go on to the next step (published under the server's name with
	 * stage + 1) instead of to the calling client.
	 */
	private boolean pipelined = false;

	/**
	 * Time a stopping server waits for the message it is handling.
	 */
	private Duration shutdownTimeout = Duration.ofSeconds(10);

	/**
	 * Time a closing socket waits to send the replies still queued.
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

	public String getPullAddress() {
		return this.pullAddress;
	}

	public void setPullAddress(String pullAddress) {
		this.pullAddress = pullAddress;
	}

	public String getPubAddress() {
		return this.pubAddress;
	}

	public void setPubAddress(String pubAddress) {
		this.pubAddress = pubAddress;
	}

	public String getDbAddress() {
		return this.dbAddress;
	}

	public void setDbAddress(String dbAddress) {
		this.dbAddress = dbAddress;
	}

	public boolean isPipelined() {
		return this.pipelined;
	}

	public void setPipelined(boolean pipelined) {
		this.pipelined = pipelined;
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
