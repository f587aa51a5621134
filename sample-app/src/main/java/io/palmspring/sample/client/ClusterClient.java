package io.palmspring.sample.client;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;

import io.palmspring.client.PalmClient;
import io.palmspring.sample.OneShot;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * pylm's logging example, client side: caches a value in the master, reads it back,
 * then runs a job of 10 messages that the master scatters into 30 and prints each
 * reply as it arrives.
 */
@Component
@Profile("cluster-client")
class ClusterClient implements CommandLineRunner, OneShot {

	private final PalmClient client;

	private int exitCode = 1;

	ClusterClient(PalmClient client) {
		this.client = client;
	}

	@Override
	public void run(String... args) {
		System.out.println("Client set: " + this.client.set("cached", bytes(" cached data ")));
		System.out.println("Client got from the cache: '" + text(this.client.get("cached")) + "'");
		int replies = 0;
		try (Stream<byte[]> results = this.client.job("server.foo", Collections.nCopies(10, bytes("a message")), 30)) {
			for (byte[] result : (Iterable<byte[]>) results::iterator) {
				replies++;
				System.out.println("Client got: " + text(result));
			}
		}
		System.out.println("Client got " + replies + " replies");
		this.exitCode = (replies == 30) ? 0 : 1;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
