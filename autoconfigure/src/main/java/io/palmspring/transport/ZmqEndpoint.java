package io.palmspring.transport;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A ZeroMQ endpoint ({@code tcp://host:port}, {@code ipc://path} or
 * {@code inproc://name}) together with the property it came from, so that every
 * error about it names that property.
 *
 * @param property the configuration property (or other origin) of the address
 * @param address the endpoint as configured
 * @since 0.1.0
 */
public record ZmqEndpoint(String property, String address) {

	private static final Set<String> WILDCARD_HOSTS = Set.of("*", "0.0.0.0", "::", "[::]");

	private static final String EXPECTED = "tcp://host:port, ipc://path or inproc://name";

	/**
	 * Validate an address and remember where it came from.
	 * @param property the configuration property of the address
	 * @param address the configured value
	 * @return the endpoint
	 * @throws EndpointException when the value is not a ZeroMQ endpoint
	 */
	public static ZmqEndpoint of(String property, String address) {
		if (address == null || address.isBlank()) {
			throw new EndpointException(property, String.valueOf(address),
					"is not set; expected " + EXPECTED);
		}
		String problem = problemWith(address);
		if (problem != null) {
			throw new EndpointException(property, address,
					"is not a ZeroMQ endpoint (" + problem + "); expected " + EXPECTED);
		}
		return new ZmqEndpoint(property, address);
	}

	private static @Nullable String problemWith(String address) {
		int separator = address.indexOf("://");
		if (separator <= 0) {
			return "no transport";
		}
		String transport = address.substring(0, separator).toLowerCase(Locale.ROOT);
		String rest = address.substring(separator + 3);
		if (!rest.equals(rest.strip()) || rest.isEmpty()) {
			return "nothing after '" + transport + "://'";
		}
		return switch (transport) {
			case "tcp" -> tcpProblem(rest);
			case "ipc", "inproc" -> null;
			default -> "unsupported transport '" + transport + "'";
		};
	}

	private static @Nullable String tcpProblem(String hostAndPort) {
		int colon = hostAndPort.lastIndexOf(':');
		if (colon <= 0 || colon == hostAndPort.length() - 1) {
			return "no host or port";
		}
		String port = hostAndPort.substring(colon + 1);
		if (port.equals("*")) {
			return null;
		}
		try {
			int number = Integer.parseInt(port);
			return (number < 0 || number > 65535) ? "port " + port + " out of range" : null;
		}
		catch (NumberFormatException ex) {
			return "port '" + port + "' is not a number";
		}
	}

	/**
	 * Return the transport, such as {@code tcp}.
	 * @return the transport in lower case
	 */
	public String transport() {
		return this.address.substring(0, this.address.indexOf("://")).toLowerCase(Locale.ROOT);
	}

	/**
	 * Return an address that a peer can connect to: a TCP address bound on all
	 * interfaces ({@code *}, {@code 0.0.0.0}) gets the given host instead.
	 * @param address an address, such as one read from a server's cache
	 * @param host the host the peer reached the server at
	 * @return the connectable address
	 */
	public static String connectable(String address, String host) {
		if (!address.startsWith("tcp://")) {
			return address;
		}
		String hostAndPort = address.substring("tcp://".length());
		int colon = hostAndPort.lastIndexOf(':');
		if (colon <= 0 || !WILDCARD_HOSTS.contains(hostAndPort.substring(0, colon))) {
			return address;
		}
		return "tcp://" + host + hostAndPort.substring(colon);
	}

	/**
	 * Return an address that a peer can connect to, for one read from a server the peer
	 * reached at another address (its cache): a TCP address bound on all interfaces gets
	 * the host the server was reached at.
	 * @param address an address read from the server
	 * @param reachedAt the address the peer reached the server at
	 * @return the connectable address
	 */
	public static String connectableVia(String address, String reachedAt) {
		String host = tcpHost(reachedAt);
		return (host != null) ? connectable(address, host) : address;
	}

	/**
	 * Return the host of a TCP address.
	 * @param address the address
	 * @return the host, or {@code null} when the address is not TCP
	 */
	public static @Nullable String tcpHost(String address) {
		if (!address.startsWith("tcp://")) {
			return null;
		}
		String hostAndPort = address.substring("tcp://".length());
		int colon = hostAndPort.lastIndexOf(':');
		return (colon > 0) ? hostAndPort.substring(0, colon) : null;
	}

	@Override
	public String toString() {
		return this.property + " '" + this.address + "'";
	}

}
