package io.palmspring.logging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.palmspring.logging.collector.CollectedEvent;
import io.palmspring.logging.collector.EventFileWriter;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.logging.collector.LogEventSink;
import io.palmspring.logging.collector.RecentEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.palmspring.logging.wire.LogEvent;
import io.palmspring.metrics.PalmMeterBinder;
import io.palmspring.metrics.PalmMeters;
import io.palmspring.transport.ZmqEndpoint;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.ZContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shipper and a collector over real loopback sockets: delivery exactly once, a
 * collector that starts late or restarts, and counted drops.
 */
class LogShippingTests {

	private final ZContext context = new ZContext(1);

	private final List<AutoCloseable> closing = new ArrayList<>();

	@TempDir
	Path files;

	@AfterEach
	void close() throws Exception {
		for (int i = this.closing.size() - 1; i >= 0; i--) {
			this.closing.get(i).close();
		}
		this.context.close();
	}

	@Test
	void everyEventArrivesOnceAndInOrder() {
		Collector collector = collector("tcp://127.0.0.1:0", Map.of());
		LogShipper shipper = shipper(collector.address(), 10_000);
		for (int i = 1; i <= 5000; i++) {
			assertThat(shipper.offer(event("event " + i))).isTrue();
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> shipper.getAcknowledged() == 5000);
		assertThat(collector.events()).hasSize(5000);
		assertThat(collector.events().get(0).event().getMessage()).isEqualTo("event 1");
		assertThat(collector.events().get(4999).event().getSequence()).isEqualTo(5000);
		assertThat(shipper.getDropped()).isZero();
		assertThat(shipper.waiting()).isZero();
	}

	@Test
	void eventsWaitForACollectorThatStartsLateAndTheRestAreCountedAsDropped() throws Exception {
		String address = "tcp://127.0.0.1:" + freePort();
		LogShipper shipper = shipper(address, 100);
		for (int i = 1; i <= 150; i++) {
			shipper.offer(event("early " + i));
		}
		assertThat(shipper.getDropped()).isEqualTo(50);
		assertThat(shipper.waiting()).isEqualTo(100);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new PalmMeterBinder("test", List.of(), List.of(), List.of(), shipper, null).bindTo(registry);
		assertThat(registry.get(PalmMeters.LOG_EVENTS).tag("outcome", "dropped").functionCounter().count())
			.isEqualTo(50);
		assertThat(registry.get(PalmMeters.LOG_EVENTS_WAITING).gauge().value()).isEqualTo(100);
		Collector collector = collector(address, Map.of());
		await().atMost(Duration.ofSeconds(20)).until(() -> shipper.getAcknowledged() == 100);
		assertThat(registry.get(PalmMeters.LOG_EVENTS).tag("outcome", "shipped").functionCounter().count())
			.isEqualTo(100);
		shipper.offer(event("after"));
		await().atMost(Duration.ofSeconds(10)).until(() -> collector.events().size() == 101);
		assertThat(collector.events()).extracting((e) -> e.event().getMessage()).startsWith("early 1").endsWith("after");
		assertThat(collector.collector().getDuplicates()).isGreaterThanOrEqualTo(0);
	}

	@Test
	void aRestartedCollectorRecognizesEventsItAlreadyWroteAndNothingIsLostSilently() throws Exception {
		String address = "tcp://127.0.0.1:" + freePort();
		Path file = this.files.resolve("events.jsonl");
		EventFileWriter firstFile = new EventFileWriter(file, "10MB", 7, "1GB");
		Collector first = collector(address, Map.of(), firstFile);
		LogShipper shipper = shipper(address, 100_000);
		for (int i = 1; i <= 2000; i++) {
			shipper.offer(event("first " + i));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> shipper.getAcknowledged() == 2000);
		first.collector().stop();
		firstFile.close();
		for (int i = 1; i <= 3000; i++) {
			shipper.offer(event("during outage " + i));
		}
		EventFileWriter secondFile = new EventFileWriter(file, "10MB", 7, "1GB");
		this.closing.add(secondFile);
		Map<String, Long> recovered = secondFile.lastSequences();
		assertThat(recovered).containsEntry(shipper.getSender(), 2000L);
		Collector second = collector(address, recovered, secondFile);
		await().atMost(Duration.ofSeconds(30)).until(() -> shipper.getAcknowledged() == 5000);
		assertThat(first.events().size() + second.events().size() + shipper.getDropped()).isEqualTo(5000);
		assertThat(second.events()).extracting((e) -> e.event().getMessage()).startsWith("during outage 1");
	}

	private LogShipper shipper(String address, int capacity) {
		LogShipper shipper = new LogShipper(ZmqEndpoint.of("palm.logging.endpoint", address), capacity, 500,
				Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(5));
		this.closing.add(shipper);
		return shipper;
	}

	private Collector collector(String address, Map<String, Long> recovered, LogEventSink... more) {
		RecentEvents recent = new RecentEvents(100_000);
		List<CollectedEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
		List<LogEventSink> sinks = new ArrayList<>(List.of(more));
		sinks.add(recent);
		sinks.add(events::add);
		LogCollector collector = new LogCollector(this.context, ZmqEndpoint.of("palm.log-collector.address", address),
				sinks, recovered, LogFactory.getLog("log-collector"));
		collector.start();
		this.closing.add(collector::stop);
		return new Collector(collector, events);
	}

	private static LogEvent.Builder event(String message) {
		return LogEvent.newBuilder().setServer("test").setLevel("INFO").setMessage(message);
	}

	private static int freePort() throws Exception {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private record Collector(LogCollector collector, List<CollectedEvent> received) {

		String address() {
			return this.collector.getBoundAddress();
		}

		List<CollectedEvent> events() {
			synchronized (this.received) {
				return List.copyOf(this.received);
			}
		}

	}

}
