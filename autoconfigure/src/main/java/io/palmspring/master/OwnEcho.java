package io.palmspring.master;

import java.util.function.Predicate;

import io.palmspring.protocol.PalmMessage;

/**
 * Tells a master's own {@code echo} from a job: the master answers
 * {@code name.echo} itself, so that a client's subscription probe neither waits for a
 * worker nor reaches the gather hook (which may count results).
 *
 * @since 0.1.0
 */
public final class OwnEcho implements Predicate<PalmMessage> {

	private final String function;

	/**
	 * Create the predicate.
	 * @param masterName the master's name
	 */
	public OwnEcho(String masterName) {
		this.function = masterName + ".echo";
	}

	@Override
	public boolean test(PalmMessage message) {
		return message.getStage() == 0 && this.function.equals(message.getFunction());
	}

}
