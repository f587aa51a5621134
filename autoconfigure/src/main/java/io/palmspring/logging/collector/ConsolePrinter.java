package io.palmspring.logging.collector;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Prints one unified line per event, {@code timestamp - server - LEVEL - message}, in
 * pylm's format, with any stack trace indented below it.
 *
 * @since 0.1.0
 */
public final class ConsolePrinter implements LogEventSink {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS")
		.withZone(ZoneId.systemDefault());

	private final PrintStream out;

	/**
	 * Create a printer.
	 * @param out where to print, usually {@code System.out}
	 */
	public ConsolePrinter(PrintStream out) {
		this.out = out;
	}

	@Override
	public void accept(CollectedEvent collected) {
		this.out.println(format(collected));
	}

	@Override
	public void endOfBatch() {
		this.out.flush();
	}

	/**
	 * Format an event as the console shows it.
	 * @param collected the event
	 * @return the line, and the indented stack trace lines
	 */
	public static String format(CollectedEvent collected) {
		StringBuilder text = new StringBuilder(160);
		text.append(TIME.format(collected.time()))
			.append(" - ")
			.append(collected.event().getServer())
			.append(" - ")
			.append(collected.event().getLevel())
			.append(" - ")
			.append(collected.event().getMessage());
		String trace = collected.event().getStackTrace();
		if (!trace.isEmpty()) {
			for (String line : trace.split("\\R")) {
				text.append(System.lineSeparator()).append("    ").append(line);
			}
		}
		return text.toString();
	}

}
