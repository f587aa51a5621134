package io.palmspring.logging;

import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import io.palmspring.function.MessageLogContext;
import io.palmspring.logging.wire.LogEvent;
import io.palmspring.transport.ZmqEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PalmLogShippingAppenderTests {

	@Test
	void eventCarriesSourceLevelLoggerThreadMessageTraceAndMessageIds() {
		try (LogShipper shipper = new LogShipper(ZmqEndpoint.of("test", "tcp://127.0.0.1:1"), 10, 10,
				Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMillis(5))) {
			PalmLogShippingAppender appender = new PalmLogShippingAppender(shipper,
					new LogSource("worker1", "Worker", "host-a", 42));
			LoggerContext context = new LoggerContext();
			Logger logger = context.getLogger("worker1");
			LoggingEvent logged = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR, "Failed {}",
					new IllegalStateException("bad state"), new Object[] { "now" });
			logged.setMDCPropertyMap(java.util.Map.of(MessageLogContext.PIPELINE, "p1", MessageLogContext.CLIENT, "c1",
					MessageLogContext.FUNCTION, "server.foo"));
			LogEvent event = appender.toLogEvent(logged).build();
			assertThat(event.getServer()).isEqualTo("worker1");
			assertThat(event.getRole()).isEqualTo("Worker");
			assertThat(event.getHost()).isEqualTo("host-a");
			assertThat(event.getPid()).isEqualTo(42);
			assertThat(event.getLevel()).isEqualTo("ERROR");
			assertThat(event.getLogger()).isEqualTo("worker1");
			assertThat(event.getMessage()).isEqualTo("Failed now");
			assertThat(event.getStackTrace()).startsWith("java.lang.IllegalStateException: bad state")
				.contains("at io.palmspring.logging.PalmLogShippingAppenderTests");
			assertThat(event.getPipeline()).isEqualTo("p1");
			assertThat(event.getClient()).isEqualTo("c1");
			assertThat(event.getFunction()).isEqualTo("server.foo");
			assertThat(event.getTimestampMicros()).isEqualTo(logged.getTimeStamp() * 1000
					+ (logged.getInstant().getNano() / 1000) % 1000);
		}
	}

}
