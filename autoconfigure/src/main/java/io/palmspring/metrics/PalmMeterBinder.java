package io.palmspring.metrics;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.palmspring.cache.CacheService;
import io.palmspring.logging.LogShipper;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.jspecify.annotations.Nullable;

/**
 * Binds the counters Palm Spring's components keep to meters: messages in and out per
 * socket, messages in flight, cache operations, a master's jobs, results and workers,
 * log shipping and collecting. Reading the counters costs the components nothing.
 *
 * @since 0.1.0
 */
public final class PalmMeterBinder implements MeterBinder {

	private final String server;

	private final List<ZmqInboundAdapter> inbound;

	private final List<ZmqOutboundHandler> outbound;

	private final List<CacheService> caches;

	private final @Nullable LogShipper shipper;

	private final @Nullable LogCollector collector;

	/**
	 * Create a binder.
	 * @param server the role's name, the {@code server} tag
	 * @param inbound the receiving sockets
	 * @param outbound the sending sockets
	 * @param caches the cache services
	 * @param shipper the log shipper, if shipping
	 * @param collector the log collector, if collecting
	 */
	public PalmMeterBinder(String server, List<ZmqInboundAdapter> inbound, List<ZmqOutboundHandler> outbound,
			List<CacheService> caches, @Nullable LogShipper shipper, @Nullable LogCollector collector) {
		this.server = server;
		this.inbound = List.copyOf(inbound);
		this.outbound = List.copyOf(outbound);
		this.caches = List.copyOf(caches);
		this.shipper = shipper;
		this.collector = collector;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ZmqInboundAdapter adapter : this.inbound) {
			String socket = adapter.getEndpoint().property();
			if (socket.equals("palm.master.worker-pull-address")) {
				counter(registry, PalmMeters.MASTER_RESULTS, "Results a master received from its workers", adapter,
						ZmqInboundAdapter::getReceived);
				Gauge.builder(PalmMeters.MASTER_WORKERS, adapter,
						(results) -> (results.getConnectionMonitor() != null)
								? results.getConnectionMonitor().getConnected() : 0)
					.description("Workers connected to the master")
					.tag("server", this.server)
					.register(registry);
				continue;
			}
			FunctionCounter.builder(PalmMeters.MESSAGES_RECEIVED, adapter, ZmqInboundAdapter::getReceived)
				.description("Messages received")
				.tag("server", this.server)
				.tag("socket", socket)
				.register(registry);
			Gauge.builder(PalmMeters.MESSAGES_IN_FLIGHT, adapter, ZmqInboundAdapter::getInFlight)
				.description("Messages being handled")
				.tag("server", this.server)
				.tag("socket", socket)
				.register(registry);
		}
		for (ZmqOutboundHandler handler : this.outbound) {
			String socket = handler.getEndpoint().property();
			if (socket.equals("palm.master.worker-push-address")) {
				counter(registry, PalmMeters.MASTER_JOBS, "Jobs a master sent to its workers", handler,
						ZmqOutboundHandler::getSent);
				continue;
			}
			FunctionCounter.builder(PalmMeters.MESSAGES_SENT, handler, ZmqOutboundHandler::getSent)
				.description("Messages sent")
				.tag("server", this.server)
				.tag("socket", socket)
				.register(registry);
		}
		for (CacheService cache : this.caches) {
			for (String operation : List.of("set", "get", "delete", "invalid")) {
				FunctionCounter
					.builder(PalmMeters.CACHE_OPERATIONS, cache,
							(service) -> service.getHandler().getOperations().getOrDefault(operation, 0L))
					.description("Cache requests answered")
					.tag("server", this.server)
					.tag("operation", operation)
					.register(registry);
			}
		}
		if (this.shipper != null) {
			FunctionCounter.builder(PalmMeters.LOG_EVENTS, this.shipper, LogShipper::getAcknowledged)
				.description("Log events shipped and acknowledged by the collector")
				.tag("server", this.server)
				.tag("outcome", "shipped")
				.register(registry);
			FunctionCounter.builder(PalmMeters.LOG_EVENTS, this.shipper, LogShipper::getDropped)
				.description("Log events dropped because too many were waiting")
				.tag("server", this.server)
				.tag("outcome", "dropped")
				.register(registry);
			Gauge.builder(PalmMeters.LOG_EVENTS_WAITING, this.shipper, LogShipper::waiting)
				.description("Log events waiting to be shipped or acknowledged")
				.tag("server", this.server)
				.register(registry);
		}
		if (this.collector != null) {
			FunctionCounter.builder(PalmMeters.COLLECTOR_EVENTS, this.collector, LogCollector::getReceived)
				.description("Log events collected")
				.tag("outcome", "collected")
				.register(registry);
			FunctionCounter.builder(PalmMeters.COLLECTOR_EVENTS, this.collector, LogCollector::getDuplicates)
				.description("Log events received again and not collected twice")
				.tag("outcome", "duplicate")
				.register(registry);
		}
	}

	private <T> void counter(MeterRegistry registry, String name, String description, T source,
			java.util.function.ToDoubleFunction<T> count) {
		FunctionCounter.builder(name, source, count)
			.description(description)
			.tag("server", this.server)
			.register(registry);
	}

}
