package io.palmspring.benchmark;

import io.palmspring.protocol.PalmMessage;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The baseline: the PALM server pattern on raw JeroMQ, with nothing else. PULL a
 * frame, decode the PalmMessage, set the payload (echo), encode, PUB under the client
 * id. Prints {@code READY} once bound.
 */
public final class RawEchoServer {

	private RawEchoServer() {
	}

	public static void main(String[] args) throws Exception {
		try (ZContext context = new ZContext(1)) {
			ZMQ.Socket pull = context.createSocket(SocketType.PULL);
			pull.setHandshakeIvl(1000);
			pull.bind(args[0]);
			ZMQ.Socket pub = context.createSocket(SocketType.PUB);
			pub.setHandshakeIvl(1000);
			pub.bind(args[1]);
			System.out.println("READY " + pull.getLastEndpoint() + " " + pub.getLastEndpoint());
			System.out.flush();
			while (!Thread.currentThread().isInterrupted()) {
				byte[] frame = pull.recv(0);
				PalmMessage request = PalmMessage.parseFrom(frame);
				PalmMessage reply = request.toBuilder().setPayload(request.getPayload()).build();
				pub.sendMore(reply.getClient());
				pub.send(reply.toByteArray(), 0);
			}
		}
	}

}
