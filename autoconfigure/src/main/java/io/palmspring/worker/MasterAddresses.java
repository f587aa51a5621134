package io.palmspring.worker;

import java.time.Duration;

import io.palmspring.cache.CacheClient;
import io.palmspring.protocol.CacheKeys;
import io.palmspring.transport.PalmTimeoutException;
import io.palmspring.transport.ZmqEndpoint;

/**
 * Where a worker takes jobs from and sends results to, as a master stores them in its
 * cache ({@code worker_push_address}, {@code worker_pull_address}). A master bound on
 * all interfaces is reached at the host of its cache address.
 *
 * @param jobs the master's PUSH address, which the worker's PULL connects to
 * @param results the master's PULL address, which the worker's PUSH connects to
 * @since 0.1.0
 */
public record MasterAddresses(String jobs, String results) {

	/**
	 * Read the addresses from a master's cache, asking again until the master answers.
	 * @param cache a client of the master's cache
	 * @param timeout how long to keep asking
	 * @return the addresses
	 * @throws PalmTimeoutException when the master does not answer in time
	 * @throws IllegalStateException when the cache has no worker addresses (not a master)
	 */
	public static MasterAddresses discover(CacheClient cache, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		String dbAddress = cache.getEndpoint().address();
		while (true) {
			try {
				String jobs = cache.getString(CacheKeys.WORKER_PUSH_ADDRESS);
				String results = cache.getString(CacheKeys.WORKER_PULL_ADDRESS);
				if (jobs.isEmpty() || results.isEmpty()) {
					throw new IllegalStateException("Server at db address '" + dbAddress
							+ "' has no worker_push_address or worker_pull_address in its cache; is it a master?");
				}
				return new MasterAddresses(ZmqEndpoint.connectableVia(jobs, dbAddress),
						ZmqEndpoint.connectableVia(results, dbAddress));
			}
			catch (PalmTimeoutException ex) {
				if (System.nanoTime() > deadline) {
					throw new PalmTimeoutException("No master answered at db address '" + dbAddress + "' within "
							+ timeout);
				}
			}
		}
	}

}
