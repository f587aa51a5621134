package io.palmspring.master;

import org.apache.commons.logging.Log;

/**
 * The result side of a master: gathers each worker result into replies. Publishes
 * what the hook returns (pylm publishes the message it received instead).
 *
 * @since 0.1.0
 */
public final class GatherHandler extends HookHandler {

	/**
	 * Create a handler.
	 * @param gather the gather hook
	 * @param log the master's own logger
	 */
	public GatherHandler(GatherHook gather, Log log) {
		super("gather", gather::gather, log);
	}

	@Override
	public String getComponentType() {
		return "palm:gather";
	}

}
