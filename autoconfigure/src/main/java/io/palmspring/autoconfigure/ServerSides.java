package io.palmspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.palmspring.cache.CacheRequestHandler;
import io.palmspring.cache.CacheService;
import io.palmspring.cache.CacheStore;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.server.ServerAnnouncer;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.zeromq.ZContext;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.StringUtils;

/**
 * Helpers for the client-facing side that a Server and a Master share, built from
 * {@code palm.server.*}: the name check, the cache service and the ready line. The
 * shared beans are in {@link ServerSideConfiguration}; each role's auto-configuration
 * declares its cache and announcer beans with its own extras and builds them here.
 */
final class ServerSides {

	static final String PREFIX = "palm.server.";

	/** The channel between the requests socket and the flow. */
	static final String REQUESTS_CHANNEL = "palmServerRequests";

	private ServerSides() {
	}

	static String requireName(PalmServerProperties properties) {
		String name = properties.getName();
		if (!StringUtils.hasText(name)) {
			throw new PalmPropertyException(PREFIX + "name",
					"is not set; name the server (clients call its functions as 'name.function'), or set"
							+ " spring.application.name");
		}
		if (!name.matches("[^\\s.]+")) {
			throw new PalmPropertyException(PREFIX + "name",
					"'" + name + "' is not a server name; it must not contain dots or spaces");
		}
		return name;
	}

	/**
	 * The cache service, preset with the server's name and real addresses plus the
	 * role's own keys.
	 */
	static CacheService cache(ZContext context, PalmServerProperties properties, CacheStore store, Log log,
			ZmqInboundAdapter inbound, ZmqOutboundHandler publisher, Supplier<Map<String, String>> extraPresets) {
		String name = requireName(properties);
		ZmqEndpoint endpoint = ZmqEndpoint.of(PREFIX + "db-address", properties.getDbAddress());
		return new CacheService(context, endpoint, store, new CacheRequestHandler(store, log), (dbAddress) -> {
			Map<String, String> presets = new LinkedHashMap<>();
			presets.put(CacheKeys.NAME, name);
			presets.put(CacheKeys.PULL_ADDRESS, String.valueOf(inbound.getBoundAddress()));
			presets.put(CacheKeys.PUB_ADDRESS, String.valueOf(publisher.getBoundAddress()));
			presets.put(CacheKeys.DB_ADDRESS, dbAddress);
			presets.putAll(extraPresets.get());
			return presets;
		}, "palm-cache-" + name);
	}

	static ServerAnnouncer announcer(String role, PalmServerProperties properties, ZmqInboundAdapter inbound,
			ZmqOutboundHandler publisher, CacheService cache, Supplier<Set<String>> functions,
			Supplier<Map<String, String>> extraAddresses, Log log, ApplicationEventPublisher events) {
		return new ServerAnnouncer(role, requireName(properties), () -> String.valueOf(inbound.getBoundAddress()),
				() -> String.valueOf(publisher.getBoundAddress()), () -> String.valueOf(cache.getBoundAddress()),
				functions, extraAddresses, log, events);
	}

}
