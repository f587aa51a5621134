package io.palmspring.server;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Logs once at INFO, under the server's own name, that the server (or master) is ready
 * with its real addresses and functions, and publishes {@link PalmServerStartedEvent}.
 * Runs in the last start phase, when every socket is bound.
 *
 * @since 0.1.0
 */
public final class ServerAnnouncer implements SmartLifecycle {

	/** After the cache service, the last of a server's sockets. */
	public static final int PHASE = Integer.MAX_VALUE / 2 + 200;

	private final String role;

	private final String name;

	private final Supplier<String> pullAddress;

	private final Supplier<String> pubAddress;

	private final Supplier<String> dbAddress;

	private final Supplier<Set<String>> functions;

	private final Supplier<Map<String, String>> extraAddresses;

	private final Log log;

	private final ApplicationEventPublisher publisher;

	private volatile boolean running;

	/**
	 * Create an announcer.
	 * @param role the role, such as {@code Server}
	 * @param name the server's name
	 * @param pullAddress the bound PULL address, read at start
	 * @param pubAddress the bound PUB address, read at start
	 * @param dbAddress the bound cache address, read at start
	 * @param functions the function names, read at start
	 * @param extraAddresses further bound addresses by cache key, read at start
	 * @param log the server's own logger
	 * @param publisher publishes the event
	 */
	public ServerAnnouncer(String role, String name, Supplier<String> pullAddress, Supplier<String> pubAddress,
			Supplier<String> dbAddress, Supplier<Set<String>> functions, Supplier<Map<String, String>> extraAddresses,
			Log log, ApplicationEventPublisher publisher) {
		this.role = role;
		this.name = name;
		this.pullAddress = pullAddress;
		this.pubAddress = pubAddress;
		this.dbAddress = dbAddress;
		this.functions = functions;
		this.extraAddresses = extraAddresses;
		this.log = log;
		this.publisher = publisher;
	}

	@Override
	public void start() {
		PalmServerStartedEvent event = new PalmServerStartedEvent(this, this.role, this.name, this.pullAddress.get(),
				this.pubAddress.get(), this.dbAddress.get(), this.functions.get(), this.extraAddresses.get());
		StringBuilder line = new StringBuilder(this.role).append(" '").append(this.name).append("' ready: pull '")
			.append(event.getPullAddress()).append("', pub '").append(event.getPubAddress()).append("', db '")
			.append(event.getDbAddress()).append('\'');
		event.getExtraAddresses().forEach((key, address) -> line.append(", ").append(key).append(" '")
			.append(address).append('\''));
		if (!event.getFunctions().isEmpty()) {
			line.append(", functions ").append(event.getFunctions());
		}
		this.log.info(line.toString());
		this.running = true;
		this.publisher.publishEvent(event);
	}

	@Override
	public void stop() {
		if (this.running) {
			this.running = false;
			this.log.info(this.role + " '" + this.name + "' stopping");
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
