package io.palmspring.worker;

import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Logs once at INFO, under the worker's own name, that the worker takes jobs, and
 * publishes {@link PalmWorkerStartedEvent}. Runs after its sockets are connected.
 *
 * @since 0.1.0
 */
public final class WorkerAnnouncer implements SmartLifecycle {

	/** After the worker's receiving sockets. */
	public static final int PHASE = Integer.MAX_VALUE / 2 + 200;

	private final String name;

	private final MasterAddresses master;

	private final int concurrency;

	private final Supplier<Set<String>> functions;

	private final Log log;

	private final ApplicationEventPublisher publisher;

	private volatile boolean running;

	/**
	 * Create an announcer.
	 * @param name the worker's name
	 * @param master the master's worker addresses
	 * @param concurrency how many functions run at once
	 * @param functions the function names, read at start
	 * @param log the worker's own logger
	 * @param publisher publishes the event
	 */
	public WorkerAnnouncer(String name, MasterAddresses master, int concurrency, Supplier<Set<String>> functions,
			Log log, ApplicationEventPublisher publisher) {
		this.name = name;
		this.master = master;
		this.concurrency = concurrency;
		this.functions = functions;
		this.log = log;
		this.publisher = publisher;
	}

	@Override
	public void start() {
		PalmWorkerStartedEvent event = new PalmWorkerStartedEvent(this, this.name, this.master, this.functions.get());
		this.log.info("Worker '" + this.name + "' ready: jobs from '" + this.master.jobs() + "', results to '"
				+ this.master.results() + "', " + this.concurrency + " at once, functions " + event.getFunctions());
		this.running = true;
		this.publisher.publishEvent(event);
	}

	@Override
	public void stop() {
		if (this.running) {
			this.running = false;
			this.log.info("Worker '" + this.name + "' stopping");
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
