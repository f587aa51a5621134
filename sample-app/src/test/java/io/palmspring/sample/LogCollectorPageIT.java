package io.palmspring.sample;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.palmspring.client.PalmClient;
import io.palmspring.client.PalmRemoteException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The collector's page in a real headless Chromium (Debian's chromium and
 * chromium-driver): a line from a server appears live, the level filter narrows to
 * ERROR, a stack trace expands. Leaves a screenshot in target/screenshots.
 */
class LogCollectorPageIT {

	private static final Duration STARTUP = Duration.ofSeconds(90);

	@Test
	void pageShowsLinesLiveFiltersByLevelAndExpandsStackTraces() throws Exception {
		int[] ports = SampleProcess.freePorts(5);
		Path file = Path.of("target", "it-logs", UUID.randomUUID() + ".jsonl").toAbsolutePath();
		try (SampleProcess collector = LogCollectorProcessIT.collector(ports[0], ports[1], file);
				SampleProcess server = SampleProcess.jar("error-server", "--spring.profiles.active=error-server",
						"--palm.logging.endpoint=tcp://127.0.0.1:" + ports[0],
						"--palm.server.db-address=tcp://127.0.0.1:" + ports[2],
						"--palm.server.pull-address=tcp://127.0.0.1:" + ports[3],
						"--palm.server.pub-address=tcp://127.0.0.1:" + ports[4])) {
			collector.awaitLine("Started SampleApplication", STARTUP);
			collector.awaitLine(" - my_server - INFO - Server 'my_server' ready", STARTUP);
			ChromeDriver browser = browser();
			try (PalmClient client = PalmClient.builder("my_server")
				.dbAddress("tcp://127.0.0.1:" + ports[2])
				.build()) {
				browser.get("http://127.0.0.1:" + ports[1] + "/palm/logs");
				WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
				wait.until((driver) -> driver.findElement(By.id("status")).getText().equals("live"));
				wait.until((driver) -> !rows(driver.findElements(By.cssSelector(".event[data-server='my_server']")))
					.isEmpty());

				// a new line appears live, without reloading
				int before = browser.findElements(By.cssSelector(".event.WARN")).size();
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("my_server.foo", "x".getBytes(StandardCharsets.UTF_8)));
				wait.until((driver) -> driver.findElements(By.cssSelector(".event.WARN")).size() > before);
				wait.until((driver) -> !driver.findElements(By.cssSelector(".event.ERROR")).isEmpty());

				// filter to ERROR: only ERROR rows are left
				new Select(browser.findElement(By.id("level-filter"))).selectByVisibleText("ERROR");
				wait.until((driver) -> driver.findElements(By.cssSelector(".event")).stream()
					.allMatch((row) -> "ERROR".equals(row.getDomAttribute("data-level")))
						&& !driver.findElements(By.cssSelector(".event")).isEmpty());
				// and new errors keep arriving live under the filter
				int errors = browser.findElements(By.cssSelector(".event.ERROR")).size();
				assertThatExceptionOfType(PalmRemoteException.class)
					.isThrownBy(() -> client.eval("my_server.foo", "y".getBytes(StandardCharsets.UTF_8)));
				wait.until((driver) -> driver.findElements(By.cssSelector(".event.ERROR")).size() > errors);

				// the stack trace expands
				WebElement trace = browser.findElement(By.cssSelector(".event.ERROR details"));
				trace.findElement(By.tagName("summary")).click();
				wait.until((driver) -> trace.getDomProperty("open").equals("true"));
				assertThat(trace.findElement(By.tagName("pre")).getText()).startsWith("java.lang.NullPointerException")
					.contains("ErrorServerFunctions.foo(");

				// the server table counts the errors
				wait.until((driver) -> driver.findElement(By.cssSelector("#servers tr[data-server='my_server'] .c-ERROR"))
					.getText()
					.matches("[1-9]\\d*"));

				File screenshot = browser.getScreenshotAs(OutputType.FILE);
				Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve("log-collector.png");
				Files.copy(screenshot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
				assertThat(Files.size(target)).isGreaterThan(10_000);
			}
			finally {
				browser.quit();
			}
		}
	}

	private static List<WebElement> rows(List<WebElement> rows) {
		return rows;
	}

	private static ChromeDriver browser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		// the flags these machines need: no sandbox as root, no network chatter, no GPU
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1400,900");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
