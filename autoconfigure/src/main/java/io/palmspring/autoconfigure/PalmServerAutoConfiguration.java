package io.palmspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.palmspring.cache.CacheRequestHandler;
import io.palmspring.cache.CacheService;
import io.palmspring.cache.CacheStore;
import io.palmspring.cache.InMemoryCacheStore;
import io.palmspring.function.ErrorReplyPolicy;
import io.palmspring.function.FunctionDispatcher;
import io.palmspring.function.FunctionOutcomeListener;
import io.palmspring.function.UserFunctionErrorAdvice;
import io.palmspring.function.UserFunctionRegistry;
import io.palmspring.logging.PalmLogs;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.protocol.PalmMessageDecoder;
import io.palmspring.protocol.PalmReplyEncoder;
import io.palmspring.protocol.StreamHook;
import io.palmspring.server.ServerAnnouncer;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.zeromq.SocketType;
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
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.util.StringUtils;

/**
 * Runs a PALM Server: a Spring Integration flow from a PULL socket through decoding,
 * the {@code @UserFunction} dispatcher behind the error advice and encoding, to a PUB
 * socket; plus the cache service and the startup announcement. On by default (a bare
 * application with one {@code @UserFunction} is a server); off with
 * {@code palm.server.enabled=false}. The cache store, stream hook and error reply
 * policy back off to beans of the application.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class,
		afterName = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration")
@ConditionalOnClass({ ZContext.class, IntegrationFlow.class })
@ConditionalOnBooleanProperty(name = "palm.server.enabled", matchIfMissing = true)
@EnableConfigurationProperties(PalmServerProperties.class)
public final class PalmServerAutoConfiguration {

	private static final String PREFIX = "palm.server.";

	@Bean
	@ConditionalOnMissingBean(name = "palmServerLog")
	Log palmServerLog(PalmServerProperties properties) {
		return PalmLogs.forServer(requireName(properties));
	}

	@Bean
	ZmqInboundAdapter palmServerInbound(ZContext context, PalmServerProperties properties,
			@Qualifier("palmServerLog") Log log) {
		return ZmqInboundAdapter.pull(context, ZmqEndpoint.of(PREFIX + "pull-address", properties.getPullAddress()))
			.messageLog(log)
			.stopTimeout(properties.getShutdownTimeout())
			.threadName("palm-server-" + requireName(properties))
			.build();
	}

	@Bean
	ZmqOutboundHandler palmServerPublisher(ZContext context, PalmServerProperties properties) {
		return new ZmqOutboundHandler(context, SocketType.PUB,
				ZmqEndpoint.of(PREFIX + "pub-address", properties.getPubAddress()), true, properties.getLinger());
	}

	@Bean
	@ConditionalOnMissingBean
	StreamHook palmServerStreamHook(PalmServerProperties properties) {
		return properties.isPipelined() ? StreamHook.pipelined(requireName(properties)) : StreamHook.toClient();
	}

	@Bean
	IntegrationFlow palmServerFlow(ZmqInboundAdapter palmServerInbound, ZmqOutboundHandler palmServerPublisher,
			UserFunctionRegistry registry, ErrorReplyPolicy errorReplyPolicy, StreamHook streamHook,
			ObjectProvider<FunctionOutcomeListener> listener, PalmServerProperties properties,
			@Qualifier("palmServerLog") Log log) {
		FunctionDispatcher dispatcher = new FunctionDispatcher(registry, requireName(properties),
				properties.isPipelined());
		UserFunctionErrorAdvice errorAdvice = new UserFunctionErrorAdvice(log, errorReplyPolicy,
				listener.getIfAvailable(() -> FunctionOutcomeListener.NONE));
		return IntegrationFlow.from(palmServerInbound)
			.handle(new PalmMessageDecoder(log))
			.handle(dispatcher, (endpoint) -> endpoint.advice(errorAdvice))
			.handle(new PalmReplyEncoder(streamHook, log))
			.handle(palmServerPublisher)
			.get();
	}

	@Bean
	@ConditionalOnMissingBean
	CacheStore palmCacheStore() {
		return new InMemoryCacheStore();
	}

	@Bean
	CacheService palmServerCache(ZContext context, PalmServerProperties properties, CacheStore store,
			ZmqInboundAdapter palmServerInbound, ZmqOutboundHandler palmServerPublisher,
			@Qualifier("palmServerLog") Log log) {
		String name = requireName(properties);
		ZmqEndpoint endpoint = ZmqEndpoint.of(PREFIX + "db-address", properties.getDbAddress());
		return new CacheService(context, endpoint, store, new CacheRequestHandler(store, log), () -> {
			Map<String, String> presets = new LinkedHashMap<>();
			presets.put(CacheKeys.NAME, name);
			presets.put(CacheKeys.PULL_ADDRESS, String.valueOf(palmServerInbound.getBoundAddress()));
			presets.put(CacheKeys.PUB_ADDRESS, String.valueOf(palmServerPublisher.getBoundAddress()));
			presets.put(CacheKeys.DB_ADDRESS, endpoint.address());
			return presets;
		}, "palm-cache-" + name);
	}

	@Bean
	ServerAnnouncer palmServerAnnouncer(PalmServerProperties properties, ZmqInboundAdapter palmServerInbound,
			ZmqOutboundHandler palmServerPublisher, CacheService palmServerCache, UserFunctionRegistry registry,
			@Qualifier("palmServerLog") Log log, ApplicationEventPublisher publisher) {
		return new ServerAnnouncer("Server", requireName(properties),
				() -> String.valueOf(palmServerInbound.getBoundAddress()),
				() -> String.valueOf(palmServerPublisher.getBoundAddress()),
				() -> String.valueOf(palmServerCache.getBoundAddress()), registry::names, log, publisher);
	}

	static String requireName(PalmServerProperties properties) {
		String name = properties.getName();
		if (!StringUtils.hasText(name)) {
			throw new PalmPropertyException(PREFIX + "name",
					"is not set; name the server (clients call its functions as 'name.function'), or set"
							+ " spring.application.name");
		}
		if (!name.matches("[^\\s.]+")) {
			throw new PalmPropertyException(PREFIX + "name",
					"'" + name + "' is not a server name; it must not contain dots or spaces");
		}
		return name;
	}

}
