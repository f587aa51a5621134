package io.palmspring.client;

import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.palmspring.protocol.PalmMessage;
import io.palmspring.transport.PalmTimeoutException;

/**
 * Sends a job's payloads while its replies are consumed, keeping the unanswered
 * requests within the client's in-flight permits. A request counts as answered once
 * its share of the expected replies has arrived ({@code expected / payloads} each,
 * so a master's fan-out or filter is accounted for).
 * <p>
 * Permits are only taken without waiting while this job has requests out, so two
 * jobs sharing a client cannot hold each other's permits forever.
 */
final class JobIterator implements Iterator<Reply>, AutoCloseable {

	private final PalmClient client;

	private final String function;

	private final Iterator<byte[]> payloads;

	private final int expected;

	private final double repliesPerRequest;

	private final String pipeline = UUID.randomUUID().toString();

	private final BlockingQueue<PalmMessage> replies;

	private int sent;

	private int received;

	private int held;

	private final boolean throwOnError;

	private boolean closed;

	JobIterator(PalmClient client, String function, Collection<byte[]> payloads, int expected,
			boolean throwOnError) {
		this.client = client;
		this.function = function;
		this.payloads = payloads.iterator();
		this.expected = expected;
		this.throwOnError = throwOnError;
		this.repliesPerRequest = payloads.isEmpty() ? 1.0 : Math.max((double) expected / payloads.size(), 1e-9);
		if (expected == 0) {
			// nothing to wait for: send everything and keep nothing registered
			this.replies = new java.util.concurrent.LinkedBlockingQueue<>();
			sendRemainingWithoutReplies();
			this.closed = true;
			return;
		}
		this.replies = client.receiver().register(this.pipeline);
	}

	@Override
	public boolean hasNext() {
		boolean more = !this.closed && this.received < this.expected;
		if (!more) {
			close();
		}
		return more;
	}

	@Override
	public Reply next() {
		if (!hasNext()) {
			throw new NoSuchElementException("Job '" + this.function + "' has ended");
		}
		try {
			sendWhileRoom();
			long deadline = System.nanoTime() + this.client.timeout().toNanos();
			PalmMessage reply = this.client.receiver().await(this.replies, deadline);
			if (reply == null) {
				close();
				throw new PalmTimeoutException("Job '" + this.function + "' got " + this.received + " of "
						+ this.expected + " replies; none came within " + this.client.timeout() + " (pipeline '"
						+ this.pipeline + "')");
			}
			this.received++;
			releaseAnswered();
			if (this.throwOnError && !reply.getError().isEmpty()) {
				// closed first: a caller that lets the stream go must not keep its permits
				close();
				throw new PalmRemoteException(this.function, reply.getError());
			}
			return new Reply(reply);
		}
		catch (InterruptedException ex) {
			close();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running job '" + this.function + "'", ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private void sendWhileRoom() throws InterruptedException {
		while (this.payloads.hasNext()) {
			boolean anyOut = this.held > 0;
			boolean permitted = anyOut ? this.client.inFlight().tryAcquire()
					: this.client.inFlight().tryAcquire(this.client.timeout().toNanos(), TimeUnit.NANOSECONDS);
			if (!permitted) {
				if (!anyOut) {
					throw new PalmTimeoutException("No room to send job '" + this.function + "': "
							+ this.client.maxInFlight() + " requests of this client are unanswered");
				}
				return;
			}
			this.held++;
			this.client.send(this.client.request(this.function, this.pipeline, this.payloads.next()));
			this.sent++;
		}
	}

	private void releaseAnswered() {
		int answered = (int) Math.min(this.sent, Math.floor((this.received + 1e-9) / this.repliesPerRequest));
		int outstanding = this.sent - answered;
		int release = this.held - outstanding;
		if (release > 0) {
			this.held -= release;
			this.client.inFlight().release(release);
		}
	}

	private void sendRemainingWithoutReplies() {
		while (this.payloads.hasNext()) {
			this.client.send(this.client.request(this.function, this.pipeline, this.payloads.next()));
			this.sent++;
		}
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		this.client.receiver().unregister(this.pipeline);
		if (this.held > 0) {
			this.client.inFlight().release(this.held);
			this.held = 0;
		}
	}

}
