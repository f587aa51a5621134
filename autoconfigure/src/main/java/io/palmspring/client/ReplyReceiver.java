package io.palmspring.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

import io.palmspring.protocol.MalformedMessageException;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import org.springframework.core.log.LogAccessor;

/**
 * Owns the client's SUB socket on one thread, subscribed to the client id for the
 * client's whole life, and hands each reply to the call waiting for its pipeline id.
 * Replies for no waiting call (late ones, after a timeout) are dropped.
 */
final class ReplyReceiver {

	private static final LogAccessor logger = new LogAccessor(ReplyReceiver.class);

	private final ZContext context;

	private final ZmqEndpoint publisher;

	private final String clientId;

	private final String probePipeline;

	private final Map<String, BlockingQueue<PalmMessage>> waiting = new ConcurrentHashMap<>();

	private final CountDownLatch live = new CountDownLatch(1);

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final Thread thread;

	private volatile boolean running = true;

	ReplyReceiver(ZContext context, ZmqEndpoint publisher, String clientId, String probePipeline) {
		this.context = context;
		this.publisher = publisher;
		this.clientId = clientId;
		this.probePipeline = probePipeline;
		ZMQ.Socket socket = ZmqSockets.create(context, SocketType.SUB);
		socket.setLinger(0);
		socket.setReceiveTimeOut(100);
		socket.setRcvHWM(0);
		socket.subscribe(clientId.getBytes(StandardCharsets.UTF_8));
		try {
			ZmqSockets.connect(socket, publisher);
		}
		catch (RuntimeException ex) {
			context.destroySocket(socket);
			throw ex;
		}
		this.thread = new Thread(() -> receive(socket), "palm-client-" + clientId.substring(0, 8));
		this.thread.setDaemon(true);
		this.thread.start();
	}

	BlockingQueue<PalmMessage> register(String pipeline) {
		BlockingQueue<PalmMessage> queue = new LinkedBlockingQueue<>();
		this.waiting.put(pipeline, queue);
		return queue;
	}

	void unregister(String pipeline) {
		this.waiting.remove(pipeline);
	}

	CountDownLatch live() {
		return this.live;
	}

	void markLive() {
		this.live.countDown();
	}

	void close() {
		this.running = false;
		if (Thread.currentThread() != this.thread) {
			try {
				this.stopped.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void receive(ZMQ.Socket socket) {
		try {
			while (this.running) {
				byte[] topic;
				try {
					topic = socket.recv(0);
				}
				catch (ZMQException ex) {
					break;
				}
				if (topic == null) {
					continue;
				}
				byte[] frame = topic;
				int frames = 1;
				while (socket.hasReceiveMore()) {
					frame = socket.recv(0);
					frames++;
				}
				if (frames != 2) {
					int count = frames;
					logger.warn(() -> "Dropped a reply of " + count + " frames from '" + this.publisher.address()
							+ "'; expected [topic, message]");
					continue;
				}
				deliver(frame);
			}
		}
		finally {
			this.context.destroySocket(socket);
			this.stopped.countDown();
		}
	}

	private void deliver(byte[] frame) {
		PalmMessage reply;
		try {
			reply = PalmMessages.decode(frame);
		}
		catch (MalformedMessageException ex) {
			logger.warn(() -> "Dropped a reply that could not be decoded: " + ex.getMessage());
			return;
		}
		if (this.probePipeline.equals(reply.getPipeline())) {
			this.live.countDown();
			return;
		}
		BlockingQueue<PalmMessage> queue = this.waiting.get(reply.getPipeline());
		if (queue == null) {
			logger.debug(() -> "Dropped a reply nobody waits for (" + PalmMessages.describe(reply) + ")");
			return;
		}
		queue.add(reply);
	}

}
