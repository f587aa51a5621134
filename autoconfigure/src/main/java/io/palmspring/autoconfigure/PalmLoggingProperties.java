package io.palmspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.logging.LogLevel;

/**
 * Logging of a PALM server. Applied before the application context starts, by
 * {@code PalmLoggingEnvironmentPostProcessor}; this class documents the keys.
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

}
