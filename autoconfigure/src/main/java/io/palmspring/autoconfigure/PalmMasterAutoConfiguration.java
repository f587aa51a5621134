package io.palmspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.palmspring.cache.CacheService;
import io.palmspring.cache.CacheStore;
import io.palmspring.master.GatherHandler;
import io.palmspring.master.GatherHook;
import io.palmspring.master.OwnEcho;
import io.palmspring.master.ScatterHandler;
import io.palmspring.master.ScatterHook;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessageDecoder;
import io.palmspring.protocol.PalmReplyPublisher;
import io.palmspring.protocol.StreamHook;
import io.palmspring.server.ServerAnnouncer;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;

/**
 * Runs a PALM Master when {@code palm.master.enabled=true}: the client-facing side of
 * a server ({@code palm.server.*}: PULL, PUB, cache), a PUSH socket that sends jobs
 * to workers and a PULL socket that takes their results. Three flows: inbound
 * messages are scattered into jobs; results are gathered into replies; replies (and
 * the master's own {@code echo}) are published. The scatter, gather and stream
 * hooks, and the cache store, back off to beans of the application.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class,
		afterName = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration")
@ConditionalOnClass({ ZContext.class, IntegrationFlow.class })
@ConditionalOnBooleanProperty("palm.master.enabled")
@EnableConfigurationProperties({ PalmServerProperties.class, PalmMasterProperties.class })
@Import(ServerSideConfiguration.class)
public final class PalmMasterAutoConfiguration {

	private static final String PREFIX = "palm.master.";

	private static final String REPLIES_CHANNEL = "palmMasterReplies";

	// flows start at channels, not at their inbound adapters, so that a stopping adapter
	// can still hand on what its socket holds (see PalmServerAutoConfiguration)
	private static final String RESULTS_CHANNEL = "palmMasterResultsInput";

	@Bean(RESULTS_CHANNEL)
	MessageChannel palmMasterResultsInput() {
		return new DirectChannel();
	}

	@Bean
	ZmqOutboundHandler palmMasterJobs(ZContext context, PalmServerProperties server, PalmMasterProperties master) {
		return new ZmqOutboundHandler(context, SocketType.PUSH,
				ZmqEndpoint.of(PREFIX + "worker-push-address", master.getWorkerPushAddress()), true,
				server.getLinger());
	}

	@Bean
	ZmqInboundAdapter palmMasterResults(ZContext context, PalmServerProperties server, PalmMasterProperties master,
			@Qualifier("palmServerLog") Log log) {
		ZmqInboundAdapter results = ZmqInboundAdapter
			.pull(context, ZmqEndpoint.of(PREFIX + "worker-pull-address", master.getWorkerPullAddress()))
			.messageLog(log)
			.stopTimeout(server.getShutdownTimeout())
			.threadName("palm-master-results-" + ServerSides.requireName(server))
			// each worker connects one PUSH here: the connections are the workers
			.monitorConnections()
			.build();
		results.setOutputChannelName(RESULTS_CHANNEL);
		// stops after the client-facing side, so results of the last jobs are still gathered
		results.setPhase(Integer.MAX_VALUE / 2 - 100);
		return results;
	}

	@Bean
	@ConditionalOnMissingBean
	ScatterHook palmScatterHook() {
		return ScatterHook.identity();
	}

	@Bean
	@ConditionalOnMissingBean
	GatherHook palmGatherHook() {
		return GatherHook.identity();
	}

	@Bean
	@ConditionalOnMissingBean
	StreamHook palmMasterStreamHook(PalmServerProperties server, PalmMasterProperties master) {
		return master.isPipelined() ? StreamHook.pipelined(ServerSides.requireName(server)) : StreamHook.toClient();
	}

	@Bean(REPLIES_CHANNEL)
	MessageChannel palmMasterReplies() {
		return new DirectChannel();
	}

	@Bean
	IntegrationFlow palmMasterInboundFlow(ZmqOutboundHandler palmMasterJobs,
			ScatterHook scatter, PalmServerProperties server, @Qualifier("palmServerLog") Log log) {
		OwnEcho ownEcho = new OwnEcho(ServerSides.requireName(server));
		return IntegrationFlow.from(ServerSides.REQUESTS_CHANNEL)
			.handle(new PalmMessageDecoder(log))
			.filter(PalmMessage.class, ownEcho.negate()::test, (filter) -> filter.discardChannel(REPLIES_CHANNEL))
			.handle(new ScatterHandler(scatter, log))
			.handle(new PalmReplyPublisher(palmMasterJobs, null, log))
			.get();
	}

	@Bean
	IntegrationFlow palmMasterResultsFlow(GatherHook gather, @Qualifier("palmServerLog") Log log) {
		return IntegrationFlow.from(RESULTS_CHANNEL)
			.handle(new PalmMessageDecoder(log))
			.handle(new GatherHandler(gather, log))
			.channel(REPLIES_CHANNEL)
			.get();
	}

	@Bean
	IntegrationFlow palmMasterRepliesFlow(ZmqOutboundHandler palmServerPublisher, StreamHook streamHook,
			@Qualifier("palmServerLog") Log log) {
		return IntegrationFlow.from(REPLIES_CHANNEL)
			.handle(new PalmReplyPublisher(palmServerPublisher, streamHook, log))
			.get();
	}

	@Bean
	CacheService palmServerCache(ZContext context, PalmServerProperties properties, CacheStore store,
			ZmqInboundAdapter palmServerInbound, ZmqOutboundHandler palmServerPublisher,
			ZmqOutboundHandler palmMasterJobs, ZmqInboundAdapter palmMasterResults,
			@Qualifier("palmServerLog") Log log) {
		return ServerSides.cache(context, properties, store, log, palmServerInbound, palmServerPublisher,
				() -> workerAddresses(palmMasterJobs, palmMasterResults));
	}

	@Bean
	ServerAnnouncer palmServerAnnouncer(PalmServerProperties properties, ZmqInboundAdapter palmServerInbound,
			ZmqOutboundHandler palmServerPublisher, CacheService palmServerCache, ZmqOutboundHandler palmMasterJobs,
			ZmqInboundAdapter palmMasterResults, @Qualifier("palmServerLog") Log log,
			ApplicationEventPublisher events) {
		return ServerSides.announcer("Master", properties, palmServerInbound, palmServerPublisher, palmServerCache,
				java.util.Set::of, () -> workerAddresses(palmMasterJobs, palmMasterResults), log, events);
	}

	private static Map<String, String> workerAddresses(ZmqOutboundHandler jobs, ZmqInboundAdapter results) {
		Map<String, String> addresses = new LinkedHashMap<>();
		addresses.put(CacheKeys.WORKER_PUSH_ADDRESS, String.valueOf(jobs.getBoundAddress()));
		addresses.put(CacheKeys.WORKER_PULL_ADDRESS, String.valueOf(results.getBoundAddress()));
		return addresses;
	}

}
