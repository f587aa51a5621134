package io.palmspring.sample.master;

import java.util.List;

import io.palmspring.master.GatherHook;
import io.palmspring.master.ScatterHook;
import io.palmspring.protocol.PalmMessages;
import org.apache.commons.logging.Log;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * pylm's logging example, master side: every message goes to the workers three times;
 * at the 30th result the master logs an error and replaces that result's payload.
 */
@Configuration(proxyBeanMethods = false)
@Profile("master")
class LoggingExampleHooks {

	@Bean
	ScatterHook threeTimes() {
		return (message) -> List.of(message, message, message);
	}

	@Bean
	GatherHook changeTheThirtieth(@Qualifier("palmServerLog") Log log) {
		int[] counter = { 0 };
		// results of a master arrive on one thread: a plain counter is enough
		return (result) -> {
			counter[0]++;
			if (counter[0] == 30) {
				log.error("Changing the payload of the message");
				return List.of(PalmMessages.changePayload(result, "final message"));
			}
			return List.of(result);
		};
	}

}
