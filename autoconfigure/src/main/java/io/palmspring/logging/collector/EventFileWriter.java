package io.palmspring.logging.collector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends every collected event to rolling files as one JSON line (an
 * {@link EventView}); the lines of a batch are written out together before the batch
 * is acknowledged. Not thread-safe: the collector's receiving thread is its only user.
 * Rolling is Logback's, in a logger context of its own so the
 * application's logging is untouched: a new file each day and whenever the file
 * reaches its maximum size, old files deleted after their retention.
 *
 * @since 0.1.0
 */
public final class EventFileWriter implements LogEventSink, AutoCloseable {

	private final Path file;

	private final JsonMapper json = JsonMapper.builder().build();

	private final LoggerContext context = new LoggerContext();

	private final Logger writer;

	private final RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();

	/** The lines of the batch being collected, written out together. */
	private final StringBuilder pending = new StringBuilder(64 * 1024);

	/**
	 * Create a writer.
	 * @param file the active file; rolled files sit beside it
	 * @param maxFileSize the size at which a file is rolled, such as {@code 10MB}
	 * @param maxHistory how many days of files to keep
	 * @param totalSizeCap the most all files may take, such as {@code 1GB}
	 */
	public EventFileWriter(Path file, String maxFileSize, int maxHistory, String totalSizeCap) {
		this.file = file.toAbsolutePath();
		this.context.setName("palm-log-collector-files");
		this.context.setMDCAdapter(new LogbackMDCAdapter());
		this.appender.setContext(this.context);
		this.appender.setName("palm-collector-file");
		this.appender.setFile(this.file.toString());
		SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
		policy.setContext(this.context);
		policy.setParent(this.appender);
		policy.setFileNamePattern(stripExtension(this.file) + ".%d{yyyy-MM-dd}.%i.jsonl");
		policy.setMaxFileSize(FileSize.valueOf(maxFileSize));
		policy.setMaxHistory(maxHistory);
		policy.setTotalSizeCap(FileSize.valueOf(totalSizeCap));
		policy.start();
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(this.context);
		encoder.setPattern("%msg%n");
		encoder.start();
		this.appender.setRollingPolicy(policy);
		this.appender.setEncoder(encoder);
		// written out once per batch, before the batch is acknowledged (see endOfBatch)
		this.appender.setImmediateFlush(false);
		this.appender.start();
		this.writer = this.context.getLogger("events");
		this.writer.setAdditive(false);
		this.writer.setLevel(Level.ALL);
		this.writer.addAppender(this.appender);
	}

	@Override
	public void accept(CollectedEvent event) {
		if (!this.pending.isEmpty()) {
			this.pending.append('\n');
		}
		this.pending.append(this.json.writeValueAsString(EventView.of(event)));
	}

	/**
	 * Write the batch's lines as one block (one Logback event, so rolling is checked
	 * once a batch) and flush them, before the collector acknowledges the batch.
	 */
	@Override
	public void endOfBatch() {
		if (this.pending.isEmpty()) {
			return;
		}
		this.writer.info(this.pending.toString());
		this.pending.setLength(0);
		try {
			OutputStream out = this.appender.getOutputStream();
			if (out != null) {
				out.flush();
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not write '" + this.file + "'", ex);
		}
	}

	/**
	 * Read the active file for the last sequence number stored per sender, so that a
	 * restarted collector recognizes events sent again that it already has.
	 * @return the last sequence by sender id
	 */
	public Map<String, Long> lastSequences() {
		Map<String, Long> last = new HashMap<>();
		if (!Files.isRegularFile(this.file)) {
			return last;
		}
		try (BufferedReader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			String line;
			while ((line = reader.readLine()) != null) {
				try {
					JsonNode node = this.json.readTree(line);
					last.merge(node.path("sender").asString(), node.path("sequence").asLong(), Math::max);
				}
				catch (RuntimeException ex) {
					// a line cut short by a crash: skip it
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read '" + this.file + "'", ex);
		}
		return last;
	}

	/**
	 * Return the active file.
	 * @return its path
	 */
	public Path getFile() {
		return this.file;
	}

	@Override
	public void close() {
		this.appender.stop();
		this.context.stop();
	}

	private static String stripExtension(Path file) {
		String name = file.toString();
		int dot = name.lastIndexOf('.');
		return (dot > name.lastIndexOf('/')) ? name.substring(0, dot) : name;
	}

}
