package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goldthread report} and {@code goldthread docs} end to end: the files they write, their exit
 * codes (0 clean, 1 findings at or above --fail-on, 2 usage or I/O error) and their one-line
 * error messages. The inputs are a small curriculum with a course that conforms to it exactly, and
 * a workforce framework with a plan: the conformance tests' fixture files.
 */
class ReportAndDocsCommandTest {

	static String fixture(String name) {
		Path file = Repository.resolve("tests/org.goldthread.conformance.tests/fixtures").resolve(name);
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException("Cannot read the fixture " + file, e);
		}
	}

	static final String CURRICULUM = fixture("test-core.curriculum");

	static final String COURSE = fixture("test-course.course");

	static final String WORKFORCE = fixture("test-workforce.framework");

	static final String PLAN = fixture("test-plan.plan");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;

	@BeforeEach
	void capture() throws IOException {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		Files.createDirectories(dir.resolve("in"));
		Files.writeString(dir.resolve("in/test.curriculum"), CURRICULUM);
		Files.writeString(dir.resolve("in/uni.course"), COURSE);
		Files.writeString(dir.resolve("in/workforce.framework"), WORKFORCE);
		Files.writeString(dir.resolve("in/local.plan"), PLAN);
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	private int run(String... args) {
		return GoldthreadCommand.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
	}

	@Test
	void reportWritesEveryFormatForEveryCourseAndPlanWithIndexes() throws IOException {
		Path output = dir.resolve("out");
		int code = run("report", dir.resolve("in").toString(), "--format", "html,md,json,junit,sarif,csv,pdf", "--output", output.toString());
		assertEquals(0, code, err());
		assertEquals(List.of("index.csv", "index.html", "index.json", "index.md", "index.pdf",
				"junit/TEST-local.plan.xml", "junit/TEST-uni.course.xml",
				"local.plan.csv", "local.plan.html", "local.plan.json", "local.plan.md", "local.plan.pdf", "local.plan.sarif",
				"uni.course.csv", "uni.course.html", "uni.course.json", "uni.course.md", "uni.course.pdf", "uni.course.sarif"), files(output));
		assertTrue(Files.readString(output.resolve("uni.course.html")).contains("Conforms"));
		assertTrue(Files.readString(output.resolve("index.html")).contains("href=\"uni.course.html\""));
		assertTrue(new String(Files.readAllBytes(output.resolve("uni.course.pdf")), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("19 report files written"), out.toString(StandardCharsets.UTF_8));
		assertEquals("", err());
	}

	@Test
	void defaultFormatIsHtmlAndOneCourseHasNoIndex() throws IOException {
		Path output = dir.resolve("out");
		assertEquals(0, run("report", dir.resolve("in/uni.course").toString(), "--framework", dir.resolve("in/test.curriculum").toString(),
				"-o", output.toString()));
		assertEquals(List.of("uni.course.html"), files(output));
	}

	@Test
	void findingsAtOrAboveFailOnGiveExitCode1() throws IOException {
		Files.writeString(dir.resolve("in/uni.course"), COURSE.replace("study day 2 \"Study two\"", ""));
		Path output = dir.resolve("out");
		assertEquals(1, run("report", dir.resolve("in").toString(), "--format", "json,junit", "--output", output.toString()));
		assertTrue(Files.readString(output.resolve("junit/TEST-uni.course.xml")).contains("<failure"));
		assertTrue(Files.readString(output.resolve("uni.course.json")).contains("\"GT-DEL-002\""));
	}

	@Test
	void warningsFailOnlyWithFailOnWarning() {
		try {
			Files.writeString(dir.resolve("in/uni.course"), COURSE.replace("credits 40", "credits 45"));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		assertEquals(0, run("report", dir.resolve("in").toString(), "-f", "md", "-o", dir.resolve("a").toString()));
		assertEquals(1, run("report", dir.resolve("in").toString(), "-f", "md", "-o", dir.resolve("b").toString(), "--fail-on", "warning"));
	}

	@Test
	void outputFolderThatIsAFileGivesExitCode2AndOneLine() throws IOException {
		Path file = dir.resolve("taken");
		Files.writeString(file, "not a folder");
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html", "--output", file.toString()));
		assertOneLine("cannot write to the output folder");
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html", "--output", file.resolve("sub").toString()));
		assertEquals("not a folder", Files.readString(file));
	}

	@Test
	void unwritableOutputFolderGivesExitCode2() throws IOException {
		// a folder the file system refuses to create, whoever runs the test (root included)
		Path refused = dir.resolve("x".repeat(300)).resolve("reports");
		assertEquals(2, run("report", dir.resolve("in").toString(), "--output", refused.toString()));
		assertOneLine("file name too long");
		if ("root".equals(System.getProperty("user.name"))) {
			return; // file permissions do not stop root; the refusal above is the same path through the code
		}
		Path locked = Files.createDirectory(dir.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assertEquals(2, run("report", dir.resolve("in").toString(), "--output", locked.resolve("reports").toString()));
			assertOneLine("permission denied");
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void missingInputGivesExitCode2AndOneLine() {
		assertEquals(2, run("report", dir.resolve("nowhere.course").toString(), "--output", dir.resolve("out").toString()));
		assertOneLine("no such file or folder");
		assertEquals(2, run("docs", dir.resolve("nowhere.course").toString(), "--output", dir.resolve("site").toString()));
	}

	@Test
	void unknownFormatIsAUsageError() {
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html,docx", "--output", dir.resolve("out").toString()));
		assertTrue(err().contains("'docx' is not a report format"), err());
	}

	@Test
	void docsWritesTheFrameworkSiteAndHandbooks() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("docs", dir.resolve("in").toString(), "--output", site.toString()), err());
		List<String> files = files(site);
		for (String page : List.of("index.html", "frameworks/test.core/index.html", "frameworks/test.core/sections/alpha.html",
				"frameworks/test.core/threads.html", "frameworks/test.core/assessment.html", "frameworks/test.workforce/index.html",
				"courses/uni.course.html", "plans/local.plan.html")) {
			assertTrue(files.contains(page), page + " in " + files);
		}
		assertTrue(Files.readString(site.resolve("courses/uni.course.html")).contains("../frameworks/test.core/sections/alpha.html#alpha.a1"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("index.html"));
	}

	@Test
	void helpShowsExamples() {
		assertEquals(0, run("report", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Examples:"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--format"));
		out.reset();
		assertEquals(0, run("docs", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Examples:"));
	}

	private void assertOneLine(String expected) {
		String message = err().strip();
		assertTrue(message.contains(expected), message);
		assertFalse(message.contains("\n"), "one line: " + message);
		assertTrue(message.startsWith("goldthread: "), message);
		err.reset();
	}
}
