package io.palmspring.autoconfigure;

import io.palmspring.function.InvalidUserFunctionException;
import io.palmspring.transport.ZmqEndpoint;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PalmConfigurationFailureAnalyzerTests {

	private final PalmConfigurationFailureAnalyzer analyzer = new PalmConfigurationFailureAnalyzer();

	@Test
	void badEndpointIsDescribedWithTheProperty() {
		Throwable failure = new BeanCreationException("palmServerInbound", "failed",
				catchThrowable(() -> ZmqEndpoint.of("palm.server.pull-address", "tcp:/x")));
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis.getDescription()).startsWith("palm.server.pull-address 'tcp:/x' is not a ZeroMQ endpoint");
		assertThat(analysis.getAction()).startsWith("Set palm.server.pull-address to a free, well-formed");
	}

	@Test
	void missingPropertyAndBadFunctionAreDescribed() {
		FailureAnalysis missing = this.analyzer
			.analyze(new IllegalStateException(new PalmPropertyException("palm.server.name", "is not set")));
		assertThat(missing.getDescription()).isEqualTo("palm.server.name is not set");
		assertThat(missing.getAction()).startsWith("Set palm.server.name");
		FailureAnalysis function = this.analyzer.analyze(new InvalidUserFunctionException("bean 'x' ..."));
		assertThat(function.getAction()).contains("byte[] name(byte[] payload)");
	}

	@Test
	void otherFailuresAreLeftToOtherAnalyzers() {
		assertThat(this.analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
	}

}
