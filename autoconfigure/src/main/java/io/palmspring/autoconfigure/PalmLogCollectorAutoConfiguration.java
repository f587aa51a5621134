package io.palmspring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;
import io.palmspring.logging.collector.ConsolePrinter;
import io.palmspring.logging.collector.EventFileWriter;
import io.palmspring.logging.collector.LiveTail;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.logging.collector.LogEventSink;
import io.palmspring.logging.collector.RecentEvents;
import io.palmspring.logging.collector.SenderStatistics;
import io.palmspring.logging.collector.web.LogCollectorController;
import io.palmspring.transport.ZmqEndpoint;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.zeromq.ZContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Runs the central log collector when {@code palm.log-collector.enabled=true}: a
 * ROUTER socket at {@code palm.log-collector.address} that takes the log events
 * servers ship ({@code palm.logging.endpoint}), prints them, writes them to rolling
 * files, keeps the latest in memory, counts them per server and level, and, in a
 * servlet web application, serves an HTTP API and a live page at
 * {@code palm.log-collector.web.path}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class)
@ConditionalOnClass(ZContext.class)
@ConditionalOnBooleanProperty("palm.log-collector.enabled")
@EnableConfigurationProperties(PalmLogCollectorProperties.class)
public final class PalmLogCollectorAutoConfiguration {

	private static final String PREFIX = "palm.log-collector.";

	/**
	 * Without the libraries the collector writes its files with, enabling it is an error
	 * at startup rather than a collector that silently is not there.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional(JacksonOrLogbackMissing.class)
	static class MissingLibraries {

		@Bean
		Object palmLogCollectorLibraries() {
			throw new PalmPropertyException(PREFIX + "enabled", "is true, but the log collector needs Jackson and"
					+ " Logback on the classpath; add spring-boot-starter-jackson (or spring-boot-starter-webmvc)"
					+ " and keep spring-boot-starter-logging");
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ LoggerContext.class, JsonMapper.class })
	static class Collector {

		@Bean
		@ConditionalOnMissingBean(name = "palmLogCollectorLog")
		Log palmLogCollectorLog() {
			return LogFactory.getLog("log-collector");
		}

		@Bean
		@ConditionalOnMissingBean
		RecentEvents palmRecentEvents(PalmLogCollectorProperties properties) {
			if (properties.getMemoryCapacity() < 1) {
				throw new PalmPropertyException(PREFIX + "memory-capacity",
						"'" + properties.getMemoryCapacity() + "' is not a number of events; expected 1 or more");
			}
			return new RecentEvents(properties.getMemoryCapacity());
		}

		@Bean
		@ConditionalOnMissingBean
		SenderStatistics palmSenderStatistics(@Qualifier("palmLogCollectorLog") Log log) {
			return new SenderStatistics(log);
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		LiveTail palmLiveTail() {
			return new LiveTail(10_000);
		}

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean
		@ConditionalOnBooleanProperty(name = PREFIX + "file.enabled", matchIfMissing = true)
		EventFileWriter palmEventFileWriter(PalmLogCollectorProperties properties) {
			PalmLogCollectorProperties.File file = properties.getFile();
			return new EventFileWriter(file.getPath(), file.getMaxFileSize(), file.getMaxHistory(),
					file.getTotalSizeCap());
		}

		@Bean
		LogCollector palmLogCollector(ZContext context, PalmLogCollectorProperties properties, RecentEvents recent,
				SenderStatistics statistics, LiveTail liveTail, ObjectProvider<EventFileWriter> fileWriter,
				@Qualifier("palmLogCollectorLog") Log log) {
			List<LogEventSink> sinks = new ArrayList<>();
			if (properties.isConsole()) {
				sinks.add(new ConsolePrinter(System.out));
			}
			EventFileWriter file = fileWriter.getIfAvailable();
			Map<String, Long> recovered = Map.of();
			if (file != null) {
				sinks.add(file);
				recovered = file.lastSequences();
				log.info("Log collector writes events to '" + file.getFile() + "'");
			}
			sinks.add(recent);
			sinks.add(statistics);
			sinks.add(liveTail);
			ZmqEndpoint address = ZmqEndpoint.of(PREFIX + "address", properties.getAddress());
			return new LogCollector(context, address, sinks, recovered,
					log);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ LoggerContext.class, JsonMapper.class, SseEmitter.class })
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class WebConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LogCollectorController palmLogCollectorController(RecentEvents recent, SenderStatistics statistics,
				LiveTail liveTail) {
			return new LogCollectorController(recent, statistics, liveTail);
		}

	}

	static final class JacksonOrLogbackMissing extends AnyNestedCondition {

		JacksonOrLogbackMissing() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnMissingClass("tools.jackson.databind.json.JsonMapper")
		static class JacksonMissing {

		}

		@ConditionalOnMissingClass("ch.qos.logback.classic.LoggerContext")
		static class LogbackMissing {

		}

	}

}
