package io.palmspring.benchmark;

/**
 * Keeps a running server busy with echo jobs of 32 B payloads, for profiling it:
 * {@code LoadGenerator SERVER_NAME DB_ADDRESS SECONDS}.
 */
public final class LoadGenerator {

	private LoadGenerator() {
	}

	public static void main(String[] args) throws Exception {
		long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
		try (PalmDriver driver = new PalmDriver(args[0], args[1])) {
			while (System.nanoTime() < end) {
				long start = System.nanoTime();
				int received = driver.job(new byte[32], 100_000);
				System.out.printf("%,.0f msgs/s%n", received / ((System.nanoTime() - start) / 1e9));
			}
		}
	}

}
