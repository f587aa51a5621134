package io.palmspring.transport;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * Counts the peers connected to a bound socket, from ZeroMQ's socket events: a master
 * uses it to know how many workers send it results. One small thread waits for the
 * events; it costs nothing while nothing connects.
 *
 * @since 0.1.0
 */
public final class ConnectionMonitor implements AutoCloseable {

	private final ZContext context;

	private final AtomicInteger connected = new AtomicInteger();

	private final AtomicLong accepted = new AtomicLong();

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * Start monitoring a socket; call on the thread that owns the socket.
	 * @param context the socket's context
	 * @param socket the bound socket
	 */
	public ConnectionMonitor(ZContext context, ZMQ.Socket socket) {
		this.context = context;
		String address = "inproc://palm-monitor-" + UUID.randomUUID();
		socket.monitor(address, ZMQ.EVENT_ACCEPTED | ZMQ.EVENT_DISCONNECTED);
		ZMQ.Socket events = context.createSocket(SocketType.PAIR);
		events.setReceiveTimeOut(200);
		events.connect(address);
		this.thread = new Thread(() -> watch(events), "palm-connection-monitor");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Return how many peers are connected now.
	 * @return the count
	 */
	public int getConnected() {
		return this.connected.get();
	}

	/**
	 * Return how many connections were accepted since start.
	 * @return the count
	 */
	public long getAccepted() {
		return this.accepted.get();
	}

	private void watch(ZMQ.Socket events) {
		try {
			while (this.running) {
				ZMQ.Event event;
				try {
					event = ZMQ.Event.recv(events);
				}
				catch (ZMQException ex) {
					break;
				}
				if (event == null) {
					continue;
				}
				if (event.getEvent() == ZMQ.EVENT_ACCEPTED) {
					this.accepted.incrementAndGet();
					this.connected.incrementAndGet();
				}
				else if (event.getEvent() == ZMQ.EVENT_DISCONNECTED) {
					this.connected.updateAndGet((count) -> Math.max(0, count - 1));
				}
			}
		}
		finally {
			this.context.destroySocket(events);
		}
	}

	@Override
	public void close() {
		this.running = false;
	}

}
