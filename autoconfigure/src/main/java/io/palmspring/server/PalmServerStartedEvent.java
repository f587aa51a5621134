package io.palmspring.server;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEvent;

/**
 * Published once a server's sockets are bound and its cache holds its configuration.
 * Carries the real addresses, so a server bound at port 0 can be called.
 *
 * @since 0.1.0
 */
public final class PalmServerStartedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final String name;

	private final String pullAddress;

	private final String pubAddress;

	private final String dbAddress;

	private final Set<String> functions;

	/**
	 * Create an event.
	 * @param source the component that started the server
	 * @param name the server's name
	 * @param pullAddress the bound PULL address
	 * @param pubAddress the bound PUB address
	 * @param dbAddress the bound cache address
	 * @param functions the callable function names
	 */
	public PalmServerStartedEvent(Object source, String name, String pullAddress, String pubAddress,
			String dbAddress, Set<String> functions) {
		super(source);
		this.name = name;
		this.pullAddress = pullAddress;
		this.pubAddress = pubAddress;
		this.dbAddress = dbAddress;
		this.functions = Collections.unmodifiableSet(new TreeSet<>(functions));
	}

	/**
	 * Return the server's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Return the bound PULL address.
	 * @return the address with its real port
	 */
	public String getPullAddress() {
		return this.pullAddress;
	}

	/**
	 * Return the bound PUB address.
	 * @return the address with its real port
	 */
	public String getPubAddress() {
		return this.pubAddress;
	}

	/**
	 * Return the bound cache address.
	 * @return the address with its real port
	 */
	public String getDbAddress() {
		return this.dbAddress;
	}

	/**
	 * Return the callable function names.
	 * @return the names, built-ins included
	 */
	public Set<String> getFunctions() {
		return this.functions;
	}

}
