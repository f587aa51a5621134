package io.palmspring.logging.collector;

import java.time.Instant;
import java.util.List;

import io.palmspring.logging.wire.LogEvent;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CollectorPartsTests {

	@Test
	void consoleLineIsTimeServerLevelMessageWithTheTraceIndented() {
		CollectedEvent event = new CollectedEvent(1, "s", LogEvent.newBuilder()
			.setTimestampMicros(Instant.parse("2026-12-04T10:00:00.123Z").toEpochMilli() * 1000)
			.setServer("my_server")
			.setLevel("ERROR")
			.setMessage("User function gave an error")
			.setStackTrace("java.lang.IllegalStateException: x\n\tat a.b.C.d(C.java:1)")
			.build());
		String[] lines = ConsolePrinter.format(event).split(System.lineSeparator());
		assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,123 - my_server - ERROR - User function gave an error");
		assertThat(lines[1]).isEqualTo("    java.lang.IllegalStateException: x");
		assertThat(lines[2]).isEqualTo("    \tat a.b.C.d(C.java:1)");
	}

	@Test
	void recentEventsKeepTheNewestAndFilterByServerLevelTimeTextAndId() {
		RecentEvents recent = new RecentEvents(3);
		for (int i = 1; i <= 5; i++) {
			recent.accept(event(i, (i % 2 == 0) ? "a" : "b", (i == 4) ? "ERROR" : "INFO", "message " + i));
		}
		assertThat(recent.size()).isEqualTo(3);
		assertThat(ids(recent.find(new EventQuery(null, null, null, null, null, 0, 10)))).containsExactly(3L, 4L, 5L);
		assertThat(ids(recent.find(new EventQuery("a", null, null, null, null, 0, 10)))).containsExactly(4L);
		assertThat(ids(recent.find(new EventQuery(null, "WARN", null, null, null, 0, 10)))).containsExactly(4L);
		assertThat(ids(recent.find(new EventQuery(null, null, null, null, "MESSAGE 5", 0, 10)))).containsExactly(5L);
		assertThat(ids(recent.find(new EventQuery(null, null, null, null, null, 3, 10)))).containsExactly(4L, 5L);
		assertThat(ids(recent.find(new EventQuery(null, null, null, null, null, 0, 1)))).containsExactly(5L);
		assertThat(ids(recent.find(new EventQuery(null, null, Instant.ofEpochSecond(4), Instant.ofEpochSecond(5),
				null, 0, 10)))).containsExactly(4L);
	}

	@Test
	void statisticsCountPerServerAndLevel() {
		SenderStatistics statistics = new SenderStatistics(LogFactory.getLog("test"));
		statistics.accept(event(1, "a", "INFO", "x"));
		statistics.accept(event(2, "a", "ERROR", "y"));
		statistics.accept(event(3, "b", "WARN", "z"));
		assertThat(statistics.total()).isEqualTo(3);
		assertThat(statistics.servers()).extracting(SenderStatistics.ServerSummary::server).containsExactly("a", "b");
		assertThat(statistics.servers().get(0).levels()).containsEntry("INFO", 1L).containsEntry("ERROR", 1L)
			.containsEntry("WARN", 0L);
		assertThat(statistics.servers().get(0).role()).isEqualTo("Worker");
	}

	private static CollectedEvent event(long id, String server, String level, String message) {
		return new CollectedEvent(id, "sender", LogEvent.newBuilder()
			.setTimestampMicros(id * 1_000_000)
			.setServer(server)
			.setRole("Worker")
			.setLevel(level)
			.setMessage(message)
			.setSequence(id)
			.build());
	}

	private static List<Long> ids(List<CollectedEvent> events) {
		return events.stream().map(CollectedEvent::id).toList();
	}

}
