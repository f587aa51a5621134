package io.palmspring.client;

import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import io.palmspring.protocol.MalformedMessageException;
import io.palmspring.protocol.PalmMessage;
import io.palmspring.protocol.PalmMessages;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import org.springframework.core.log.LogAccessor;

/**
 * The client's SUB socket, subscribed to the client id for the client's whole life,
 * and the hand-out of each reply to the call waiting for its pipeline id.
 * <p>
 * No thread of its own: a waiting caller becomes the leader and receives for everyone
 * (leader/followers), so a lone caller reads its reply straight from the socket, with
 * no hand-off between threads. When the leader has its reply it steps down and wakes a
 * waiting follower to take over. Replies nobody waits for (late ones, after a timeout)
 * are dropped.
 */
final class ReplyReceiver {

	private static final LogAccessor logger = new LogAccessor(ReplyReceiver.class);

	/** Put in a follower's queue to tell it to take the lead. */
	private static final PalmMessage TAKE_OVER = PalmMessage.newBuilder().setPipeline("\0take-over").build();

	private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private final ZContext context;

	private final ZmqEndpoint publisher;

	private final ZMQ.Socket socket;

	private final ReentrantLock leadership = new ReentrantLock();

	private final Map<String, BlockingQueue<PalmMessage>> waiting = new ConcurrentHashMap<>();

	private final Deque<BlockingQueue<PalmMessage>> followers = new ConcurrentLinkedDeque<>();

	private volatile boolean closed;

	ReplyReceiver(ZContext context, ZmqEndpoint publisher, String clientId) {
		this.context = context;
		this.publisher = publisher;
		this.socket = ZmqSockets.create(context, SocketType.SUB);
		this.socket.setLinger(0);
		this.socket.setRcvHWM(0);
		this.socket.subscribe(clientId.getBytes(StandardCharsets.UTF_8));
		try {
			ZmqSockets.connect(this.socket, publisher);
		}
		catch (RuntimeException ex) {
			context.destroySocket(this.socket);
			throw ex;
		}
	}

	BlockingQueue<PalmMessage> register(String pipeline) {
		BlockingQueue<PalmMessage> queue = new LinkedBlockingQueue<>();
		this.waiting.put(pipeline, queue);
		return queue;
	}

	void unregister(String pipeline) {
		this.waiting.remove(pipeline);
	}

	/**
	 * Wait for the next reply in a queue, receiving for every caller while leading.
	 * @param queue the caller's queue, from {@link #register}
	 * @param deadline when to give up, in {@link System#nanoTime()} terms
	 * @return the reply, or {@code null} at the deadline
	 */
	@Nullable PalmMessage await(BlockingQueue<PalmMessage> queue, long deadline) throws InterruptedException {
		while (true) {
			PalmMessage reply = poll(queue);
			if (reply != null) {
				return reply;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0 || this.closed) {
				return null;
			}
			if (this.leadership.tryLock()) {
				try {
					lead(queue, deadline);
				}
				finally {
					this.leadership.unlock();
					handOver();
				}
				continue;
			}
			this.followers.add(queue);
			try {
				// the leader may have stepped down before we queued up: try once more
				if (this.leadership.isLocked()) {
					reply = queue.poll(Math.min(left, SLICE_NANOS), TimeUnit.NANOSECONDS);
					if (reply != null && reply != TAKE_OVER) {
						return reply;
					}
				}
			}
			finally {
				this.followers.remove(queue);
			}
		}
	}

	private @Nullable PalmMessage poll(BlockingQueue<PalmMessage> queue) {
		PalmMessage reply = queue.poll();
		while (reply == TAKE_OVER) {
			reply = queue.poll();
		}
		return reply;
	}

	/**
	 * Wake every waiting follower; one of them takes the lead, the others wait again.
	 */
	private void handOver() {
		for (BlockingQueue<PalmMessage> follower : this.followers) {
			follower.offer(TAKE_OVER);
		}
	}

	private void lead(BlockingQueue<PalmMessage> queue, long deadline) {
		while (queue.isEmpty() && !this.closed) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return;
			}
			long slice = Math.min(left, SLICE_NANOS);
			this.socket.setReceiveTimeOut((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(slice)));
			byte[] topic;
			try {
				topic = this.socket.recv(0);
			}
			catch (ZMQException ex) {
				return;
			}
			if (topic == null) {
				continue;
			}
			byte[] frame = topic;
			int frames = 1;
			while (this.socket.hasReceiveMore()) {
				frame = this.socket.recv(0);
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

	private void deliver(byte[] frame) {
		PalmMessage reply;
		try {
			reply = PalmMessages.decode(frame);
		}
		catch (MalformedMessageException ex) {
			logger.warn(() -> "Dropped a reply that could not be decoded: " + ex.getMessage());
			return;
		}
		BlockingQueue<PalmMessage> queue = this.waiting.get(reply.getPipeline());
		if (queue == null) {
			logger.debug(() -> "Dropped a reply nobody waits for (" + PalmMessages.describe(reply) + ")");
			return;
		}
		queue.add(reply);
	}

	void close() {
		this.closed = true;
		this.leadership.lock();
		try {
			this.context.destroySocket(this.socket);
		}
		finally {
			this.leadership.unlock();
		}
	}

}
