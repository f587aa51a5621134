package io.palmspring.logging.collector.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.palmspring.logging.collector.CollectedEvent;
import io.palmspring.logging.collector.EventQuery;
import io.palmspring.logging.collector.EventView;
import io.palmspring.logging.collector.Levels;
import io.palmspring.logging.collector.LiveTail;
import io.palmspring.logging.collector.RecentEvents;
import io.palmspring.logging.collector.SenderStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The collector's HTTP API and page, under {@code palm.log-collector.web.path}
 * ({@code /palm/logs} by default):
 * <ul>
 * <li>{@code GET /palm/logs} the page: live tail, filters, counts, stack traces;</li>
 * <li>{@code GET /palm/logs/api/events} events, newest last, filtered by
 * {@code server}, {@code level} (and above), {@code from}/{@code to} (ISO-8601),
 * {@code text}, {@code after} (an event id) and {@code limit};</li>
 * <li>{@code GET /palm/logs/api/servers} every server heard from, when first and last,
 * with counts by level;</li>
 * <li>{@code GET /palm/logs/api/stream} new events as server-sent events (filters as
 * above).</li>
 * </ul>
 * Registered by the collector's auto-configuration, not by component scanning.
 *
 * @since 0.1.0
 */
@RestController
@RequestMapping("${palm.log-collector.web.path:/palm/logs}")
public class LogCollectorController {

	private final RecentEvents recent;

	private final SenderStatistics statistics;

	private final LiveTail liveTail;

	/**
	 * Create the controller.
	 * @param recent the events in memory
	 * @param statistics the counts per server
	 * @param liveTail the feed of new events
	 */
	public LogCollectorController(RecentEvents recent, SenderStatistics statistics, LiveTail liveTail) {
		this.recent = recent;
		this.statistics = statistics;
		this.liveTail = liveTail;
	}

	/**
	 * Serve the page.
	 * @return the page's HTML
	 * @throws IOException when the page cannot be read from the classpath
	 */
	@GetMapping(path = { "", "/" }, produces = MediaType.TEXT_HTML_VALUE)
	public ResponseEntity<String> page() throws IOException {
		String html = StreamUtils.copyToString(
				new ClassPathResource("META-INF/palm/log-collector.html").getInputStream(), StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
	}

	/**
	 * Find events in memory.
	 * @param server only this server
	 * @param level only this level and above
	 * @param from only events at or after this instant
	 * @param to only events before this instant
	 * @param text only events whose message, logger or trace contains this
	 * @param after only events with a larger id
	 * @param limit at most this many, the newest
	 * @return the events, oldest first
	 */
	@GetMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
	public List<EventView> events(@RequestParam(required = false) @Nullable String server,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String text, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "500") int limit) {
		EventQuery query = new EventQuery(server, level, from, to, text, after, Math.max(1, Math.min(limit, 10_000)));
		return this.recent.find(query).stream().map(EventView::of).toList();
	}

	/**
	 * List the servers heard from, with their counts by level.
	 * @return the total, the levels and the servers
	 */
	@GetMapping(path = "/api/servers", produces = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> servers() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("total", this.statistics.total());
		body.put("levels", Levels.ALL);
		body.put("servers", this.statistics.servers());
		return body;
	}

	/**
	 * Stream new events as server-sent events named {@code events}.
	 * @param server only this server
	 * @param level only this level and above
	 * @param text only events containing this
	 * @return the emitter
	 */
	@GetMapping(path = "/api/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	public SseEmitter stream(@RequestParam(required = false) @Nullable String server,
			@RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String text) {
		SseEmitter emitter = new SseEmitter(0L);
		EventQuery filter = new EventQuery(server, level, null, null, text, 0, Integer.MAX_VALUE);
		Consumer<List<CollectedEvent>> viewer = new Consumer<>() {

			@Override
			public void accept(List<CollectedEvent> events) {
				List<EventView> matching = events.stream().filter(filter::matches).map(EventView::of).toList();
				if (matching.isEmpty()) {
					return;
				}
				try {
					emitter.send(SseEmitter.event().name("events").data(matching, MediaType.APPLICATION_JSON));
				}
				catch (IOException | IllegalStateException ex) {
					LogCollectorController.this.liveTail.remove(this);
				}
			}

		};
		this.liveTail.add(viewer);
		try {
			// commits the response, so the browser knows it is connected before any event
			emitter.send(SseEmitter.event().comment("connected"));
		}
		catch (IOException ex) {
			this.liveTail.remove(viewer);
		}
		emitter.onCompletion(() -> this.liveTail.remove(viewer));
		emitter.onTimeout(() -> this.liveTail.remove(viewer));
		emitter.onError((ex) -> this.liveTail.remove(viewer));
		return emitter;
	}

}
