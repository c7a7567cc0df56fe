package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course whose framework no source provides stops the build with the id, the version and the dependency to add. */
class MissingFrameworksTest {

	@TempDir
	Path dir;

	private static final List<String> SEARCHED = List.of("the frameworks shipped with goldthread-maven-plugin 9.9");

	@Test
	void nothingIsMissingWhenEveryFrameworkIsFound() {
		assertNull(MissingFrameworks.describe(Examples.check(Examples.NORTHTOWN, Examples.PLAN), SEARCHED, Examples.ROOT, "9.9"));
	}

	@Test
	void anUnknownIdIsNamedWithItsVersion() {
		List<CheckedFile> checked = Examples.checker().useShippedFrameworks(false).check(List.of(Examples.NORTHTOWN), List.of(), null);
		String message = MissingFrameworks.describe(checked, SEARCHED, Examples.ROOT, "9.9");
		assertTrue(message.contains("northtown/northtown-pgcert.course implements cypmh.leadership version \"2024\""), message);
		assertTrue(message.contains("Frameworks available: none"), message);
		assertTrue(message.contains("<artifactId>org.goldthread.curricula</artifactId>"), message);
		assertTrue(message.contains("<version>9.9</version>"), message);
		assertTrue(message.contains("Looked in: the frameworks shipped with goldthread-maven-plugin 9.9."), message);
	}

	@Test
	void aVersionNoSourceHasIsNamedWithTheVersionsThereAre() throws IOException {
		Path course = dir.resolve("future.course");
		Files.writeString(course, Files.readString(Examples.NORTHTOWN, StandardCharsets.UTF_8)
				.replace("implements cypmh.leadership version \"2024\"", "implements cypmh.leadership version \"2031\""), StandardCharsets.UTF_8);
		String message = MissingFrameworks.describe(Examples.check(course), SEARCHED, dir, "9.9");
		assertTrue(message.contains("future.course implements cypmh.leadership version \"2031\""), message);
		assertTrue(message.contains("cypmh.leadership \"2024\" (shipped with the plugin)"), message);
	}
}
