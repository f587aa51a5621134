package io.palmspring.autoconfigure;

import java.util.Map;

import io.palmspring.cache.CacheService;
import io.palmspring.cache.CacheStore;
import io.palmspring.function.ErrorReplyPolicy;
import io.palmspring.function.FunctionDispatcher;
import io.palmspring.function.FunctionCallListener;
import io.palmspring.function.MessageLogContext;
import io.palmspring.function.UserFunctionErrorAdvice;
import io.palmspring.function.UserFunctionRegistry;
import io.palmspring.protocol.PalmMessageDecoder;
import io.palmspring.protocol.PalmReplyPublisher;
import io.palmspring.protocol.StreamHook;
import io.palmspring.server.ServerAnnouncer;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Runs a PALM Server: a Spring Integration flow from a PULL socket through decoding
 * and the {@code @UserFunction} dispatcher behind the error advice to a PUB socket;
 * plus the cache service and the startup announcement. On by default (a bare
 * application with one {@code @UserFunction} is a server); off with
 * {@code palm.server.enabled=false}, or when the application is a master, worker or log
 * collector.
 * The cache store, stream hook and error reply policy back off to beans of the
 * application.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class,
		afterName = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration")
@ConditionalOnClass({ ZContext.class, IntegrationFlow.class })
@ConditionalOnBooleanProperty(name = "palm.server.enabled", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "palm.master.enabled", havingValue = false, matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "palm.worker.enabled", havingValue = false, matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "palm.log-collector.enabled", havingValue = false, matchIfMissing = true)
@EnableConfigurationProperties(PalmServerProperties.class)
@Import(ServerSideConfiguration.class)
public final class PalmServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	StreamHook palmServerStreamHook(PalmServerProperties properties) {
		return properties.isPipelined() ? StreamHook.pipelined(ServerSides.requireName(properties))
				: StreamHook.toClient();
	}

	@Bean
	IntegrationFlow palmServerFlow(ZmqOutboundHandler palmServerPublisher,
			UserFunctionRegistry registry, ErrorReplyPolicy errorReplyPolicy, StreamHook streamHook,
			ObjectProvider<FunctionCallListener> listener, ObjectProvider<MessageLogContext> logContext,
			PalmServerProperties properties,
			@Qualifier("palmServerLog") Log log) {
		FunctionCallListener calls = listener.getIfAvailable(() -> FunctionCallListener.NONE);
		FunctionDispatcher dispatcher = new FunctionDispatcher(registry, ServerSides.requireName(properties),
				properties.isPipelined(), calls);
		UserFunctionErrorAdvice errorAdvice = new UserFunctionErrorAdvice(log, errorReplyPolicy,
				logContext.getIfAvailable());
		// from the channel, not the adapter: a flow that depended on its inbound adapter would be
		// stopped before it, while the adapter still hands on what its socket holds
		return IntegrationFlow.from(ServerSides.REQUESTS_CHANNEL)
			.handle(new PalmMessageDecoder(log,
					() -> calls.called("unknown", FunctionCallListener.Outcome.BAD_MESSAGE, null, 0)))
			.handle(dispatcher, (endpoint) -> endpoint.advice(errorAdvice))
			.handle(new PalmReplyPublisher(palmServerPublisher, streamHook, log))
			.get();
	}

	@Bean
	CacheService palmServerCache(ZContext context, PalmServerProperties properties, CacheStore store,
			ZmqInboundAdapter palmServerInbound, ZmqOutboundHandler palmServerPublisher,
			@Qualifier("palmServerLog") Log log) {
		return ServerSides.cache(context, properties, store, log, palmServerInbound, palmServerPublisher, Map::of);
	}

	@Bean
	ServerAnnouncer palmServerAnnouncer(PalmServerProperties properties, ZmqInboundAdapter palmServerInbound,
			ZmqOutboundHandler palmServerPublisher, CacheService palmServerCache, UserFunctionRegistry registry,
			@Qualifier("palmServerLog") Log log, ApplicationEventPublisher events) {
		return ServerSides.announcer("Server", properties, palmServerInbound, palmServerPublisher, palmServerCache,
				registry::names, Map::of, log, events);
	}

}
