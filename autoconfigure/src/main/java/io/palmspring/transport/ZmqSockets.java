package io.palmspring.transport;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import zmq.ZError;

/**
 * Binds and connects JeroMQ sockets, turning JeroMQ's failures into
 * {@link EndpointException}s that name the property (JeroMQ throws instead of
 * returning false).
 *
 * @since 0.1.0
 */
public final class ZmqSockets {

	/**
	 * Time a connection may take to finish the ZMTP handshake before it is dropped and
	 * retried. JeroMQ 0.6.0 sometimes never starts reading a connection that completed
	 * at once (seen in about 3 % of loopback connects between two contexts): the
	 * handshake stalls until this timer fires, 30 s by default, so it is kept short.
	 */
	public static final int HANDSHAKE_INTERVAL_MILLIS = 1000;

	private ZmqSockets() {
	}

	/**
	 * Create a socket with the options every Palm Spring socket needs.
	 * @param context the context
	 * @param type the socket type
	 * @return the socket
	 */
	public static ZMQ.Socket create(ZContext context, SocketType type) {
		ZMQ.Socket socket = context.createSocket(type);
		socket.setHandshakeIvl(HANDSHAKE_INTERVAL_MILLIS);
		return socket;
	}

	/**
	 * Bind a socket.
	 * @param socket the socket
	 * @param endpoint where to bind
	 * @return the address actually bound (a real port when the configured one is 0 or *)
	 * @throws EndpointException when the address cannot be bound
	 */
	public static String bind(ZMQ.Socket socket, ZmqEndpoint endpoint) {
		try {
			socket.bind(endpoint.address());
		}
		catch (ZMQException ex) {
			throw new EndpointException(endpoint.property(), endpoint.address(), "could not be bound: "
					+ ((ex.getErrorCode() == ZError.EADDRINUSE) ? "address already in use" : ex.getMessage()));
		}
		catch (RuntimeException ex) {
			throw new EndpointException(endpoint.property(), endpoint.address(),
					"could not be bound: " + ex.getMessage());
		}
		String bound = socket.getLastEndpoint();
		return (bound != null) ? bound : endpoint.address();
	}

	/**
	 * Connect a socket. ZeroMQ connects in the background, so only a malformed or
	 * unresolvable address fails here.
	 * @param socket the socket
	 * @param endpoint where to connect
	 * @throws EndpointException when the address cannot be connected to
	 */
	public static void connect(ZMQ.Socket socket, ZmqEndpoint endpoint) {
		try {
			socket.connect(endpoint.address());
		}
		catch (RuntimeException ex) {
			throw new EndpointException(endpoint.property(), endpoint.address(),
					"could not be connected to: " + ex.getMessage());
		}
	}

}
