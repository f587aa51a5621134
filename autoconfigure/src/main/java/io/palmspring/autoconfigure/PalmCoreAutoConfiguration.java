package io.palmspring.autoconfigure;

import io.palmspring.function.ErrorReplyPolicy;
import io.palmspring.function.UserFunctionBeanPostProcessor;
import io.palmspring.function.UserFunctionRegistry;
import org.zeromq.ZContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What every PALM role shares: the ZeroMQ context, the registry of
 * {@code @UserFunction}s with its discovery post-processor, and the reply policy for
 * failed functions. Each bean backs off when the application defines its own.
 *
 * @since 0.1.0
 */
@AutoConfiguration(afterName = "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration")
@ConditionalOnClass(ZContext.class)
@EnableConfigurationProperties(PalmLoggingProperties.class)
public final class PalmCoreAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	ZContext palmZmqContext() {
		return new ZContext(1);
	}

	@Bean
	@ConditionalOnMissingBean
	UserFunctionRegistry palmUserFunctionRegistry() {
		return new UserFunctionRegistry();
	}

	@Bean
	static UserFunctionBeanPostProcessor palmUserFunctionBeanPostProcessor(
			ObjectProvider<UserFunctionRegistry> registry) {
		return new UserFunctionBeanPostProcessor(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	ErrorReplyPolicy palmErrorReplyPolicy() {
		return ErrorReplyPolicy.standard();
	}

}
