package io.palmspring.client;

import io.palmspring.protocol.PalmMessage;
import org.jspecify.annotations.Nullable;

/**
 * One reply of a job, successful or not.
 *
 * @param message the reply as received
 * @since 0.1.0
 */
public record Reply(PalmMessage message) {

	/**
	 * Return the reply payload.
	 * @return the payload ({@code 0} for a failed function)
	 */
	public byte[] payload() {
		return this.message.getPayload().toByteArray();
	}

	/**
	 * Return whether the remote function failed.
	 * @return whether the {@code error} field is set
	 */
	public boolean isError() {
		return !this.message.getError().isEmpty();
	}

	/**
	 * Return the remote error.
	 * @return {@code ExceptionClass: message}, or {@code null} on success
	 */
	public @Nullable String error() {
		return isError() ? this.message.getError() : null;
	}

}
