package io.palmspring.benchmark;

import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.stream.Stream;

import io.palmspring.client.PalmClient;
import io.palmspring.client.Reply;
import io.palmspring.transport.PalmTimeoutException;

/**
 * Calls a Palm Spring server with {@link PalmClient}.
 */
final class PalmDriver implements Driver {

	private final PalmClient client;

	PalmDriver(String serverName, String dbAddress) {
		this(PalmClient.builder(serverName).dbAddress(dbAddress).timeout(Duration.ofSeconds(5)).build());
	}

	PalmDriver(PalmClient client) {
		this.client = client;
		this.client.eval("echo", new byte[0]);
	}

	@Override
	public int job(byte[] payload, int count) {
		int received = 0;
		try (Stream<Reply> replies = this.client.jobReplies("echo", Collections.nCopies(count, payload), count)) {
			Iterator<Reply> iterator = replies.iterator();
			while (iterator.hasNext()) {
				iterator.next();
				received++;
			}
		}
		catch (PalmTimeoutException ex) {
			// lost replies are counted by the caller
		}
		return received;
	}

	@Override
	public void eval(byte[] payload) {
		this.client.eval("echo", payload);
	}

	@Override
	public void close() {
		this.client.close();
	}

}
