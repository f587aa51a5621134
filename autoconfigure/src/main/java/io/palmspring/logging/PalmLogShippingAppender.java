package io.palmspring.logging;

import java.time.Instant;
import java.util.Map;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.palmspring.function.MessageLogContext;
import io.palmspring.logging.wire.LogEvent;

/**
 * A Logback appender that hands every event of the application to a
 * {@link LogShipper}: time, level, logger, thread, message, the full stack trace text,
 * and the message ids of {@link MessageLogContext} when the event was logged while a
 * message was handled. It never blocks the logging thread.
 *
 * @since 0.1.0
 */
public final class PalmLogShippingAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

	/** The name this appender is attached under. */
	public static final String NAME = "PALM_LOG_SHIPPING";

	private final LogShipper shipper;

	private final LogSource source;

	/**
	 * Create an appender.
	 * @param shipper where events go
	 * @param source who logs: server name, role, host, pid
	 */
	public PalmLogShippingAppender(LogShipper shipper, LogSource source) {
		this.shipper = shipper;
		this.source = source;
		setName(NAME);
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (event.getLoggerName().startsWith(LogShipper.OWN_LOGGER)) {
			// the shipper's own warnings stay local: shipping them could loop
			return;
		}
		this.shipper.offer(toLogEvent(event));
	}

	LogEvent.Builder toLogEvent(ILoggingEvent event) {
		Instant instant = event.getInstant();
		LogEvent.Builder builder = LogEvent.newBuilder()
			.setTimestampMicros(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000)
			.setServer(this.source.server())
			.setRole(this.source.role())
			.setHost(this.source.host())
			.setPid(this.source.pid())
			.setLevel(event.getLevel().toString())
			.setLogger(event.getLoggerName())
			.setThread(String.valueOf(event.getThreadName()))
			.setMessage(String.valueOf(event.getFormattedMessage()));
		IThrowableProxy throwable = event.getThrowableProxy();
		if (throwable != null) {
			builder.setStackTrace(ThrowableProxyUtil.asString(throwable));
		}
		Map<String, String> mdc = event.getMDCPropertyMap();
		if (mdc != null && !mdc.isEmpty()) {
			builder.setPipeline(mdc.getOrDefault(MessageLogContext.PIPELINE, ""))
				.setClient(mdc.getOrDefault(MessageLogContext.CLIENT, ""))
				.setFunction(mdc.getOrDefault(MessageLogContext.FUNCTION, ""));
		}
		return builder;
	}

}
