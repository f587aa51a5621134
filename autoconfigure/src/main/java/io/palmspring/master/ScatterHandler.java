package io.palmspring.master;

import java.util.UUID;

import io.palmspring.protocol.PalmMessage;
import org.apache.commons.logging.Log;

/**
 * The inbound side of a master: gives each message without a {@code cache} field a
 * fresh id there (the message id of PROTOCOL.md), then scatters it into jobs.
 *
 * @since 0.1.0
 */
public final class ScatterHandler extends HookHandler {

	/**
	 * Create a handler.
	 * @param scatter the scatter hook
	 * @param log the master's own logger
	 */
	public ScatterHandler(ScatterHook scatter, Log log) {
		super("scatter", scatter::scatter, log);
	}

	@Override
	public String getComponentType() {
		return "palm:scatter";
	}

	@Override
	PalmMessage prepare(PalmMessage message) {
		return message.getCache().isEmpty() ? message.toBuilder().setCache(UUID.randomUUID().toString()).build()
				: message;
	}

}
