package io.palmspring.transport;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConnectionMonitorTests {

	@Test
	void countsPeersAsTheyConnectAndLeave() {
		try (ZContext server = new ZContext(1); ZContext peers = new ZContext(1)) {
			ZMQ.Socket pull = ZmqSockets.create(server, SocketType.PULL);
			String address = ZmqSockets.bind(pull, ZmqEndpoint.of("test", "tcp://127.0.0.1:0"));
			try (ConnectionMonitor monitor = new ConnectionMonitor(server, pull)) {
				ZMQ.Socket first = ZmqSockets.create(peers, SocketType.PUSH);
				first.connect(address);
				ZMQ.Socket second = ZmqSockets.create(peers, SocketType.PUSH);
				second.connect(address);
				await().atMost(Duration.ofSeconds(10)).until(() -> monitor.getConnected() == 2);
				peers.destroySocket(first);
				await().atMost(Duration.ofSeconds(10)).until(() -> monitor.getConnected() == 1);
				assertThat(monitor.getAccepted()).isEqualTo(2);
			}
		}
	}

}
