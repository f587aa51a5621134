package io.palmspring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.palmspring.actuate.PalmHealthIndicator;
import io.palmspring.actuate.PalmInfoContributor;
import io.palmspring.cache.CacheClient;
import io.palmspring.cache.CacheService;
import io.palmspring.function.UserFunctionRegistry;
import io.palmspring.logging.LogShipper;
import io.palmspring.logging.ServerIdentity;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Actuator support for every PALM role: a health indicator ({@code palm}) that is UP
 * while the role's sockets are open (for a worker, while its master's cache answers;
 * log shipping as a detail only), and an info contributor with the role, name,
 * addresses and functions. Each backs off to a bean of the same name.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { PalmServerAutoConfiguration.class, PalmMasterAutoConfiguration.class,
		PalmWorkerAutoConfiguration.class, PalmLogCollectorAutoConfiguration.class })
@ConditionalOnClass(ZContext.class)
public final class PalmActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@ConditionalOnEnabledHealthIndicator("palm")
	static class Health {

		@Bean
		@ConditionalOnMissingBean(name = "palmHealthIndicator")
		PalmHealthIndicator palmHealthIndicator(Environment environment, ZContext context,
				ObjectProvider<ZmqInboundAdapter> inbound, ObjectProvider<ZmqOutboundHandler> outbound,
				ObjectProvider<CacheService> caches, ObjectProvider<LogCollector> collector,
				ObjectProvider<LogShipper> shipper) {
			ServerIdentity identity = ServerIdentity.of(environment);
			List<Lifecycle> services = new ArrayList<>(caches.orderedStream().toList());
			collector.ifAvailable(services::add);
			CacheClient master = null;
			String db = environment.getProperty("palm.worker.db-address");
			if ("Worker".equals(identity.role()) && StringUtils.hasText(db)) {
				// a client of its own: health checks must not queue behind user code's cache calls
				master = new CacheClient(context, ZmqEndpoint.of("palm.worker.db-address", db), CacheKeys.ANY_SERVER,
						Duration.ofSeconds(1));
			}
			return new PalmHealthIndicator(identity.role(), identity.server(), inbound.orderedStream().toList(),
					outbound.orderedStream().toList(), services, master, shipper.getIfAvailable());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(InfoContributor.class)
	static class Info {

		@Bean
		@ConditionalOnMissingBean(name = "palmInfoContributor")
		PalmInfoContributor palmInfoContributor(Environment environment, ObjectProvider<ZmqInboundAdapter> inbound,
				ObjectProvider<ZmqOutboundHandler> outbound, ObjectProvider<CacheService> caches,
				ObjectProvider<LogCollector> collector, ObjectProvider<UserFunctionRegistry> registry) {
			ServerIdentity identity = ServerIdentity.of(environment);
			return new PalmInfoContributor(identity.role(), identity.server(), () -> {
				Map<String, String> addresses = new LinkedHashMap<>();
				inbound.orderedStream()
					.forEach((adapter) -> addresses.put(adapter.getEndpoint().property(),
							String.valueOf(adapter.getBoundAddress())));
				outbound.orderedStream()
					.forEach((handler) -> addresses.put(handler.getEndpoint().property(),
							String.valueOf(handler.getBoundAddress())));
				caches.orderedStream()
					.forEach((cache) -> addresses.put("palm.server.db-address",
							String.valueOf(cache.getBoundAddress())));
				collector.ifAvailable((logs) -> addresses.put("palm.log-collector.address",
						String.valueOf(logs.getBoundAddress())));
				return addresses;
			}, () -> {
				UserFunctionRegistry functions = registry.getIfAvailable();
				boolean runsFunctions = "Server".equals(identity.role()) || "Worker".equals(identity.role());
				return (functions != null && runsFunctions) ? functions.names() : Set.of();
			});
		}

	}

}
