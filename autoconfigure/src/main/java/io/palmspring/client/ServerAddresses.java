package io.palmspring.client;

import io.palmspring.cache.CacheClient;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.transport.ZmqEndpoint;

/**
 * A server's addresses as read from its cache. A server bound on all interfaces
 * ({@code tcp://*:5556}) is reached at the host of its cache address instead.
 *
 * @param pullAddress where to push requests
 * @param pubAddress where to subscribe to replies
 */
record ServerAddresses(String pullAddress, String pubAddress) {

	static ServerAddresses discover(CacheClient cache, String serverName) {
		String dbAddress = cache.getEndpoint().address();
		String name = cache.getString(CacheKeys.NAME);
		if (!serverName.equals(name)) {
			throw new IllegalStateException("Server at db address '" + dbAddress + "' is named '" + name
					+ "', not '" + serverName + "'");
		}
		String pull = cache.getString(CacheKeys.PULL_ADDRESS);
		String pub = cache.getString(CacheKeys.PUB_ADDRESS);
		if (pull.isEmpty() || pub.isEmpty()) {
			throw new IllegalStateException("Server '" + serverName + "' at db address '" + dbAddress
					+ "' has no pull_address or pub_address in its cache");
		}
		return new ServerAddresses(ZmqEndpoint.connectableVia(pull, dbAddress),
				ZmqEndpoint.connectableVia(pub, dbAddress));
	}

}
