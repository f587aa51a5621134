package io.palmspring.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.palmspring.cache.CacheClient;
import io.palmspring.logging.LogShipper;
import io.palmspring.transport.PalmTimeoutException;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.Lifecycle;

/**
 * The health of a PALM role: UP when every socket of the role is open (and, for a
 * worker, its master's cache answers); DOWN otherwise, naming what is not. Log shipping
 * is reported as a detail only: an unreachable collector never makes a server DOWN.
 *
 * @since 0.1.0
 */
public final class PalmHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

	private final String role;

	private final String name;

	private final List<ZmqInboundAdapter> inbound;

	private final List<ZmqOutboundHandler> outbound;

	private final List<Lifecycle> services;

	private final @Nullable CacheClient master;

	private final @Nullable LogShipper shipper;

	/**
	 * Create the indicator.
	 * @param role the role
	 * @param name the role's name
	 * @param inbound the receiving sockets
	 * @param outbound the sending sockets
	 * @param services other socket owners (the cache, the collector)
	 * @param master a client of the master's cache, for a worker
	 * @param shipper the log shipper, if shipping
	 */
	public PalmHealthIndicator(String role, String name, List<ZmqInboundAdapter> inbound,
			List<ZmqOutboundHandler> outbound, List<Lifecycle> services, @Nullable CacheClient master,
			@Nullable LogShipper shipper) {
		super("PALM health check failed");
		this.role = role;
		this.name = name;
		this.inbound = List.copyOf(inbound);
		this.outbound = List.copyOf(outbound);
		this.services = List.copyOf(services);
		this.master = master;
		this.shipper = shipper;
	}

	@Override
	public void destroy() {
		if (this.master != null) {
			this.master.close();
		}
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("role", this.role).withDetail("name", this.name);
		Map<String, String> sockets = new LinkedHashMap<>();
		boolean up = true;
		for (ZmqInboundAdapter adapter : this.inbound) {
			up &= adapter.isReceiving();
			sockets.put(adapter.getEndpoint().property(),
					adapter.isReceiving() ? String.valueOf(adapter.getBoundAddress()) : "closed");
		}
		for (ZmqOutboundHandler handler : this.outbound) {
			up &= handler.isRunning();
			sockets.put(handler.getEndpoint().property(),
					handler.isRunning() ? String.valueOf(handler.getBoundAddress()) : "closed");
		}
		for (Lifecycle service : this.services) {
			up &= service.isRunning();
		}
		builder.withDetail("sockets", sockets);
		if (this.master != null) {
			String address = this.master.getEndpoint().address();
			try {
				this.master.getString("name");
				builder.withDetail("master", Map.of("db", address, "reachable", true));
			}
			catch (PalmTimeoutException ex) {
				up = false;
				builder.withDetail("master", Map.of("db", address, "reachable", false, "error", ex.getMessage()));
			}
		}
		if (this.shipper != null) {
			Map<String, Object> shipping = new LinkedHashMap<>();
			shipping.put("endpoint", this.shipper.getEndpoint().address());
			long last = this.shipper.getLastAcknowledgedMillis();
			shipping.put("lastAcknowledged", (last > 0) ? Instant.ofEpochMilli(last).toString() : "never");
			shipping.put("reachable", this.shipper.waiting() == 0 || System.currentTimeMillis() - last < 10_000);
			shipping.put("waiting", this.shipper.waiting());
			shipping.put("dropped", this.shipper.getDropped());
			builder.withDetail("logShipping", shipping);
		}
		if (up) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
