package io.palmspring.sample.worker;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.palmspring.cache.CacheClient;
import io.palmspring.function.UserFunction;
import org.apache.commons.logging.Log;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * pylm's logging example, worker side: counts its calls and logs every tenth; answers
 * with its name, the value the client cached in the master, and the message.
 */
@Component
@Profile("worker")
class LoggingExampleWorker {

	private final String name;

	private final CacheClient masterCache;

	private final Log log;

	// a worker runs palm.worker.concurrency functions at once
	private final AtomicInteger counter = new AtomicInteger();

	LoggingExampleWorker(@Value("${palm.worker.name}") String name, CacheClient masterCache,
			@Qualifier("palmWorkerLog") Log log) {
		this.name = name;
		this.masterCache = masterCache;
		this.log = log;
	}

	@UserFunction
	byte[] foo(byte[] message) {
		int count = this.counter.incrementAndGet();
		if (count % 10 == 0) {
			this.log.info("Processed " + count + " messages");
		}
		return (this.name + this.masterCache.getString("cached") + new String(message, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
	}

}
