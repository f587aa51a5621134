package io.palmspring.logging;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import com.google.protobuf.ByteString;
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

	// Strings go into the event as UTF-8 bytes encoded by the JDK, once: protobuf would
	// measure and encode each string field char by char (the shipper's main cost in profiles)
	private final ByteString server;

	private final ByteString role;

	private final ByteString host;

	private final long pid;

	private final Map<String, ByteString> names = new ConcurrentHashMap<>();

	/**
	 * Create an appender.
	 * @param shipper where events go
	 * @param source who logs: server name, role, host, pid
	 */
	public PalmLogShippingAppender(LogShipper shipper, LogSource source) {
		this.shipper = shipper;
		this.server = ByteString.copyFromUtf8(source.server());
		this.role = ByteString.copyFromUtf8(source.role());
		this.host = ByteString.copyFromUtf8(source.host());
		this.pid = source.pid();
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

	/**
	 * Encode a name that recurs (a level, logger, thread or function) once; the cache
	 * stops growing at 4096 names, for applications that make up names as they go.
	 */
	private ByteString name(String name) {
		ByteString cached = this.names.get(name);
		if (cached == null) {
			cached = ByteString.copyFromUtf8(name);
			if (this.names.size() < 4096) {
				this.names.put(name, cached);
			}
		}
		return cached;
	}

	LogEvent.Builder toLogEvent(ILoggingEvent event) {
		Instant instant = event.getInstant();
		LogEvent.Builder builder = LogEvent.newBuilder()
			.setTimestampMicros(instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000)
			.setServerBytes(this.server)
			.setRoleBytes(this.role)
			.setHostBytes(this.host)
			.setPid(this.pid)
			.setLevelBytes(name(event.getLevel().toString()))
			.setLoggerBytes(name(event.getLoggerName()))
			.setThreadBytes(name(String.valueOf(event.getThreadName())))
			.setMessageBytes(ByteString.copyFromUtf8(String.valueOf(event.getFormattedMessage())));
		IThrowableProxy throwable = event.getThrowableProxy();
		if (throwable != null) {
			builder.setStackTraceBytes(ByteString.copyFromUtf8(ThrowableProxyUtil.asString(throwable)));
		}
		Map<String, String> mdc = event.getMDCPropertyMap();
		if (mdc != null && !mdc.isEmpty()) {
			builder.setPipelineBytes(ByteString.copyFromUtf8(mdc.getOrDefault(MessageLogContext.PIPELINE, "")))
				.setClientBytes(ByteString.copyFromUtf8(mdc.getOrDefault(MessageLogContext.CLIENT, "")))
				.setFunctionBytes(name(mdc.getOrDefault(MessageLogContext.FUNCTION, "")));
		}
		return builder;
	}

}
