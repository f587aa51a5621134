package io.palmspring.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Master role. Its name and client-facing addresses are the
 * server's ({@code palm.server.*}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.master")
public class PalmMasterProperties {

	/**
	 * Whether to run a master, which scatters jobs to workers and gathers their results.
	 */
	private boolean enabled = false;

	/**
	 * Address the PUSH socket that sends jobs to workers binds to.
	 */
	private String workerPushAddress = "tcp://127.0.0.1:5558";

	/**
	 * Address the PULL socket that takes results from workers binds to.
	 */
	private String workerPullAddress = "tcp://127.0.0.1:5559";

	/**
	 * Whether replies go on to the next step (published under the master's name with
	 * stage + 1) instead of to the calling client.
	 */
	private boolean pipelined = false;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getWorkerPushAddress() {
		return this.workerPushAddress;
	}

	public void setWorkerPushAddress(String workerPushAddress) {
		this.workerPushAddress = workerPushAddress;
	}

	public String getWorkerPullAddress() {
		return this.workerPullAddress;
	}

	public void setWorkerPullAddress(String workerPullAddress) {
		this.workerPullAddress = workerPullAddress;
	}

	public boolean isPipelined() {
		return this.pipelined;
	}

	public void setPipelined(boolean pipelined) {
		this.pipelined = pipelined;
	}

}
