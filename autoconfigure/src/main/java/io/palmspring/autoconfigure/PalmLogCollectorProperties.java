package io.palmspring.autoconfigure;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the central log collector role.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("palm.log-collector")
public class PalmLogCollectorProperties {

	/**
	 * Whether to run a log collector, which servers ship their log events to.
	 */
	private boolean enabled = false;

	/**
	 * Address the collector binds to; servers set palm.logging.endpoint to it.
	 */
	private String address = "tcp://127.0.0.1:5570";

	/**
	 * Whether to print each event to the console as 'time - server - LEVEL - message'.
	 */
	private boolean console = true;

	/**
	 * Number of most recent events kept in memory for the API and the page.
	 */
	private int memoryCapacity = 10_000;

	private final File file = new File();

	private final Web web = new Web();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isConsole() {
		return this.console;
	}

	public void setConsole(boolean console) {
		this.console = console;
	}

	public int getMemoryCapacity() {
		return this.memoryCapacity;
	}

	public void setMemoryCapacity(int memoryCapacity) {
		this.memoryCapacity = memoryCapacity;
	}

	public File getFile() {
		return this.file;
	}

	public Web getWeb() {
		return this.web;
	}

	/**
	 * Rolling files of events, one JSON object a line.
	 */
	public static class File {

		/**
		 * Whether to write events to files.
		 */
		private boolean enabled = true;

		/**
		 * Active file; rolled files get the date and an index before the extension.
		 */
		private Path path = Path.of("logs", "palm-collector.jsonl");

		/**
		 * Size at which a file is rolled.
		 */
		private String maxFileSize = "10MB";

		/**
		 * Number of days of rolled files to keep.
		 */
		private int maxHistory = 7;

		/**
		 * Most disk space all files may take; the oldest are deleted first.
		 */
		private String totalSizeCap = "1GB";

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Path getPath() {
			return this.path;
		}

		public void setPath(Path path) {
			this.path = path;
		}

		public String getMaxFileSize() {
			return this.maxFileSize;
		}

		public void setMaxFileSize(String maxFileSize) {
			this.maxFileSize = maxFileSize;
		}

		public int getMaxHistory() {
			return this.maxHistory;
		}

		public void setMaxHistory(int maxHistory) {
			this.maxHistory = maxHistory;
		}

		public String getTotalSizeCap() {
			return this.totalSizeCap;
		}

		public void setTotalSizeCap(String totalSizeCap) {
			this.totalSizeCap = totalSizeCap;
		}

	}

	/**
	 * The HTTP API and page, in a servlet web application.
	 */
	public static class Web {

		/**
		 * Path of the page; the API is under it.
		 */
		private String path = "/palm/logs";

		public String getPath() {
			return this.path;
		}

		public void setPath(String path) {
			this.path = path;
		}

	}

}
