package io.palmspring.server;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.palmspring.protocol.PalmMessage;
import io.palmspring.transport.ZmqSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client made of raw JeroMQ sockets, for sending what our client never would.
 * Waits for its subscription with echo probes, never with a sleep.
 */
final class RawPeer implements AutoCloseable {

	private final ZContext context = new ZContext(1);

	private final ZMQ.Socket push;

	private final ZMQ.Socket sub;

	private final String clientId = UUID.randomUUID().toString();

	RawPeer(String serverName, String pullAddress, String pubAddress) {
		this.push = ZmqSockets.create(this.context, SocketType.PUSH);
		this.push.connect(pullAddress);
		this.sub = ZmqSockets.create(this.context, SocketType.SUB);
		this.sub.subscribe(this.clientId.getBytes(StandardCharsets.UTF_8));
		this.sub.setReceiveTimeOut(100);
		this.sub.connect(pubAddress);
		await().until(() -> {
			send(PalmMessage.newBuilder().setFunction(serverName + ".echo").setPipeline("probe"));
			return receive() != null;
		});
		drain();
	}

	PalmMessage call(PalmMessage.Builder request) {
		send(request);
		PalmMessage[] reply = new PalmMessage[1];
		await().until(() -> (reply[0] = receive()) != null);
		return reply[0];
	}

	void send(PalmMessage.Builder request) {
		this.push.send(request.setClient(this.clientId).build().toByteArray());
	}

	PalmMessage receive() throws Exception {
		byte[] topic = this.sub.recv();
		if (topic == null) {
			return null;
		}
		assertThat(new String(topic, StandardCharsets.UTF_8)).isEqualTo(this.clientId);
		assertThat(this.sub.hasReceiveMore()).isTrue();
		return PalmMessage.parseFrom(this.sub.recv());
	}

	private void drain() {
		while (this.sub.recv(ZMQ.DONTWAIT) != null) {
			// replies to earlier probes
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
