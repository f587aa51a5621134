package io.palmspring.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;

/**
 * Logging of a PALM server: its level and console format, and shipping to a central
 * log collector. Applied before the application context starts (by
 * {@code PalmLoggingEnvironmentPostProcessor} and
 * {@code LogShippingApplicationListener}); this class documents the keys.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.logging")
public class PalmLoggingProperties {

	/**
	 * Level of the logger named after the server (and worker); the same as
	 * logging.level.<name>, which wins when both are set.
	 */
	private @Nullable LogLevel level;

	/**
	 * Console pattern; defaults to pylm's 'time - server - LEVEL - message'.
	 * logging.pattern.console wins when both are set.
	 */
	private @Nullable String pattern;

	/**
	 * Address of a central log collector (e.g. tcp://logs:5570); when set, every log
	 * event of the application is shipped there.
	 */
	private @Nullable String endpoint;

	private final Shipping shipping = new Shipping();

	public @Nullable LogLevel getLevel() {
		return this.level;
	}

	public void setLevel(@Nullable LogLevel level) {
		this.level = level;
	}

	public @Nullable String getPattern() {
		return this.pattern;
	}

	public void setPattern(@Nullable String pattern) {
		this.pattern = pattern;
	}

	public @Nullable String getEndpoint() {
		return this.endpoint;
	}

	public void setEndpoint(@Nullable String endpoint) {
		this.endpoint = endpoint;
	}

	public Shipping getShipping() {
		return this.shipping;
	}

	/**
	 * Shipping of log events to the collector.
	 */
	public static class Shipping {

		/**
		 * Maximum number of events waiting to be shipped or acknowledged; more are
		 * dropped and counted.
		 */
		private int capacity = 10_000;

		/**
		 * Maximum number of events sent in one message.
		 */
		private int batchSize = 500;

		/**
		 * Time without an acknowledgement after which unacknowledged events are sent
		 * again.
		 */
		private Duration resendAfter = Duration.ofSeconds(2);

		/**
		 * Time between warnings about dropped events on the local console.
		 */
		private Duration warnInterval = Duration.ofSeconds(30);

		/**
		 * Time a stopping application waits for its last events to be acknowledged.
		 */
		private Duration flushTimeout = Duration.ofSeconds(2);

		/**
		 * Time an event waits for others to be shipped with it in one message.
		 */
		private Duration linger = Duration.ofMillis(100);

		public int getCapacity() {
			return this.capacity;
		}

		public void setCapacity(int capacity) {
			this.capacity = capacity;
		}

		public int getBatchSize() {
			return this.batchSize;
		}

		public void setBatchSize(int batchSize) {
			this.batchSize = batchSize;
		}

		public Duration getResendAfter() {
			return this.resendAfter;
		}

		public void setResendAfter(Duration resendAfter) {
			this.resendAfter = resendAfter;
		}

		public Duration getWarnInterval() {
			return this.warnInterval;
		}

		public void setWarnInterval(Duration warnInterval) {
			this.warnInterval = warnInterval;
		}

		public Duration getFlushTimeout() {
			return this.flushTimeout;
		}

		public void setFlushTimeout(Duration flushTimeout) {
			this.flushTimeout = flushTimeout;
		}

		public Duration getLinger() {
			return this.linger;
		}

		public void setLinger(Duration linger) {
			this.linger = linger;
		}

	}

}
