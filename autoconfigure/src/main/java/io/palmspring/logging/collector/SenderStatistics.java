package io.palmspring.logging.collector;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.palmspring.logging.wire.LogEvent;
import org.apache.commons.logging.Log;

/**
 * Counts events per server and level, and remembers every sender the collector has
 * heard from and when last.
 *
 * @since 0.1.0
 */
public final class SenderStatistics implements LogEventSink {

	private final Map<String, ServerCounts> servers = new ConcurrentHashMap<>();

	private final AtomicLong total = new AtomicLong();

	private final Log log;

	/**
	 * Create the statistics.
	 * @param log where to note a server heard from for the first time
	 */
	public SenderStatistics(Log log) {
		this.log = log;
	}

	@Override
	public void accept(CollectedEvent collected) {
		LogEvent event = collected.event();
		ServerCounts counts = this.servers.computeIfAbsent(event.getServer(), (name) -> {
			this.log.info("Heard from '" + name + "' (" + event.getRole() + " on " + event.getHost() + ", pid "
					+ event.getPid() + ") for the first time");
			return new ServerCounts(name);
		});
		counts.count(collected);
		this.total.incrementAndGet();
	}

	/**
	 * Return the servers heard from, by name.
	 * @return a snapshot of each server's counts
	 */
	public List<ServerSummary> servers() {
		List<ServerSummary> summaries = new ArrayList<>();
		this.servers.values().forEach((counts) -> summaries.add(counts.summary()));
		summaries.sort(Comparator.comparing(ServerSummary::server));
		return summaries;
	}

	/**
	 * Return how many events were collected.
	 * @return the count since start
	 */
	public long total() {
		return this.total.get();
	}

	/**
	 * One server as the collector knows it.
	 *
	 * @param server the server's name
	 * @param role its role
	 * @param host its host
	 * @param pid its process id
	 * @param firstSeen when its first event arrived
	 * @param lastSeen when its last event arrived
	 * @param events how many events in all
	 * @param levels how many events per level
	 */
	public record ServerSummary(String server, String role, String host, long pid, Instant firstSeen,
			Instant lastSeen, long events, Map<String, Long> levels) {
	}

	private static final class ServerCounts {

		private final String server;

		private final AtomicLongArray levels = new AtomicLongArray(Levels.ALL.size());

		private final AtomicLong events = new AtomicLong();

		private final Instant firstSeen = Instant.now();

		private volatile Instant lastSeen = this.firstSeen;

		private volatile LogEvent last = LogEvent.getDefaultInstance();

		ServerCounts(String server) {
			this.server = server;
		}

		void count(CollectedEvent collected) {
			this.levels.incrementAndGet(collected.levelRank());
			this.events.incrementAndGet();
			this.lastSeen = Instant.now();
			this.last = collected.event();
		}

		ServerSummary summary() {
			Map<String, Long> byLevel = new LinkedHashMap<>();
			for (int i = 0; i < Levels.ALL.size(); i++) {
				byLevel.put(Levels.ALL.get(i), this.levels.get(i));
			}
			LogEvent latest = this.last;
			return new ServerSummary(this.server, latest.getRole(), latest.getHost(), latest.getPid(), this.firstSeen,
					this.lastSeen, this.events.get(), byLevel);
		}

	}

}
