package io.palmspring.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.google.protobuf.ByteString;
import io.palmspring.protocol.PalmMessage;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The baseline client: PUSH and SUB on one thread, with the same bound on requests in
 * flight as PalmClient, so both sides of the comparison are lossless by design.
 */
final class RawDriver implements Driver {

	private final ZContext context = new ZContext(1);

	private final ZMQ.Socket push;

	private final ZMQ.Socket sub;

	private final String clientId = UUID.randomUUID().toString();

	private final int window;

	RawDriver(String pullAddress, String pubAddress, int window) throws Exception {
		this.window = window;
		this.push = this.context.createSocket(SocketType.PUSH);
		this.push.setHandshakeIvl(1000);
		this.push.connect(pullAddress);
		this.sub = this.context.createSocket(SocketType.SUB);
		this.sub.setHandshakeIvl(1000);
		this.sub.setReceiveTimeOut(5000);
		this.sub.subscribe(this.clientId.getBytes(StandardCharsets.UTF_8));
		this.sub.connect(pubAddress);
		// wait until the subscription is live, as PalmClient does
		this.sub.setReceiveTimeOut(20);
		while (true) {
			send(new byte[0], "probe");
			if (this.sub.recv(0) != null) {
				this.sub.recv(0);
				break;
			}
		}
		this.sub.setReceiveTimeOut(5000);
	}

	private long sequence;

	private void send(byte[] payload) {
		send(payload, "job");
	}

	private void send(byte[] payload, String pipeline) {
		PalmMessage request = PalmMessage.newBuilder()
			.setPipeline(pipeline)
			.setClient(this.clientId)
			.setFunction("raw.echo")
			.setPayload(ByteString.copyFrom(payload))
			.build();
		this.push.send(request.toByteArray(), 0);
	}

	/**
	 * Receive the next reply of a pipeline, skipping late replies of others (probes).
	 */
	private boolean receive(String pipeline) throws Exception {
		while (true) {
			byte[] topic = this.sub.recv(0);
			if (topic == null) {
				return false;
			}
			if (PalmMessage.parseFrom(this.sub.recv(0)).getPipeline().equals(pipeline)) {
				return true;
			}
		}
	}

	@Override
	public int job(byte[] payload, int count) throws Exception {
		int sent = 0;
		int received = 0;
		while (received < count) {
			while (sent < count && sent - received < this.window) {
				send(payload);
				sent++;
			}
			if (!receive("job")) {
				return received;
			}
			received++;
		}
		return received;
	}

	@Override
	public void eval(byte[] payload) throws Exception {
		String pipeline = Long.toString(++this.sequence);
		send(payload, pipeline);
		if (!receive(pipeline)) {
			throw new IllegalStateException("No reply");
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

}
