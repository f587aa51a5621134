package io.palmspring.autoconfigure;

import java.time.Duration;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.palmspring.function.MessageLogContext;
import io.palmspring.logging.LogShipper;
import io.palmspring.logging.LogSource;
import io.palmspring.logging.PalmLogShippingAppender;
import io.palmspring.transport.ZmqEndpoint;
import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Starts log shipping as soon as logging is set up, when {@code palm.logging.endpoint}
 * is set (settings bound from {@code palm.logging.shipping.*}): a {@link LogShipper} and a
 * {@link PalmLogShippingAppender} on Logback's root
 * logger, so that even the application's first lines are shipped. The shipper becomes
 * the bean {@code palmLogShipper}; on shutdown it is flushed for a bounded time and
 * closed, after the application's last lines.
 *
 * @since 0.1.0
 */
public final class LogShippingApplicationListener implements GenericApplicationListener {

	/** The property that turns shipping on. */
	public static final String ENDPOINT_PROPERTY = "palm.logging.endpoint";

	private static final boolean LOGBACK_PRESENT = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
			LogShippingApplicationListener.class.getClassLoader());

	private @Nullable LogShipper shipper;

	private @Nullable PalmLogShippingAppender appender;

	private Duration flushTimeout = Duration.ofSeconds(2);

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.getRawClass();
		return type != null && (ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type));
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared && this.shipper != null) {
			ConfigurableListableBeanFactory beans = prepared.getApplicationContext().getBeanFactory();
			beans.registerSingleton("palmLogShipper", this.shipper);
			beans.registerSingleton("palmMessageLogContext", new MessageLogContext());
			if (beans instanceof DefaultSingletonBeanRegistry registry) {
				// destroyed after the lifecycle has stopped and before nothing else: the lines
				// the roles log while they stop are shipped too
				registry.registerDisposableBean("palmLogShipping", this::stop);
			}
		}
		else if (event instanceof ApplicationFailedEvent) {
			stop();
		}
	}

	private void start(ConfigurableEnvironment environment) {
		String endpoint = environment.getProperty(ENDPOINT_PROPERTY);
		if (endpoint == null || endpoint.isBlank() || !LOGBACK_PRESENT || this.shipper != null) {
			return;
		}
		ILoggerFactory factory = LoggerFactory.getILoggerFactory();
		if (!(factory instanceof LoggerContext context)) {
			return;
		}
		PalmLoggingProperties.Shipping settings = Binder.get(environment)
			.bind("palm.logging", PalmLoggingProperties.class)
			.orElseGet(PalmLoggingProperties::new)
			.getShipping();
		this.flushTimeout = settings.getFlushTimeout();
		LogShipper created = new LogShipper(ZmqEndpoint.of(ENDPOINT_PROPERTY, endpoint), settings.getCapacity(),
				settings.getBatchSize(), settings.getResendAfter(), settings.getWarnInterval(), settings.getLinger());
		PalmLogShippingAppender shipping = new PalmLogShippingAppender(created, LogSource.of(environment));
		shipping.setContext(context);
		shipping.start();
		context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(shipping);
		this.shipper = created;
		this.appender = shipping;
	}

	private void stop() {
		LogShipper current = this.shipper;
		if (current == null) {
			return;
		}
		this.shipper = null;
		try {
			current.flush(this.flushTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		PalmLogShippingAppender shipping = this.appender;
		if (shipping != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(shipping);
			shipping.stop();
		}
		current.close();
	}

	@Override
	public int getOrder() {
		// after Spring Boot's LoggingApplicationListener has set up Logback
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

}
