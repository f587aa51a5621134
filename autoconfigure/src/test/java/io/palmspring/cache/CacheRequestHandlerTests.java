package io.palmspring.cache;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.ByteString;
import io.palmspring.protocol.PalmMessage;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CacheRequestHandlerTests {

	private final InMemoryCacheStore store = new InMemoryCacheStore();

	private final CacheRequestHandler handler = new CacheRequestHandler(this.store,
			LogFactory.getLog(CacheRequestHandlerTests.class));

	@Test
	void setWithKeyStoresPayloadAndRepliesKey() {
		assertThat(text(this.handler.handle(request("s.set", "k", "v")))).isEqualTo("k");
		assertThat(this.store.get("k")).asString().isEqualTo("v");
	}

	@Test
	void setWithoutKeyStoresUnderANewUuid() {
		String key = text(this.handler.handle(request("_.set", "", "v")));
		assertThat(key).matches("[0-9a-f-]{36}");
		assertThat(this.store.get(key)).asString().isEqualTo("v");
	}

	@Test
	void getRepliesValueOrEmptyFrameForAMissingKey() {
		this.store.put("k", bytes("v"));
		assertThat(text(this.handler.handle(request("s.get", "", "k")))).isEqualTo("v");
		assertThat(this.handler.handle(request("s.get", "", "missing"))).isEmpty();
	}

	@Test
	void deleteRemovesAndRepliesKeyEvenWhenMissing() {
		this.store.put("k", bytes("v"));
		assertThat(text(this.handler.handle(request("s.delete", "", "k")))).isEqualTo("k");
		assertThat(this.store.get("k")).isNull();
		assertThat(text(this.handler.handle(request("s.delete", "", "k")))).isEqualTo("k");
	}

	@Test
	void garbageAndUnknownOperationsAreAnsweredWithAnEmptyFrame() {
		assertThat(this.handler.handle(new byte[] { (byte) 0xff, 0x00 })).isEmpty();
		assertThat(this.handler.handle(request("s.drop", "", "k"))).isEmpty();
	}

	private static byte[] request(String function, String cache, String payload) {
		return PalmMessage.newBuilder()
			.setFunction(function)
			.setCache(cache)
			.setPayload(ByteString.copyFromUtf8(payload))
			.build()
			.toByteArray();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
