package io.palmspring.autoconfigure;

import io.palmspring.cache.CacheStore;
import io.palmspring.cache.InMemoryCacheStore;
import io.palmspring.logging.PalmLogs;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqInboundAdapter;
import io.palmspring.transport.ZmqOutboundHandler;
import org.apache.commons.logging.Log;
import org.zeromq.SocketType;
import org.zeromq.ZContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.MessageChannel;

/**
 * The beans of the client-facing side that a Server and a Master share, built from
 * {@code palm.server.*}: the server's log, the PULL socket for requests and the channel
 * it feeds, the PUB socket for replies, and the cache store. Imported by both roles'
 * auto-configurations, which add their own flows on top.
 */
@Configuration(proxyBeanMethods = false)
class ServerSideConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "palmServerLog")
	Log palmServerLog(PalmServerProperties properties) {
		return PalmLogs.forServer(ServerSides.requireName(properties));
	}

	@Bean
	ZmqInboundAdapter palmServerInbound(ZContext context, PalmServerProperties properties,
			@Qualifier("palmServerLog") Log log) {
		ZmqInboundAdapter inbound = ZmqInboundAdapter
			.pull(context, ZmqEndpoint.of(ServerSides.PREFIX + "pull-address", properties.getPullAddress()))
			.messageLog(log)
			.stopTimeout(properties.getShutdownTimeout())
			.threadName("palm-server-" + ServerSides.requireName(properties))
			.build();
		inbound.setOutputChannelName(ServerSides.REQUESTS_CHANNEL);
		return inbound;
	}

	@Bean(ServerSides.REQUESTS_CHANNEL)
	MessageChannel palmServerRequests() {
		return new DirectChannel();
	}

	@Bean
	ZmqOutboundHandler palmServerPublisher(ZContext context, PalmServerProperties properties) {
		return new ZmqOutboundHandler(context, SocketType.PUB,
				ZmqEndpoint.of(ServerSides.PREFIX + "pub-address", properties.getPubAddress()), true,
				properties.getLinger());
	}

	@Bean
	@ConditionalOnMissingBean
	CacheStore palmCacheStore() {
		return new InMemoryCacheStore();
	}

}
