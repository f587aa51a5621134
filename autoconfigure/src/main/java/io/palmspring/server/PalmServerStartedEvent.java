package io.palmspring.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEvent;

/**
 * Published once a server's (or master's) sockets are bound and its cache holds its
 * configuration.
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

	private final String role;

	private final Map<String, String> extraAddresses;

	/**
	 * Create an event.
	 * @param source the component that started the server
	 * @param role the role, {@code Server} or {@code Master}
	 * @param name the server's name
	 * @param pullAddress the bound PULL address
	 * @param pubAddress the bound PUB address
	 * @param dbAddress the bound cache address
	 * @param functions the callable function names
	 * @param extraAddresses further bound addresses by cache key, such as a master's
	 * {@code worker_push_address}
	 */
	public PalmServerStartedEvent(Object source, String role, String name, String pullAddress, String pubAddress,
			String dbAddress, Set<String> functions, Map<String, String> extraAddresses) {
		super(source);
		this.role = role;
		this.extraAddresses = Collections.unmodifiableMap(new LinkedHashMap<>(extraAddresses));
		this.name = name;
		this.pullAddress = pullAddress;
		this.pubAddress = pubAddress;
		this.dbAddress = dbAddress;
		this.functions = Collections.unmodifiableSet(new TreeSet<>(functions));
	}

	/**
	 * Return the role.
	 * @return {@code Server} or {@code Master}
	 */
	public String getRole() {
		return this.role;
	}

	/**
	 * Return further bound addresses, by cache key.
	 * @return e.g. a master's {@code worker_push_address} and {@code worker_pull_address}
	 */
	public Map<String, String> getExtraAddresses() {
		return this.extraAddresses;
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
