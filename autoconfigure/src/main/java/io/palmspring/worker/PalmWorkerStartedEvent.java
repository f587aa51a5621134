package io.palmspring.worker;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEvent;

/**
 * Published once a worker is connected to its master and taking jobs.
 *
 * @since 0.1.0
 */
public final class PalmWorkerStartedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final String name;

	private final MasterAddresses master;

	private final Set<String> functions;

	/**
	 * Create an event.
	 * @param source the component that started the worker
	 * @param name the worker's name
	 * @param master where it takes jobs from and sends results to
	 * @param functions the function names it runs
	 */
	public PalmWorkerStartedEvent(Object source, String name, MasterAddresses master, Set<String> functions) {
		super(source);
		this.name = name;
		this.master = master;
		this.functions = Collections.unmodifiableSet(new TreeSet<>(functions));
	}

	/**
	 * Return the worker's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the master's worker addresses.
	 * @return the addresses
	 */
	public MasterAddresses getMaster() {
		return this.master;
	}

	/**
	 * Return the function names the worker runs.
	 * @return the names, built-ins included
	 */
	public Set<String> getFunctions() {
		return this.functions;
	}

}
