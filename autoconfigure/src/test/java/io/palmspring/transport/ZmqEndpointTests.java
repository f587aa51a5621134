package io.palmspring.transport;

import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ZmqEndpointTests {

	@Test
	void acceptsTcpIpcAndInprocEndpoints() {
		for (String address : new String[] { "tcp://127.0.0.1:5555", "tcp://*:5555", "tcp://host.example:0",
				"tcp://[::1]:5555", "tcp://127.0.0.1:*", "ipc:///tmp/palm", "inproc://palm" }) {
			assertThat(ZmqEndpoint.of("palm.server.pull-address", address).address()).isEqualTo(address);
		}
	}

	@Test
	void rejectsMalformedEndpointsNamingPropertyAndValue() {
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.pull-address", "tcp:/x"))
			.withMessage("palm.server.pull-address 'tcp:/x' is not a ZeroMQ endpoint (no transport); expected"
					+ " tcp://host:port, ipc://path or inproc://name");
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.db-address", "tcp://127.0.0.1"))
			.withMessageContaining("(no host or port)");
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.db-address", "tcp://127.0.0.1:99999"))
			.withMessageContaining("port 99999 out of range");
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.db-address", "tcp://127.0.0.1:http"))
			.withMessageContaining("port 'http' is not a number");
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.db-address", "udp://127.0.0.1:5"))
			.withMessageContaining("unsupported transport 'udp'");
		assertThatExceptionOfType(EndpointException.class)
			.isThrownBy(() -> ZmqEndpoint.of("palm.server.db-address", " "))
			.withMessageStartingWith("palm.server.db-address ' ' is not set");
	}

	@Test
	void wildcardHostsAreReplacedForConnecting() {
		assertThat(ZmqEndpoint.connectable("tcp://*:5556", "server.example")).isEqualTo("tcp://server.example:5556");
		assertThat(ZmqEndpoint.connectable("tcp://0.0.0.0:5556", "10.0.0.2")).isEqualTo("tcp://10.0.0.2:5556");
		assertThat(ZmqEndpoint.connectable("tcp://127.0.0.1:5556", "10.0.0.2")).isEqualTo("tcp://127.0.0.1:5556");
		assertThat(ZmqEndpoint.connectable("inproc://x", "10.0.0.2")).isEqualTo("inproc://x");
		assertThat(ZmqEndpoint.tcpHost("tcp://db.example:5555")).isEqualTo("db.example");
	}

	@Test
	void addressesReadFromAServerTakeTheHostItWasReachedAt() {
		assertThat(ZmqEndpoint.connectableVia("tcp://*:5556", "tcp://db.example:5555"))
			.isEqualTo("tcp://db.example:5556");
		assertThat(ZmqEndpoint.connectableVia("tcp://127.0.0.1:5556", "tcp://db.example:5555"))
			.isEqualTo("tcp://127.0.0.1:5556");
		assertThat(ZmqEndpoint.connectableVia("tcp://*:5556", "ipc:///tmp/db")).isEqualTo("tcp://*:5556");
	}

	@Test
	void bindingATakenPortNamesThePropertyAndSaysAddressInUse() {
		try (ZContext context = new ZContext(1)) {
			ZMQ.Socket first = context.createSocket(SocketType.PULL);
			String bound = ZmqSockets.bind(first, ZmqEndpoint.of("test.first", "tcp://127.0.0.1:0"));
			assertThat(bound).matches("tcp://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
			ZMQ.Socket second = context.createSocket(SocketType.PULL);
			assertThatExceptionOfType(EndpointException.class)
				.isThrownBy(() -> ZmqSockets.bind(second, ZmqEndpoint.of("palm.server.pull-address", bound)))
				.withMessage("palm.server.pull-address '" + bound + "' could not be bound: address already in use");
		}
	}

}
