package io.palmspring.benchmark.cluster;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.palmspring.function.UserFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The master and worker processes of the master benchmark: identity hooks, the
 * built-in echo, and {@code hash}, a CPU-bound function doing a fixed number of
 * SHA-256 rounds ({@code bench.hash-rounds}, calibrated by the benchmark to about
 * 200 µs).
 */
@SpringBootApplication
public class ClusterRoleApplication {

	public static void main(String[] args) {
		SpringApplication.run(ClusterRoleApplication.class, args);
	}

	@Bean
	HashFunction hashFunction(@Value("${bench.hash-rounds:1000}") int rounds) {
		return new HashFunction(rounds);
	}

	static final class HashFunction {

		private final int rounds;

		HashFunction(int rounds) {
			this.rounds = rounds;
		}

		@UserFunction
		byte[] hash(byte[] payload) throws NoSuchAlgorithmException {
			return HashWork.run(payload, this.rounds);
		}

	}

	/**
	 * The CPU-bound work, shared with the calibration.
	 */
	public static final class HashWork {

		private HashWork() {
		}

		public static byte[] run(byte[] payload, int rounds) throws NoSuchAlgorithmException {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] value = payload;
			for (int i = 0; i < rounds; i++) {
				value = digest.digest(value);
			}
			return value;
		}

	}

}
