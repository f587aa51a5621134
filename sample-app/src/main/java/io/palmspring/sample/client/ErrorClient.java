package io.palmspring.sample.client;

import java.nio.charset.StandardCharsets;

import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import io.palmspring.sample.OneShot;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * pylm's client of the error example: calls {@code my_server.foo} once and prints
 * what comes back. The server's function fails, so the reply is pylm's {@code 0}
 * with the remote error.
 */
@Component
@Profile("client")
class ErrorClient implements CommandLineRunner, OneShot {

	private final PalmClient client;

	private int exitCode = 1;

	ErrorClient(PalmClient client) {
		this.client = client;
	}

	@Override
	public void run(String... args) {
		byte[] message = "This is a message".getBytes(StandardCharsets.UTF_8);
		try {
			byte[] result = this.client.eval("my_server.foo", message);
			System.out.println("Client got: " + new String(result, StandardCharsets.UTF_8));
		}
		catch (PalmRemoteException ex) {
			System.out.println("Client got: 0 (error: " + ex.getRemoteError() + ")");
		}
		this.exitCode = 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
