package io.palmspring.transport;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;

class ZmqSocketsTests {

	/**
	 * JeroMQ 0.6.0 leaves a few percent of loopback connections between two contexts
	 * with a stalled handshake (30 s by default). The short handshake interval of
	 * {@link ZmqSockets#create} turns each stall into a quick reconnect.
	 */
	@Test
	void connectionsBetweenTwoContextsAllCarryARequestWithinSeconds() {
		try (ZContext server = new ZContext(1); ZContext client = new ZContext(1)) {
			for (int i = 0; i < 100; i++) {
				ZMQ.Socket rep = ZmqSockets.create(server, SocketType.REP);
				rep.setReceiveTimeOut(3000);
				String address = ZmqSockets.bind(rep, ZmqEndpoint.of("test", "tcp://127.0.0.1:0"));
				ZMQ.Socket pull = ZmqSockets.create(server, SocketType.PULL);
				ZmqSockets.bind(pull, ZmqEndpoint.of("test", "tcp://127.0.0.1:0"));
				ZMQ.Socket req = ZmqSockets.create(client, SocketType.REQ);
				ZmqSockets.connect(req, ZmqEndpoint.of("test", address));
				req.send("ping");
				assertThat(rep.recvStr()).as("request %d over a new connection", i).isEqualTo("ping");
				server.destroySocket(rep);
				server.destroySocket(pull);
				client.destroySocket(req);
			}
		}
	}

}
