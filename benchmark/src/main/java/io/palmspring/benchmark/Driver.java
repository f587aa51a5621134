package io.palmspring.benchmark;

/**
 * One way of calling an echo server: a job of many payloads, or one call.
 */
interface Driver extends AutoCloseable {

	/**
	 * Send {@code count} payloads and wait for their replies.
	 * @return how many replies came back before the driver gave up
	 */
	int job(byte[] payload, int count) throws Exception;

	/**
	 * One call, waiting for its reply.
	 */
	void eval(byte[] payload) throws Exception;

	@Override
	void close();

}
