package io.palmspring.autoconfigure;

import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmClientBuilder;
import org.zeromq.ZContext;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates a {@link PalmClient} bean when {@code palm.client.server-name} and
 * {@code palm.client.db-address} are set; it reads the server's addresses from its
 * cache at startup. Backs off when the application defines a {@code PalmClient}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = PalmCoreAutoConfiguration.class)
@ConditionalOnClass(ZContext.class)
@ConditionalOnProperty(prefix = "palm.client", name = { "server-name", "db-address" })
@EnableConfigurationProperties(PalmClientProperties.class)
public final class PalmClientAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	PalmClient palmClient(PalmClientProperties properties, ZContext context) {
		PalmClientBuilder builder = PalmClient.builder(properties.getServerName())
			.dbAddress(properties.getDbAddress())
			.timeout(properties.getTimeout())
			.maxInFlight(properties.getMaxInFlight())
			.probe(properties.isProbe())
			.context(context);
		if (properties.getPullAddress() != null) {
			builder.pullAddress(properties.getPullAddress());
		}
		if (properties.getPubAddress() != null) {
			builder.pubAddress(properties.getPubAddress());
		}
		return builder.build();
	}

}
