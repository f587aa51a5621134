package io.palmspring.benchmark.cluster;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import java.nio.charset.StandardCharsets;

import io.palmspring.function.UserFunction;
import io.palmspring.logging.LogShipper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The processes of the master and log benchmarks (a master, workers, servers, a log
 * collector, by properties): identity hooks, the built-in echo, {@code hash}, a
 * CPU-bound function doing a fixed number of SHA-256 rounds ({@code bench.hash-rounds},
 * calibrated by the benchmark to about 200 µs), and functions that log.
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

	@Bean
	LoggingFunctions loggingFunctions(ObjectProvider<LogShipper> shipper) {
		return new LoggingFunctions(shipper);
	}

	/**
	 * Functions of the log benchmark: log one line per call, log a burst, report the
	 * shipper's counters.
	 */
	static final class LoggingFunctions {

		private static final Log log = LogFactory.getLog("bench");

		private final ObjectProvider<LogShipper> shipper;

		LoggingFunctions(ObjectProvider<LogShipper> shipper) {
			this.shipper = shipper;
		}

		@UserFunction
		byte[] logged(byte[] payload) {
			log.info("handled a message");
			return payload;
		}

		@UserFunction
		byte[] emit(byte[] payload) {
			int count = Integer.parseInt(new String(payload, StandardCharsets.UTF_8));
			for (int i = 1; i <= count; i++) {
				log.info("bench event " + i);
			}
			return payload;
		}

		@UserFunction
		byte[] shipping(byte[] payload) {
			LogShipper current = this.shipper.getIfAvailable();
			String text = (current == null) ? "none"
					: current.getOffered() + " " + current.getAcknowledged() + " " + current.getDropped() + " "
							+ current.waiting() + " " + current.getSender();
			return text.getBytes(StandardCharsets.UTF_8);
		}

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
