package io.palmspring.logging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import com.google.protobuf.InvalidProtocolBufferException;
import io.palmspring.logging.wire.LogAck;
import io.palmspring.logging.wire.LogBatch;
import io.palmspring.logging.wire.LogEvent;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Ships log events to a central collector without ever making the application wait.
 * <p>
 * {@link #offer} only queues: it takes the event when fewer than {@code capacity}
 * events are waiting (queued, or sent and not yet acknowledged), and otherwise drops
 * it and counts it. One thread sends batches (an event waits up to {@code linger} for
 * others to share its message) over a DEALER socket that connects out to
 * the collector's ROUTER and keeps every batch until the collector acknowledges it;
 * batches without an acknowledgement are sent again, and the collector drops what it
 * already has by sequence number. So an event either arrives once or is counted as
 * dropped, also when the collector is down or restarts. While events are being
 * dropped a WARN line naming the count goes to the local log (never shipped) once per
 * {@code warnInterval}.
 *
 * @since 0.1.0
 */
public final class LogShipper implements AutoCloseable {

	/** The logger of the shipper's own warnings; events of this logger are never shipped. */
	public static final String OWN_LOGGER = "io.palmspring.logging.LogShipper";

	private static final Log logger = LogFactory.getLog(OWN_LOGGER);

	private static final int SCHEMA_VERSION = 1;

	private final ZmqEndpoint endpoint;

	private final int capacity;

	private final int batchSize;

	private final Duration resendAfter;

	private final Duration warnInterval;

	private final Duration linger;

	private final String sender = UUID.randomUUID().toString();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition work = this.lock.newCondition();

	/** Events with a sequence, not yet sent. Guarded by lock. */
	private final ArrayDeque<LogEvent> queued = new ArrayDeque<>();

	/** Events sent and not yet acknowledged. Guarded by lock. */
	private final ArrayDeque<LogEvent> unacknowledged = new ArrayDeque<>();

	private long nextSequence = 1;

	/** When the collector last acknowledged something, or the oldest waiting event was first sent. */
	private long lastProgressNanos;

	private long firstQueuedNanos;

	private final AtomicLong offered = new AtomicLong();

	private final AtomicLong acknowledged = new AtomicLong();

	private final AtomicLong dropped = new AtomicLong();

	private volatile long lastAcknowledgedMillis;

	private long droppedAtLastWarning;

	private long lastWarningNanos = System.nanoTime();

	private final ZContext context = new ZContext(1);

	private final Thread thread;

	private volatile boolean running = true;

	/**
	 * Create and start a shipper.
	 * @param endpoint the collector's address
	 * @param capacity how many events may wait before new ones are dropped
	 * @param batchSize how many events go in one message at most
	 * @param resendAfter how long a batch may wait for its acknowledgement before all
	 * unacknowledged events are sent again
	 * @param warnInterval how often at most to warn about dropped events
	 * @param linger how long a first event waits for others to share its message
	 */
	public LogShipper(ZmqEndpoint endpoint, int capacity, int batchSize, Duration resendAfter, Duration warnInterval,
			Duration linger) {
		this.endpoint = endpoint;
		this.capacity = capacity;
		this.batchSize = batchSize;
		this.resendAfter = resendAfter;
		this.warnInterval = warnInterval;
		this.linger = linger;
		ZMQ.Socket socket = ZmqSockets.create(this.context, SocketType.DEALER);
		socket.setLinger(0);
		// queue only to a connected collector, so that waiting events stay countable here
		socket.setImmediate(true);
		socket.setSndHWM(64);
		socket.setReconnectIVL(200);
		socket.setReconnectIVLMax(2000);
		ZmqSockets.connect(socket, endpoint);
		this.thread = new Thread(() -> run(socket), "palm-log-shipper");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/**
	 * Queue an event; never blocks beyond a short lock.
	 * @param event the event, without a sequence number
	 * @return whether the event was taken (else it was dropped and counted)
	 */
	public boolean offer(LogEvent.Builder event) {
		this.offered.incrementAndGet();
		this.lock.lock();
		try {
			if (this.queued.size() + this.unacknowledged.size() >= this.capacity || !this.running) {
				this.dropped.incrementAndGet();
				return false;
			}
			this.queued.add(event.setSequence(this.nextSequence++).build());
			if (this.queued.size() == 1) {
				this.firstQueuedNanos = System.nanoTime();
				this.work.signal();
			}
			else if (this.queued.size() == this.batchSize) {
				this.work.signal();
			}
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Wait until every taken event is acknowledged, for a bounded time.
	 * @param timeout how long to wait
	 * @return whether nothing is left waiting
	 */
	public boolean flush(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (waiting() == 0) {
				return true;
			}
			Thread.sleep(20);
		}
		return waiting() == 0;
	}

	/**
	 * Return the number of events taken but not yet acknowledged.
	 * @return the events waiting
	 */
	public int waiting() {
		this.lock.lock();
		try {
			return this.queued.size() + this.unacknowledged.size();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Return the number of events offered.
	 * @return the count since start
	 */
	public long getOffered() {
		return this.offered.get();
	}

	/**
	 * Return the number of events the collector acknowledged.
	 * @return the count since start
	 */
	public long getAcknowledged() {
		return this.acknowledged.get();
	}

	/**
	 * Return the number of events dropped because too many were waiting.
	 * @return the count since start
	 */
	public long getDropped() {
		return this.dropped.get();
	}

	/**
	 * Return when the collector last acknowledged events.
	 * @return epoch milliseconds, or 0 when never
	 */
	public long getLastAcknowledgedMillis() {
		return this.lastAcknowledgedMillis;
	}

	/**
	 * Return this process's sender id.
	 * @return a UUID
	 */
	public String getSender() {
		return this.sender;
	}

	/**
	 * Return the collector's address.
	 * @return the endpoint
	 */
	public ZmqEndpoint getEndpoint() {
		return this.endpoint;
	}

	private void run(ZMQ.Socket socket) {
		ZMQ.Poller poller = this.context.createPoller(1);
		poller.register(socket, ZMQ.Poller.POLLIN);
		try {
			while (this.running) {
				long untilDue = untilQueueIsDue();
				if (untilDue == 0) {
					sendQueued(socket);
					untilDue = untilQueueIsDue();
				}
				resendIfUnanswered(socket);
				warnAboutDrops();
				if (hasUnacknowledged()) {
					// acknowledgements wake us; so does the queue falling due
					if (poller.poll(Math.max(1, Math.min(20, TimeUnit.NANOSECONDS.toMillis(untilDue)))) > 0) {
						receiveAcknowledgements(socket);
					}
				}
				else {
					awaitWork(untilDue);
				}
			}
		}
		catch (RuntimeException ex) {
			logger.error("Log shipping to " + this.endpoint + " stopped", ex);
		}
		finally {
			poller.close();
			this.context.destroySocket(socket);
		}
	}

	/**
	 * Return how long until the queued events should be sent: at once when a batch is
	 * full or the oldest has waited {@code linger}; events wait to share a message,
	 * which saves wake-ups here and at the collector.
	 */
	private long untilQueueIsDue() {
		this.lock.lock();
		try {
			if (this.queued.isEmpty()) {
				return TimeUnit.MILLISECONDS.toNanos(500);
			}
			if (this.queued.size() >= this.batchSize) {
				return 0;
			}
			return Math.max(0, this.firstQueuedNanos + this.linger.toNanos() - System.nanoTime());
		}
		finally {
			this.lock.unlock();
		}
	}

	private void sendQueued(ZMQ.Socket socket) {
		while (true) {
			LogBatch.Builder batch = LogBatch.newBuilder().setSchemaVersion(SCHEMA_VERSION).setSender(this.sender);
			this.lock.lock();
			try {
				if (this.queued.isEmpty()) {
					return;
				}
				for (int i = 0; i < this.batchSize && !this.queued.isEmpty(); i++) {
					LogEvent event = this.queued.poll();
					batch.addEvents(event);
					this.unacknowledged.add(event);
				}
				if (this.unacknowledged.size() == batch.getEventsCount()) {
					// nothing was waiting for an acknowledgement: the resend clock starts now
					this.lastProgressNanos = System.nanoTime();
				}
				batch.setFirstUnacknowledged(this.unacknowledged.peek().getSequence());
			}
			finally {
				this.lock.unlock();
			}
			// not connected: the events stay unacknowledged and are sent again later
			socket.send(batch.build().toByteArray(), ZMQ.DONTWAIT);
		}
	}

	private void resendIfUnanswered(ZMQ.Socket socket) {
		LogBatch.Builder batch = null;
		this.lock.lock();
		try {
			// timed from the last progress, not the last send: while the application keeps
			// logging, new batches past a lost one must not put the resend off for ever
			if (this.unacknowledged.isEmpty()
					|| System.nanoTime() - this.lastProgressNanos < this.resendAfter.toNanos()) {
				return;
			}
			this.lastProgressNanos = System.nanoTime();
			Iterator<LogEvent> events = this.unacknowledged.iterator();
			while (events.hasNext()) {
				if (batch == null) {
					batch = LogBatch.newBuilder()
						.setSchemaVersion(SCHEMA_VERSION)
						.setSender(this.sender)
						.setFirstUnacknowledged(this.unacknowledged.peek().getSequence());
				}
				batch.addEvents(events.next());
				if (batch.getEventsCount() == this.batchSize || !events.hasNext()) {
					if (!socket.send(batch.build().toByteArray(), ZMQ.DONTWAIT)) {
						return;
					}
					batch = null;
				}
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	private void receiveAcknowledgements(ZMQ.Socket socket) {
		byte[] frame;
		while ((frame = socket.recv(ZMQ.DONTWAIT)) != null) {
			LogAck ack;
			try {
				ack = LogAck.parseFrom(frame);
			}
			catch (InvalidProtocolBufferException ex) {
				logger.warn("Ignored an acknowledgement from " + this.endpoint + " that could not be decoded");
				continue;
			}
			if (!this.sender.equals(ack.getSender())) {
				continue;
			}
			long removed = 0;
			this.lock.lock();
			try {
				while (!this.unacknowledged.isEmpty() && this.unacknowledged.peek().getSequence() <= ack.getUpTo()) {
					this.unacknowledged.poll();
					removed++;
				}
				if (removed > 0) {
					this.lastProgressNanos = System.nanoTime();
				}
			}
			finally {
				this.lock.unlock();
			}
			if (removed > 0) {
				this.acknowledged.addAndGet(removed);
				this.lastAcknowledgedMillis = System.currentTimeMillis();
			}
		}
	}

	private boolean hasUnacknowledged() {
		this.lock.lock();
		try {
			return !this.unacknowledged.isEmpty();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void awaitWork(long nanos) {
		this.lock.lock();
		try {
			// an event queued since the caller looked shortens the wait to its linger
			long wait = this.queued.isEmpty() ? nanos : Math.min(nanos, untilQueueIsDue());
			if (this.running && wait > 0 && this.queued.size() < this.batchSize) {
				this.work.awaitNanos(wait);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void warnAboutDrops() {
		long now = System.nanoTime();
		if (now - this.lastWarningNanos < this.warnInterval.toNanos()) {
			return;
		}
		long total = this.dropped.get();
		long recent = total - this.droppedAtLastWarning;
		if (recent > 0) {
			logger.warn("Dropped " + recent + " log events in the last " + this.warnInterval.toSeconds()
					+ " s (" + total + " in all): the log collector at '" + this.endpoint.address()
					+ "' is unreachable or slow");
		}
		this.droppedAtLastWarning = total;
		this.lastWarningNanos = now;
	}

	@Override
	public void close() {
		this.running = false;
		this.lock.lock();
		try {
			this.work.signal();
		}
		finally {
			this.lock.unlock();
		}
		try {
			this.thread.join(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.context.close();
	}

}
