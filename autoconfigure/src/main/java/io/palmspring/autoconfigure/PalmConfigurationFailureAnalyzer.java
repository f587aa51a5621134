package io.palmspring.autoconfigure;

import io.palmspring.function.InvalidUserFunctionException;
import io.palmspring.transport.EndpointException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns Palm Spring's startup failures (a bad address, a taken port, a missing name,
 * a wrong user function) into Boot's "APPLICATION FAILED TO START" report with the
 * property or the method to fix.
 *
 * @since 0.1.0
 */
public final class PalmConfigurationFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EndpointException endpoint) {
				return new FailureAnalysis(endpoint.getMessage(), "Set " + endpoint.getProperty()
						+ " to a free, well-formed ZeroMQ address such as tcp://127.0.0.1:5556 (tcp://*:5556 for"
						+ " all interfaces), or stop the process that holds the port.", endpoint);
			}
			if (cause instanceof PalmPropertyException property) {
				return new FailureAnalysis(property.getMessage(), "Set " + property.getProperty()
						+ " in application.yml, on the command line or in the environment.", property);
			}
			if (cause instanceof InvalidUserFunctionException function) {
				return new FailureAnalysis(function.getMessage(),
						"Make each @UserFunction method 'byte[] name(byte[] payload)' with a unique name, or give"
								+ " it another name with @UserFunction(\"other\").",
						function);
			}
		}
		return null;
	}

}
