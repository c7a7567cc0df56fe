package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoFailureException;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.curricula.ShippedFrameworks;
import org.junit.jupiter.api.Test;

/**
 * What goldthread:package-framework publishes: the framework files, and an index in the format of
 * org.goldthread.curricula's, which the plugin (FrameworkSources) and the checker read back.
 */
class PackageFrameworkTest {

	/** The shipped curriculum, the one copy in the repository. */
	private static final Path CURRICULUM = Path.of("../org.goldthread.curricula/frameworks/cypmh-leadership.curriculum").toAbsolutePath().normalize();

	@Test
	void theIndexGivesTheFilesNameIdAndVersionAsTheShippedIndexDoes() throws Exception {
		List<CheckedFile> checked = Examples.check(CURRICULUM);
		List<PackageFrameworkMojo.Published> published = PackageFrameworkMojo.published(checked);
		String index = PackageFrameworkMojo.index(published);
		List<ShippedFrameworks.Entry> read = ShippedFrameworks.readEntries(new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8)));
		ShippedFrameworks.Entry shipped;
		try (InputStream in = Files.newInputStream(CURRICULUM.resolveSibling("index.txt"))) {
			shipped = ShippedFrameworks.readEntries(in).stream().filter(e -> e.name().equals("cypmh-leadership.curriculum")).findFirst().orElseThrow();
		}
		assertEquals(List.of(shipped), read);
		assertEquals(new ShippedFrameworks.Entry("cypmh-leadership.curriculum", "cypmh.leadership", "2024"), read.get(0));
	}

	@Test
	void aCourseIsNotPublishedAsAFramework() {
		List<CheckedFile> checked = Examples.check(CURRICULUM, Examples.NORTHTOWN);
		MojoFailureException e = assertThrows(MojoFailureException.class, () -> PackageFrameworkMojo.published(checked));
		assertTrue(e.getMessage().contains("northtown-pgcert.course is not a curriculum or framework (a course)"), e.getMessage());
	}
}
