package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The `goldthread` commands, run in-process: output, exit codes, and what they write. */
class CommandLineTest {

	private static final Path EXAMPLES = Repository.examples();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aConformingCourseExitsWithZero() {
		assertEquals(0, GoldthreadCommand.run("check", EXAMPLES.resolve("northtown").toString()));
		assertTrue(out().contains("conforms — 0 errors, 0 warnings, 0 info"), out());
	}

	@Test
	void findingsPrintLikeACompilerAndExitWithOne() {
		assertEquals(1, GoldthreadCommand.run("check", EXAMPLES.resolve("eastfield").toString()));
		assertTrue(out().lines().anyMatch(l -> l.matches(".*eastfield-pgcert\\.course:\\d+:\\d+: error GT-COV-001 .*")), out());
		// 1 info (it was 2): the Appendix 3 theme the curriculum gives as ideas is no longer counted (#19)
		assertTrue(out().contains("does not conform — 3 errors, 4 warnings, 1 info; pathway: pgcert"), out());
	}

	@Test
	void failOnWarningAndNone() {
		assertEquals(0, GoldthreadCommand.run("check", "--fail-on", "none", EXAMPLES.resolve("eastfield").toString()));
		assertEquals(0, GoldthreadCommand.run("check", "--fail-on", "warning", EXAMPLES.resolve("northtown").toString()));
	}

	@Test
	void aMissingFileIsAUsageErrorWithAClearMessage() {
		assertEquals(2, GoldthreadCommand.run("check", dir.resolve("nope.course").toString()));
		assertTrue(err().contains("nope.course: no such file or folder"), err());
	}

	@Test
	void anUnknownOptionIsAUsageError() {
		assertEquals(2, GoldthreadCommand.run("check", "--frobnicate", EXAMPLES.toString()));
	}

	@Test
	void aFolderWithoutGoldthreadFilesIsAUsageError() {
		assertEquals(2, GoldthreadCommand.run("check", dir.toString()));
		assertTrue(err().contains("no Goldthread files"), err());
	}

	@Test
	void aThousandFilesAreCheckedWithOneSummaryLine() throws IOException {
		for (int i = 0; i < 1000; i++) {
			Files.writeString(dir.resolve("c" + i + ".course"), "course many.c" + i + " \"Course " + i
					+ "\"\n\timplements cypmh.leadership version \"2024\"\n\tpathway pgcert\n");
		}
		assertEquals(1, GoldthreadCommand.run("check", "--quiet", dir.toString()), "empty courses do not conform");
		assertTrue(out().lines().anyMatch(l -> l.matches("1000 files checked: \\d+ errors, \\d+ warnings, \\d+ info")), out());
		assertTrue(out().contains("many.c999 (Course 999): does not conform"), "one summary per course");
	}

	@Test
	void rulesListsTheCatalogueAndExplainsARule() {
		assertEquals(0, GoldthreadCommand.run("rules"));
		assertTrue(out().contains("GT-THR-004"));
		// each category once, with all its rules (rules added to a category later are listed in it)
		for (org.goldthread.conformance.RuleCategory category : org.goldthread.conformance.RuleCategory.values()) {
			assertTrue(out().lines().filter(l -> l.equals(category.title())).count() <= 1, category.title() + " is listed once: " + out());
		}
		assertTrue(out().indexOf("GT-SYN-004") < out().indexOf("\nDocuments"), "GT-SYN-004 is under Syntax: " + out());
		assertEquals(0, GoldthreadCommand.run("rules", "GT-DEL-001"));
		assertTrue(out().contains("The course will be delivered across 12 teaching days."), out());
		assertEquals(2, GoldthreadCommand.run("rules", "GT-XYZ-999"));
	}

	@Test
	void rulesExplainTheModalityTheyEnforce() {
		assertEquals(0, GoldthreadCommand.run("rules", "GT-ASM-002"));
		assertTrue(out().contains("severity: error where required, warning where advised, info at most where an example or guidance"), out());
		assertTrue(out().contains("modality: the forms of an assessment: required forms are a closed list"), out());
		assertTrue(out().contains("For example, this may include:"), out());
		assertEquals(0, GoldthreadCommand.run("rules", "GT-THR-003"));
		assertTrue(out().contains("severity: warning at most, under every profile"), out());
		// the profile line says what the engine reports: a heuristic stays a warning under accreditation
		assertTrue(out().contains("by profile: default warning, accreditation warning, cpd warning"), out());
		// a pathway's advice is a warning, never an error
		assertEquals(0, GoldthreadCommand.run("rules", "GT-PTH-001"));
		assertTrue(out().contains("severity (the pathway advises it), by profile: default warning, accreditation warning, cpd warning"), out());
	}

	@Test
	void theSummaryLineNamesThePathwayTheCourseWasCheckedOn() {
		assertEquals(0, GoldthreadCommand.run("check", EXAMPLES.resolve("westbridge-cpd").toString()));
		assertTrue(out().contains("conforms — 0 errors, 0 warnings, 2 info; pathway: cpd, assessment advisory"), out());
		assertTrue(out().contains("info GT-ASM-001 Advised: an assessment of 'Leadership skills and reflexivity'"), out());
	}

	@Test
	void theSecondExampleAndTheStrategyConformUnderAccreditation() {
		assertEquals(0, GoldthreadCommand.run("check", "--profile", "accreditation", "--fail-on", "warning",
				EXAMPLES.resolve("southmoor").toString(), EXAMPLES.resolve("plans/southmoor-cypmh-workforce-strategy.plan").toString()));
		assertTrue(out().contains("2 files checked: 0 errors, 0 warnings, 0 info"), out());
	}

	@Test
	void formatCheckAndInPlace() throws IOException {
		Path file = dir.resolve("messy.course");
		Files.writeString(file, "course a.b \"A\" implements cypmh.leadership version \"2024\"   pathway pgcert\n");
		assertEquals(1, GoldthreadCommand.run("format", "--check", file.toString()));
		assertEquals(0, GoldthreadCommand.run("format", "--in-place", file.toString()));
		assertEquals("course a.b \"A\"\n\timplements cypmh.leadership version \"2024\"\n\tpathway pgcert\n", Files.readString(file));
		assertEquals(0, GoldthreadCommand.run("format", "--check", file.toString()));
	}

	@Test
	void formatNeverTouchesAFileWithSyntaxErrors() throws IOException {
		Path file = dir.resolve("broken.course");
		String broken = "course a.b \"A\" implements {{\n";
		Files.writeString(file, broken);
		assertEquals(2, GoldthreadCommand.run("format", "--in-place", file.toString()));
		assertEquals(broken, Files.readString(file), "the user's file is left as it was");
	}

	@Test
	void exportWritesXmiWithTheFramework() throws IOException {
		assertEquals(0, GoldthreadCommand.run("export", "--output", dir.toString(), EXAMPLES.resolve("northtown").toString()));
		assertTrue(Files.exists(dir.resolve("northtown-pgcert.xmi")));
		assertTrue(Files.exists(dir.resolve("cypmh.leadership.xmi")), "the implemented framework travels with the course");
		assertTrue(Files.readString(dir.resolve("northtown-pgcert.xmi")).contains("cypmh.leadership.xmi#"), "references point at the exported framework");
	}

	@Test
	void exportRefusesAFileThatCouldNotBeReadCompletelyAndWritesNothing() throws IOException {
		Path in = Files.createDirectories(dir.resolve("in"));
		Path out = dir.resolve("out");
		Files.writeString(in.resolve("good.course"), "course a.good \"A\"\n\timplements cypmh.leadership version \"2024\"\n\tpathway pgcert\n");
		Files.writeString(in.resolve("broken.course"), "course a.b \"A\" implements {{\n");
		assertEquals(2, GoldthreadCommand.run("export", "--output", out.toString(), in.toString()));
		assertTrue(err().contains("broken.course:1: not exported: it could not be read completely (GT-SYN-001"), err());
		assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "no partial model and no export of the good file alone");
	}

	@Test
	void formatAndExportRefuseObjectivesNestedThousandsDeepWithOneLine() throws IOException {
		StringBuilder text = new StringBuilder("curriculum deep.fw \"Deep\"\n\tversion \"1\"\ntheme t \"T\" {\n");
		int depth = 3000;
		for (int i = 0; i < depth; i++) {
			text.append("objective o").append(i).append(" \"x\" {\n");
		}
		text.append("}\n".repeat(depth)).append("}\n");
		Path file = dir.resolve("deep.curriculum");
		Files.writeString(file, text);
		assertEquals(2, GoldthreadCommand.run("format", "--check", file.toString()));
		assertTrue(err().contains("nested more than 32 deep") || err().contains("nested too deeply to be formatted"), err());
		assertTrue(!err().contains("internal error") && !err().contains("StackOverflowError"), err());
		assertEquals(2, GoldthreadCommand.run("export", "--output", dir.resolve("out").toString(), file.toString()));
		assertTrue(err().contains("deep.curriculum"), err());
	}

	// ------------------------------------------------------------------ hostile and unusual input (issue #17)

	@Test
	void aSyntaxErrorBeforeALoneCarriageReturnNeverConforms() throws IOException {
		Path course = dir.resolve("a.course");
		Files.writeString(course, Files.readString(EXAMPLES.resolve("northtown/northtown-pgcert.course")) + "gap\r");
		assertEquals(1, GoldthreadCommand.run("check", course.toString()));
		assertTrue(out().contains("error GT-SYN-001"), out());
		assertTrue(out().contains("does not conform"), out());
		assertEquals(1, GoldthreadCommand.run("report", "--format", "json,junit,sarif", "--output", dir.resolve("r").toString(), course.toString()));
		try (var files = Files.list(dir.resolve("r"))) {
			for (Path report : files.filter(Files::isRegularFile).toList()) {
				String text = Files.readString(report);
				assertTrue(text.contains("GT-SYN-001"), report + " names the syntax error");
			}
		}
	}

	@Test
	void aFileThatIsNotAGoldthreadFileIsAUsageErrorOnOneLine() throws IOException {
		Path notes = dir.resolve("notes.txt");
		Files.writeString(notes, "hello");
		for (String command : new String[] { "check", "docs", "format" }) {
			err.reset();
			int code = command.equals("docs") ? GoldthreadCommand.run(command, "--output", dir.resolve("d").toString(), notes.toString())
					: GoldthreadCommand.run(command, notes.toString());
			assertEquals(2, code, command);
			assertEquals(1, err().lines().count(), command + ": one line: " + err());
			assertTrue(err().contains("not a Goldthread file"), err());
		}
	}

	@Test
	void controlCharactersInTitlesAndFileNamesAreEscaped() throws IOException {
		Path course = dir.resolve("evil\nx.course:1:1: error GT-FAKE-001 forged.course");
		Files.writeString(course, "course uni.x \"A\u001b[2J title\" implements cypmh.leadership version \"2024\"\n");
		GoldthreadCommand.run("check", course.toString());
		assertTrue(out().indexOf('\u001b') < 0, "no escape character reaches the terminal");
		assertTrue(out().contains("A\\u001B[2J title"), out());
		assertTrue(out().lines().noneMatch(l -> l.startsWith("x.course:1:1: error GT-FAKE-001")), "a newline in a file name forges no line: " + out());
	}

	@Test
	void formatInPlaceKeepsPermissionsAndLinksAndRefusesReadOnlyFiles() throws IOException {
		Path course = dir.resolve("loose.course");
		String text = Files.readString(EXAMPLES.resolve("northtown/northtown-pgcert.course")).replace("\n\tprovider", "  provider");
		Files.writeString(course, text);
		Files.setPosixFilePermissions(course, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
		Path link = dir.resolve("link.course");
		Files.createSymbolicLink(link, course.getFileName());
		assertEquals(0, GoldthreadCommand.run("format", "--in-place", link.toString()));
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(course)));
		assertTrue(!Files.readString(course).equals(text), "the link's target was formatted");
		try (var files = Files.list(dir)) {
			assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(), "no temporary file is left");
		}
		Path readOnly = dir.resolve("read-only.course");
		Files.writeString(readOnly, text);
		Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
		assertEquals(2, GoldthreadCommand.run("format", "--in-place", readOnly.toString()));
		assertTrue(err().contains("read-only"), err());
		assertEquals(text, Files.readString(readOnly), "a read-only file is left as it was (even for root, who could write it)");
	}

	@picocli.CommandLine.Command(name = "boom")
	static class Boom implements java.util.concurrent.Callable<Integer> {
		@Override
		public Integer call() {
			throw new IllegalStateException("boom\n\tat somewhere");
		}
	}

	@Test
	void anInternalErrorIsExitThreeWithOneLine() {
		picocli.CommandLine commandLine = new picocli.CommandLine(new GoldthreadCommand()).addSubcommand("boom", new Boom());
		assertEquals(GoldthreadCommand.INTERNAL_ERROR, GoldthreadCommand.withErrorHandling(commandLine).execute("boom"));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().contains("internal error: IllegalStateException: boom") && err().contains("--debug"), err());
		err.reset();
		commandLine = new picocli.CommandLine(new GoldthreadCommand()).addSubcommand("boom", new Boom());
		assertEquals(GoldthreadCommand.INTERNAL_ERROR, GoldthreadCommand.withErrorHandling(commandLine).execute("boom", "--debug"));
		assertTrue(err().contains("\tat org.goldthread.cli.CommandLineTest$Boom.call"), "--debug prints the trace: " + err());
	}
}
