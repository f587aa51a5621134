package io.palmspring.protocol;

import io.palmspring.protocol.RoutingException.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StepTests {

	@Test
	void whenOneStepThenServerAndFunctionAreSplitAtTheDot() {
		assertThat(Step.current(message("my_server.foo", 0))).isEqualTo(new Step("my_server", "foo"));
	}

	@Test
	void whenSeveralStepsThenTheStageSelectsOne() {
		assertThat(Step.current(message("a.f b.g c.h", 1))).isEqualTo(new Step("b", "g"));
		assertThat(Step.current(message("a.f b.g c.h", 2))).isEqualTo(new Step("c", "h"));
	}

	@Test
	void whenFunctionHasSeveralDotsThenTheServerIsBeforeTheFirst() {
		assertThat(Step.current(message("a.b.c", 0))).isEqualTo(new Step("a", "b.c"));
	}

	@Test
	void whenStageIsPastTheLastStepThenRoutingFails() {
		assertThatExceptionOfType(RoutingException.class).isThrownBy(() -> Step.current(message("a.f b.g", 2)))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.STAGE_OUT_OF_RANGE))
			.withMessageContaining("Stage 2 is past the last step of 'a.f b.g'");
		assertThatExceptionOfType(RoutingException.class).isThrownBy(() -> Step.current(message("a.f", -1)))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.STAGE_OUT_OF_RANGE));
	}

	@Test
	void whenStepHasNoServerPartThenRoutingFails() {
		for (String function : new String[] { "foo", ".foo", "foo.", "a.f  b.g" }) {
			int stage = function.startsWith("a.f") ? 1 : 0;
			assertThatExceptionOfType(RoutingException.class)
				.isThrownBy(() -> Step.current(message(function, stage)))
				.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED_STEP));
		}
	}

	@Test
	void whenFunctionIsEmptyThenRoutingFails() {
		assertThatExceptionOfType(RoutingException.class).isThrownBy(() -> Step.current(message("", 0)))
			.withMessageContaining("empty function");
	}

	private static PalmMessage message(String function, long stage) {
		return PalmMessage.newBuilder().setFunction(function).setStage(stage).setClient("c").setPipeline("p").build();
	}

}
