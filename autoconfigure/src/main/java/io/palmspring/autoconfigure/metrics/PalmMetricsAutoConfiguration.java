package io.palmspring.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.palmspring.autoconfigure.PalmLogCollectorAutoConfiguration;
import io.palmspring.autoconfigure.PalmMasterAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.autoconfigure.PalmWorkerAutoConfiguration;
import io.palmspring.cache.CacheService;
import io.palmspring.function.FunctionCallListener;
import io.palmspring.logging.LogShipper;
import io.palmspring.logging.ServerIdentity;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.metrics.FunctionCallMetrics;
import io.palmspring.metrics.PalmMeterBinder;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers Palm Spring's meters when the application has a {@link MeterRegistry}:
 * a timer of function calls, and counters and gauges of sockets, the cache, a master's
 * workers, log shipping and log collecting (see {@code PalmMeters}). Turn them off with
 * {@code management.metrics.enable.palm=false}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		after = { PalmServerAutoConfiguration.class, PalmMasterAutoConfiguration.class,
				PalmWorkerAutoConfiguration.class, PalmLogCollectorAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class PalmMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FunctionCallListener palmFunctionCallMetrics(MeterRegistry registry, Environment environment) {
		return new FunctionCallMetrics(registry, ServerIdentity.of(environment).server());
	}

	@Bean
	PalmMeterBinder palmMeterBinder(Environment environment, ObjectProvider<ZmqInboundAdapter> inbound,
			ObjectProvider<ZmqOutboundHandler> outbound, ObjectProvider<CacheService> caches,
			ObjectProvider<LogShipper> shipper, ObjectProvider<LogCollector> collector) {
		return new PalmMeterBinder(ServerIdentity.of(environment).server(), inbound.orderedStream().toList(),
				outbound.orderedStream().toList(), caches.orderedStream().toList(), shipper.getIfAvailable(),
				collector.getIfAvailable());
	}

}
