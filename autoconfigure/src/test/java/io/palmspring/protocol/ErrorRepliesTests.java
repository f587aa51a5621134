package io.palmspring.protocol;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorRepliesTests {

	@Test
	void errorReplyKeepsEveryFieldAndSetsPayloadZeroAndError() {
		PalmMessage request = PalmMessage.newBuilder()
			.setPipeline("p")
			.setClient("c")
			.setStage(1)
			.setFunction("a.f b.g")
			.setCache("k")
			.setPayload(ByteString.copyFromUtf8("data"))
			.build();
		PalmMessage reply = ErrorReplies.of(request, new IllegalArgumentException("bad"));
		assertThat(reply.getPayload().toByteArray()).containsExactly(0x30);
		assertThat(reply.getError()).isEqualTo("IllegalArgumentException: bad");
		assertThat(reply.toBuilder().clearPayload().clearError().build())
			.isEqualTo(request.toBuilder().clearPayload().build());
	}

	@Test
	void errorWithoutMessageIsDescribedByItsClass() {
		assertThat(ErrorReplies.describe(new NullPointerException())).isEqualTo("NullPointerException");
	}

	@Test
	void streamHooksRouteToClientOrToTheNextStage() {
		PalmMessage reply = PalmMessage.newBuilder().setClient("c").setStage(0).build();
		assertThat(StreamHook.toClient().route(reply)).isEqualTo(new ReplyRoute("c", reply));
		ReplyRoute pipelined = StreamHook.pipelined("my_server").route(reply);
		assertThat(pipelined.topic()).isEqualTo("my_server");
		assertThat(pipelined.message().getStage()).isEqualTo(1);
	}

}
