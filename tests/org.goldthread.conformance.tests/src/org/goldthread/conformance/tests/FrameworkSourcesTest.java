package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the checker takes frameworks from besides the checked files: framework URLs (a Maven
 * dependency's {@code frameworks/} folder, as the Maven plugin passes them) and the shipped
 * frameworks, which a build can switch off.
 */
class FrameworkSourcesTest {

	@TempDir
	Path dir;

	@Test
	void aFrameworkInAJarIsLinkedAgainst() throws IOException {
		Path jar = jar("frameworks.jar", Fixtures.CURRICULUM);
		CheckedFile course = check(new GoldthreadChecker(Fixtures.injector()), List.of(entry(jar, "test.curriculum")));
		assertEquals(List.of(), ids(course));
		assertEquals(Verdict.CONFORMS, course.report().getVerdict());
	}

	@Test
	void theFirstSourceOfAnIdAndVersionWins() throws IOException {
		Path good = jar("good.jar", Fixtures.CURRICULUM);
		// the same id and version, but with an objective the course does not cover
		Path other = jar("other.jar", Fixtures.change(Fixtures.CURRICULUM, "objective b1 \"first beta objective\"",
				"objective b1 \"first beta objective\"\n\tobjective b2 \"second beta objective\""));
		CheckedFile course = check(new GoldthreadChecker(Fixtures.injector()), List.of(entry(good, "test.curriculum"), entry(other, "test.curriculum")));
		assertEquals(List.of(), ids(course));
		CheckedFile reversed = check(new GoldthreadChecker(Fixtures.injector()), List.of(entry(other, "test.curriculum"), entry(good, "test.curriculum")));
		assertTrue(ids(reversed).contains("GT-COV-001 beta.b2"), ids(reversed).toString());
	}

	@Test
	void anUnreadableUrlIsLeftOut() throws IOException {
		Path jar = jar("frameworks.jar", Fixtures.CURRICULUM);
		CheckedFile course = check(new GoldthreadChecker(Fixtures.injector()),
				List.of(entry(jar, "missing.curriculum"), entry(jar, "test.curriculum")));
		assertEquals(List.of(), ids(course));
	}

	@Test
	void theShippedFrameworksCanBeSwitchedOff() throws IOException {
		Path file = dir.resolve("shipped.course");
		Files.writeString(file, "course uni.c \"Course\" provider \"Uni\"\n\timplements cypmh.leadership version \"2024\"\n", StandardCharsets.UTF_8);
		List<String> with = ids(new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(), null).get(0));
		List<String> without = ids(new GoldthreadChecker(Fixtures.injector()).useShippedFrameworks(false).check(List.of(file), List.of(), null).get(0));
		assertTrue(with.stream().noneMatch(id -> id.startsWith(GoldthreadIssueCodes.UNKNOWN_FRAMEWORK)), with.toString());
		assertTrue(without.stream().anyMatch(id -> id.startsWith(GoldthreadIssueCodes.UNKNOWN_FRAMEWORK)), without.toString());
	}

	@Test
	void anIndexListsFileNamesAndSkipsCommentsAndBlankLines() throws IOException {
		String index = "# frameworks of this jar\n\ntest.curriculum\n  other.framework  \n";
		assertEquals(List.of("test.curriculum", "other.framework"),
				ShippedFrameworks.readIndex(new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))));
		assertTrue(ShippedFrameworks.names().contains("cypmh-leadership.curriculum"));
	}

	private CheckedFile check(GoldthreadChecker checker, List<URL> frameworks) throws IOException {
		Path file = dir.resolve("uni.course");
		Files.writeString(file, Fixtures.COURSE, StandardCharsets.UTF_8);
		return checker.useShippedFrameworks(false).check(List.of(file), List.of(), frameworks, null).get(0);
	}

	/** A jar like a Maven dependency that publishes frameworks: frameworks/index.txt and the files. */
	private Path jar(String name, String curriculum) throws IOException {
		Path jar = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry(ShippedFrameworks.INDEX));
			zip.write("test.curriculum\n".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new JarEntry(ShippedFrameworks.FOLDER + "test.curriculum"));
			zip.write(curriculum.getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	private static URL entry(Path jar, String name) throws IOException {
		return java.net.URI.create("jar:" + jar.toUri() + "!/" + ShippedFrameworks.FOLDER + name).toURL();
	}

	private static List<String> ids(CheckedFile file) {
		return file.report().getFindings().stream().map(FrameworkSourcesTest::id).toList();
	}

	private static String id(Finding f) {
		return f.getRuleId() + " " + (f.getFrameworkElementId() == null ? "-" : f.getFrameworkElementId());
	}
}
