package io.palmspring.logging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.palmspring.autoconfigure.PalmCoreAutoConfiguration;
import io.palmspring.autoconfigure.PalmServerAutoConfiguration;
import io.palmspring.logging.collector.CollectedEvent;
import io.palmspring.logging.collector.LogCollector;
import io.palmspring.transport.ZmqEndpoint;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.logging.LoggersEndpoint;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerGroups;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Spring Boot application with {@code palm.logging.endpoint} set ships its lines
 * from its very start, under its server's name, and a level changed at run time
 * through the actuator's loggers endpoint changes what is shipped.
 */
class LogShippingApplicationTests {

	@Test
	void applicationShipsFromItsStartAndRunTimeLevelChangesApply() throws Exception {
		List<CollectedEvent> collected = Collections.synchronizedList(new ArrayList<>());
		try (ZContext zmq = new ZContext(1)) {
			LogCollector collector = new LogCollector(zmq, ZmqEndpoint.of("test", "tcp://127.0.0.1:0"),
					List.of(collected::add), Map.of(), LogFactory.getLog("log-collector"));
			collector.start();
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(App.class)
				.web(WebApplicationType.NONE)
				.run("--palm.logging.endpoint=" + collector.getBoundAddress(), "--palm.server.name=shipping_server",
						"--palm.server.pull-address=tcp://127.0.0.1:0", "--palm.server.pub-address=tcp://127.0.0.1:0",
						"--palm.server.db-address=tcp://127.0.0.1:0", "--spring.main.banner-mode=off")) {
				assertThat(app.getBean("palmLogShipper")).isInstanceOf(LogShipper.class);
				await().atMost(Duration.ofSeconds(20)).until(() -> messages(collected).stream()
					.anyMatch((message) -> message.startsWith("Starting ")));
				assertThat(collected).allSatisfy((event) -> {
					assertThat(event.event().getServer()).isEqualTo("shipping_server");
					assertThat(event.event().getRole()).isEqualTo("Server");
				});

				Log log = app.getBean("palmServerLog", Log.class);
				log.warn("shipped at WARN");
				await().atMost(Duration.ofSeconds(10)).until(() -> messages(collected).contains("shipped at WARN"));

				LoggersEndpoint loggers = new LoggersEndpoint(app.getBean(LoggingSystem.class), new LoggerGroups());
				loggers.configureLogLevel("shipping_server", LogLevel.ERROR);
				log.warn("not shipped once the level is ERROR");
				log.error("shipped at ERROR");
				await().atMost(Duration.ofSeconds(10)).until(() -> messages(collected).contains("shipped at ERROR"));
				assertThat(messages(collected)).doesNotContain("not shipped once the level is ERROR");
			}
			finally {
				collector.stop();
			}
		}
	}

	private static List<String> messages(List<CollectedEvent> collected) {
		synchronized (collected) {
			return collected.stream().map((event) -> event.event().getMessage()).toList();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ IntegrationAutoConfiguration.class, PalmCoreAutoConfiguration.class,
			PalmServerAutoConfiguration.class })
	static class App {

	}

}
