package io.palmspring.sample.errorserver;

import java.util.Map;

import io.palmspring.function.UserFunction;
import org.apache.commons.logging.Log;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * pylm's error example: {@code foo} logs a warning and then fails with a programming
 * bug, the twin of the seed's {@code print(x)} with {@code x} never defined. The
 * server logs the full trace, replies {@code 0} with the error, and keeps serving
 * (the built-in {@code echo} still answers).
 */
@Component
@Profile("error-server")
class ErrorServerFunctions {

	private final Log log;

	private final Map<String, String> settings = Map.of();

	ErrorServerFunctions(@Qualifier("palmServerLog") Log log) {
		this.log = log;
	}

	@UserFunction
	byte[] foo(byte[] message) {
		this.log.warn("Got a message");
		String x = this.settings.get("x");
		System.out.println(x.length());
		return message;
	}

}
