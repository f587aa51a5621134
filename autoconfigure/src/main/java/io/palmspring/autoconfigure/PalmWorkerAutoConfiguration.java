package io.palmspring.autoconfigure;

import java.util.UUID;

import io.palmspring.cache.CacheClient;
import io.palmspring.function.ErrorReplyPolicy;
import io.palmspring.function.FunctionDispatcher;
import io.palmspring.function.FunctionCallListener;
import io.palmspring.function.MessageLogContext;
import io.palmspring.function.UserFunctionErrorAdvice;
import io.palmspring.function.UserFunctionRegistry;
import io.palmspring.logging.PalmLogs;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.protocol.PalmMessageDecoder;
import io.palmspring.protocol.PalmReplyPublisher;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import io.palmspring.worker.MasterAddresses;
import io.palmspring.worker.WorkerAnnouncer;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.MessageChannel;
import org.springframework.util.StringUtils;

/**
 * Runs a PALM Worker when {@code palm.worker.enabled=true}: finds its master (through
 * the master's cache at {@code palm.worker.db-address}, or explicit addresses), takes
 * jobs on {@code palm.worker.concurrency} PULL sockets, runs the application's
 * {@code @UserFunction}s behind the same error advice as a server, and pushes the
 * results back. A {@link CacheClient} bean reads and writes the master's cache.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class,
		afterName = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration")
@ConditionalOnClass({ ZContext.class, IntegrationFlow.class })
@ConditionalOnBooleanProperty("palm.worker.enabled")
@EnableConfigurationProperties(PalmWorkerProperties.class)
public final class PalmWorkerAutoConfiguration {

	private static final String PREFIX = "palm.worker.";

	private static final String JOBS_CHANNEL = "palmWorkerJobs";

	@Bean
	@ConditionalOnMissingBean(name = "palmWorkerLog")
	Log palmWorkerLog(PalmWorkerProperties properties) {
		return PalmLogs.forServer(workerName(properties));
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(PREFIX + "db-address")
	@ConditionalOnMissingBean
	CacheClient palmMasterCache(ZContext context, PalmWorkerProperties properties) {
		return new CacheClient(context, ZmqEndpoint.of(PREFIX + "db-address", properties.getDbAddress()),
				CacheKeys.ANY_SERVER, properties.getCacheTimeout());
	}

	@Bean
	MasterAddresses palmMasterAddresses(PalmWorkerProperties properties, ObjectProvider<CacheClient> cache,
			@Qualifier("palmWorkerLog") Log log) {
		String jobs = properties.getWorkerPushAddress();
		String results = properties.getWorkerPullAddress();
		if (StringUtils.hasText(jobs) && StringUtils.hasText(results)) {
			return new MasterAddresses(ZmqEndpoint.of(PREFIX + "worker-push-address", jobs).address(),
					ZmqEndpoint.of(PREFIX + "worker-pull-address", results).address());
		}
		CacheClient masterCache = cache.getIfAvailable();
		if (masterCache == null) {
			throw new PalmPropertyException(PREFIX + "db-address", "is not set; set the master's cache address, or"
					+ " both " + PREFIX + "worker-push-address and " + PREFIX + "worker-pull-address");
		}
		MasterAddresses found = MasterAddresses.discover(masterCache, properties.getDiscoveryTimeout());
		log.info("Worker '" + workerName(properties) + "' found its master at db '" + properties.getDbAddress()
				+ "': jobs from '" + found.jobs() + "', results to '" + found.results() + "'");
		return found;
	}

	@Bean
	ZmqInboundAdapter palmWorkerInbound(ZContext context, PalmWorkerProperties properties, MasterAddresses master,
			@Qualifier("palmWorkerLog") Log log) {
		ZmqInboundAdapter inbound = ZmqInboundAdapter
			.pull(context, ZmqEndpoint.of("worker_push_address", master.jobs()))
			.connect()
			.concurrency(concurrency(properties))
			.messageLog(log)
			.stopTimeout(properties.getShutdownTimeout())
			.threadName("palm-worker-" + workerName(properties))
			.build();
		inbound.setOutputChannelName(JOBS_CHANNEL);
		return inbound;
	}

	@Bean(JOBS_CHANNEL)
	MessageChannel palmWorkerJobs() {
		return new DirectChannel();
	}

	@Bean
	ZmqOutboundHandler palmWorkerResults(ZContext context, PalmWorkerProperties properties, MasterAddresses master) {
		return new ZmqOutboundHandler(context, SocketType.PUSH, ZmqEndpoint.of("worker_pull_address", master.results()),
				false, properties.getLinger());
	}

	@Bean
	IntegrationFlow palmWorkerFlow(ZmqOutboundHandler palmWorkerResults,
			UserFunctionRegistry registry, ErrorReplyPolicy errorReplyPolicy,
			ObjectProvider<FunctionCallListener> listener, ObjectProvider<MessageLogContext> logContext,
			@Qualifier("palmWorkerLog") Log log) {
		// a worker runs the step named after its master: any server part is accepted
		FunctionCallListener calls = listener.getIfAvailable(() -> FunctionCallListener.NONE);
		FunctionDispatcher dispatcher = new FunctionDispatcher(registry, null, false, calls);
		UserFunctionErrorAdvice errorAdvice = new UserFunctionErrorAdvice(log, errorReplyPolicy,
				logContext.getIfAvailable());
		// from the channel: a stopping inbound adapter still hands on the jobs it prefetched
		return IntegrationFlow.from(JOBS_CHANNEL)
			.handle(new PalmMessageDecoder(log,
					() -> calls.called("unknown", FunctionCallListener.Outcome.BAD_MESSAGE, null, 0)))
			.handle(dispatcher, (endpoint) -> endpoint.advice(errorAdvice))
			.handle(new PalmReplyPublisher(palmWorkerResults, null, log))
			.get();
	}

	@Bean
	WorkerAnnouncer palmWorkerAnnouncer(PalmWorkerProperties properties, MasterAddresses master,
			UserFunctionRegistry registry, @Qualifier("palmWorkerLog") Log log, ApplicationEventPublisher events) {
		return new WorkerAnnouncer(workerName(properties), master, concurrency(properties), registry::names, log,
				events);
	}

	/**
	 * The worker's name; a random one is chosen once when none is set (the logging
	 * environment post-processor normally sets it before logging starts).
	 */
	static synchronized String workerName(PalmWorkerProperties properties) {
		@Nullable String name = properties.getName();
		if (!StringUtils.hasText(name)) {
			name = UUID.randomUUID().toString();
			properties.setName(name);
		}
		return name;
	}

	private static int concurrency(PalmWorkerProperties properties) {
		if (properties.getConcurrency() < 1) {
			throw new PalmPropertyException(PREFIX + "concurrency",
					"'" + properties.getConcurrency() + "' is not a number of threads; expected 1 or more");
		}
		return properties.getConcurrency();
	}

}
