package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Provenance and reproducibility, end to end in a JVM of its own (so that its environment can hold
 * {@code SOURCE_DATE_EPOCH}): every report names the checked file's SHA-256, the profile and the
 * Goldthread version, and the date of {@code SOURCE_DATE_EPOCH}; the same sources reported twice
 * with the same {@code SOURCE_DATE_EPOCH} give byte-identical files in every format; without it, no
 * date at all; a value that is not a number is a usage error.
 */
class ReproducibleReportTest {

	static final String FIXTURES = SpreadsheetReportTest.FIXTURES;
	static final String ALL = "html,pdf,md,json,junit,sarif,csv,xlsx,pack";

	@TempDir
	Path dir;

	@Test
	void sameSourceDateEpochGivesByteIdenticalReportsNamingTheDateAndTheFilesDigest() throws Exception {
		Path first = dir.resolve("first");
		Path second = dir.resolve("second");
		assertEquals(0, goldthread("1767225600", "report", FIXTURES, "--format", ALL, "--fail-on", "none", "--quiet", "-o", first.toString()));
		assertEquals(0, goldthread("1767225600", "report", FIXTURES, "--format", ALL, "--fail-on", "none", "--quiet", "-o", second.toString()));
		// a quiet report in every format prints nothing on stderr (no library's logging complaint)
		assertEquals("", Files.readString(dir.resolve("stderr.txt")).strip());
		List<String> files = files(first);
		assertEquals(files, files(second));
		assertEquals(3 * (8 + 3) + 7, files.size(), files.toString()); // the pack is three files (HTML, PDF, Word) and one index
		for (String file : files) {
			assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file + " differs between two runs");
		}

		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(FIXTURES, "eastfield-pgcert.course"))));
		JsonNode json = new ObjectMapper().readTree(first.resolve("eastfield.pgcertLeadership.json").toFile());
		assertEquals("2026-01-01T00:00:00Z", json.get("generator").get("date").asText());
		assertEquals(sha, json.get("reports").get(0).get("sha256").asText());
		assertEquals("default", json.get("reports").get(0).get("profile").asText("default"));
		for (String text : List.of("eastfield.pgcertLeadership.html", "eastfield.pgcertLeadership.md", "junit/TEST-eastfield.pgcertLeadership.xml",
				"eastfield.pgcertLeadership.sarif")) {
			String content = Files.readString(first.resolve(text), StandardCharsets.UTF_8);
			assertTrue(content.contains(sha), text + " names the file's SHA-256");
			assertTrue(content.contains("2026-01-01T00:00:00"), text + " names the date");
		}
		String html = Files.readString(first.resolve("eastfield.pgcertLeadership.html"));
		assertTrue(html.contains("<dt>Profile</dt>") && html.contains("<dt>Checked by</dt>"), "profile and version in the HTML");
	}

	@Test
	void withoutSourceDateEpochReportsNameNoDate() throws Exception {
		Path out = dir.resolve("out");
		assertEquals(0, goldthread(null, "report", FIXTURES, "--format", "json,md", "--fail-on", "none", "--quiet", "-o", out.toString()));
		JsonNode json = new ObjectMapper().readTree(out.resolve("index.json").toFile());
		assertTrue(json.get("generator").get("date").isNull(), json.get("generator").toString());
		assertTrue(!Files.readString(out.resolve("eastfield.pgcertLeadership.md")).contains("**Generated:**"));
	}

	@Test
	void sourceDateEpochThatIsNoNumberIsAUsageError() throws Exception {
		assertEquals(2, goldthread("yesterday", "report", FIXTURES, "--format", "json", "-o", dir.resolve("x").toString()));
		assertTrue(Files.readString(dir.resolve("stderr.txt")).contains("SOURCE_DATE_EPOCH must be a whole number of seconds"));
	}

	/** Runs the command line in a new JVM with SOURCE_DATE_EPOCH set (or removed when null); its exit code. */
	private int goldthread(String sourceDateEpoch, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dguice_bytecode_gen_option=DISABLED", "-cp", System.getProperty("java.class.path"), GoldthreadCommand.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
				.redirectError(dir.resolve("stderr.txt").toFile());
		if (sourceDateEpoch == null) {
			builder.environment().remove("SOURCE_DATE_EPOCH");
		} else {
			builder.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
		}
		Process process = builder.start();
		assertTrue(process.waitFor(3, TimeUnit.MINUTES), "goldthread did not finish");
		return process.exitValue();
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
	}
}
