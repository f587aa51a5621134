package io.palmspring.logging.collector;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.google.protobuf.InvalidProtocolBufferException;
import io.palmspring.logging.wire.LogAck;
import io.palmspring.logging.wire.LogBatch;
import io.palmspring.logging.wire.LogEvent;
import io.palmspring.transport.ZmqEndpoint;
import io.palmspring.transport.ZmqSockets;
import org.apache.commons.logging.Log;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import org.springframework.context.SmartLifecycle;

import zmq.ZError;

/**
 * The collector's socket: a ROUTER bound at its address that receives batches of log
 * events from any number of servers, passes each new event to the sinks, and
 * acknowledges it to its sender. Events are numbered per sender; one already
 * collected (sent again after a lost acknowledgement, or to a restarted collector) is
 * acknowledged but not collected twice. The last number per sender is recovered from
 * the file at start.
 *
 * @since 0.1.0
 */
public final class LogCollector implements SmartLifecycle {

	private final ZContext context;

	private final ZmqEndpoint endpoint;

	private final List<LogEventSink> sinks;

	private final Map<String, Long> lastSequence = new HashMap<>();

	private final Log log;

	private final AtomicLong ids = new AtomicLong();

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong duplicates = new AtomicLong();

	private volatile @Nullable String boundAddress;

	private volatile boolean running;

	private volatile CountDownLatch stopped = new CountDownLatch(0);

	/**
	 * Create a collector.
	 * @param context the ZeroMQ context
	 * @param endpoint where to bind
	 * @param sinks who takes each new event, in order
	 * @param recovered the last sequence per sender already stored
	 * @param log the collector's own logger
	 */
	public LogCollector(ZContext context, ZmqEndpoint endpoint, List<LogEventSink> sinks, Map<String, Long> recovered,
			Log log) {
		this.context = context;
		this.endpoint = endpoint;
		this.sinks = List.copyOf(sinks);
		this.lastSequence.putAll(recovered);
		this.log = log;
	}

	@Override
	public void start() {
		if (this.running) {
			return;
		}
		ZMQ.Socket socket = ZmqSockets.create(this.context, SocketType.ROUTER);
		try {
			socket.setReceiveTimeOut(200);
			socket.setLinger(0);
			socket.setRcvHWM(10_000);
			this.boundAddress = ZmqSockets.bind(socket, this.endpoint);
		}
		catch (RuntimeException ex) {
			this.context.destroySocket(socket);
			throw ex;
		}
		this.running = true;
		this.stopped = new CountDownLatch(1);
		new Thread(() -> receive(socket), "palm-log-collector").start();
		this.log.info("Log collector listening at '" + this.boundAddress + "'");
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.stopped.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Return the bound address.
	 * @return the address with its real port, or {@code null} before start
	 */
	public @Nullable String getBoundAddress() {
		return this.boundAddress;
	}

	/**
	 * Return how many new events were collected.
	 * @return the count since start
	 */
	public long getReceived() {
		return this.received.get();
	}

	/**
	 * Return how many events arrived again and were not collected twice.
	 * @return the count since start
	 */
	public long getDuplicates() {
		return this.duplicates.get();
	}

	private void receive(ZMQ.Socket socket) {
		try {
			while (this.running) {
				byte[] identity;
				try {
					identity = socket.recv(0);
				}
				catch (ZMQException ex) {
					if (ex.getErrorCode() == ZError.ETERM) {
						break;
					}
					throw ex;
				}
				if (identity == null) {
					continue;
				}
				byte[] frame = null;
				while (socket.hasReceiveMore()) {
					frame = socket.recv(0);
				}
				if (frame == null) {
					continue;
				}
				LogAck ack = collect(frame);
				if (ack != null) {
					socket.sendMore(identity);
					socket.send(ack.toByteArray(), ZMQ.DONTWAIT);
				}
			}
		}
		catch (RuntimeException ex) {
			this.log.error("Log collector at '" + this.boundAddress + "' stopped", ex);
		}
		finally {
			this.context.destroySocket(socket);
			this.stopped.countDown();
		}
	}

	private @Nullable LogAck collect(byte[] frame) {
		LogBatch batch;
		try {
			batch = LogBatch.parseFrom(frame);
		}
		catch (InvalidProtocolBufferException ex) {
			this.log.warn("Ignored a log batch that could not be decoded: " + ex.getMessage());
			return null;
		}
		String sender = batch.getSender();
		Long known = this.lastSequence.get(sender);
		long last;
		if (batch.getFirstUnacknowledged() > 0) {
			// everything before the oldest event the sender still holds was acknowledged once
			// (perhaps by an earlier collector): never wait for it
			last = Math.max((known != null) ? known : 0, batch.getFirstUnacknowledged() - 1);
		}
		else if (known != null) {
			last = known;
		}
		else {
			last = (batch.getEventsCount() > 0) ? batch.getEvents(0).getSequence() - 1 : 0;
		}
		for (LogEvent event : batch.getEventsList()) {
			long sequence = event.getSequence();
			if (sequence <= last) {
				this.duplicates.incrementAndGet();
				continue;
			}
			if (sequence > last + 1) {
				// an earlier batch was lost on the way: take nothing after the gap, the
				// sender sends everything unacknowledged again
				break;
			}
			last = sequence;
			CollectedEvent collected = new CollectedEvent(this.ids.incrementAndGet(), sender, event);
			for (LogEventSink sink : this.sinks) {
				try {
					sink.accept(collected);
				}
				catch (RuntimeException ex) {
					this.log.error("A log event sink failed", ex);
				}
			}
			this.received.incrementAndGet();
		}
		for (LogEventSink sink : this.sinks) {
			try {
				sink.endOfBatch();
			}
			catch (RuntimeException ex) {
				this.log.error("A log event sink failed", ex);
			}
		}
		this.lastSequence.put(sender, last);
		return LogAck.newBuilder().setSender(sender).setUpTo(last).build();
	}

}
