package io.palmspring.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Python peers under src/test/python, with the PalmMessage class generated from the
 * repository's palm.proto by Debian's protoc (installed by scripts/install-test-deps.sh).
 */
final class PythonPeers {

	private PythonPeers() {
	}

	static Path generatedModule() throws Exception {
		Path generated = Files.createDirectories(Path.of("target", "python-peer")).toAbsolutePath();
		Path proto = Path.of("..", "autoconfigure", "src", "main", "proto").toAbsolutePath().normalize();
		try (SampleProcess protoc = SampleProcess.command("protoc", List.of("protoc", "--proto_path=" + proto,
				"--python_out=" + generated, proto.resolve("palm.proto").toString()))) {
			assertThat(protoc.awaitExit(Duration.ofSeconds(30))).as(protoc.output()).isZero();
		}
		return generated;
	}

	static SampleProcess start(String name, String script, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/python3", "-u",
				Path.of("src", "test", "python", script).toString(), generatedModule().toString()));
		command.addAll(List.of(args));
		return SampleProcess.command(name, command);
	}

}
