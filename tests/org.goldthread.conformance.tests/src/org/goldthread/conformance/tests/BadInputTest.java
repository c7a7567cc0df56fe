package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input never crashes the checker: each case gives clear findings, never an exception or a stack trace. */
class BadInputTest {

	@TempDir
	Path dir;

	private List<Finding> check(String name, byte[] content) throws IOException {
		Path file = dir.resolve(name);
		Files.write(file, content);
		List<CheckedFile> checked = new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(), null);
		assertEquals(1, checked.size());
		CheckedFile result = checked.get(0);
		assertEquals(Verdict.DOES_NOT_CONFORM, result.report().getVerdict(), "bad input never conforms");
		for (Finding f : result.report().getFindings()) {
			assertFalse(f.getMessage().contains("Exception") || f.getMessage().contains("\tat "), "no stack traces: " + f.getMessage());
			assertTrue(f.getLocation().getLine() >= 1);
		}
		return result.report().getFindings();
	}

	private static String ids(List<Finding> findings) {
		return String.join(" ", findings.stream().map(Finding::getRuleId).toList());
	}

	@Test
	void syntaxErrors() throws IOException {
		List<Finding> findings = check("broken.course", """
				course uni.pg "PG" implements cypmh.leadership version "2024"
				module m1 "M1" {
					day one "Not a number" {
				""".getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-SYN-001"), ids(findings));
		assertTrue(findings.stream().anyMatch(f -> f.getLocation().getLine() == 3), "the error is located on line 3");
	}

	@Test
	void emptyFile() throws IOException {
		List<Finding> findings = check("empty.course", new byte[0]);
		assertEquals("GT-SYN-001", ids(findings));
		assertTrue(findings.get(0).getMessage().contains("empty"), findings.get(0).getMessage());
	}

	@Test
	void whitespaceAndCommentsOnly() throws IOException {
		List<Finding> findings = check("blank.course", "  \n// nothing yet\n\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("GT-SYN-001", ids(findings));
	}

	@Test
	void courseWithoutFramework() throws IOException {
		List<Finding> findings = check("nofw.course", """
				course uni.pg "PG"

				module m1 "M1" {
					day 1 "D1" {
						session s1 "Policy" lecture 2h
							covers landscape.ukPolicy
					}
				}
				""".getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-DOC-003"), ids(findings));
		assertTrue(findings.stream().anyMatch(f -> f.getMessage().contains("does not implement a known framework")), ids(findings));
	}

	@Test
	void aCycleOfDocumentsThatImplementEachOther() throws IOException {
		Files.writeString(dir.resolve("b.course"), "course uni.b \"B\" implements uni.a version \"1\"\n");
		List<Finding> findings = check("a.course", "course uni.a \"A\" implements uni.b version \"1\"\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-DOC-004"), "a course is not a framework: " + ids(findings));
	}

	@Test
	void aCourseThatImplementsItself() throws IOException {
		List<Finding> findings = check("self.course", "course uni.self \"Self\" implements uni.self version \"1\"\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-DOC-004"), ids(findings));
	}

	@Test
	void binaryFile() throws IOException {
		byte[] bytes = new byte[4096];
		new Random(42).nextBytes(bytes);
		bytes[10] = 0;
		List<Finding> findings = check("photo.course", bytes);
		assertEquals("GT-SYN-002", ids(findings));
		assertTrue(findings.get(0).getMessage().contains("not a text file"), findings.get(0).getMessage());
	}

	@Test
	void randomText() throws IOException {
		StringBuilder garbage = new StringBuilder();
		Random random = new Random(7);
		for (int i = 0; i < 5000; i++) {
			String alphabet = "{}\"abc .,%h\n\t12";
			garbage.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		assertTrue(ids(check("garbage.course", garbage.toString().getBytes(StandardCharsets.UTF_8))).contains("GT-SYN-001"));
	}

	@Test
	void aFrameworkWithErrorsStillLetsItsCoursesBeChecked() throws IOException {
		Files.writeString(dir.resolve("broken.curriculum"), Fixtures.CURRICULUM.replace("theme beta \"Beta theme\" {", "theme beta \"Beta theme\" {{"));
		Path course = dir.resolve("uni.course");
		Files.writeString(course, Fixtures.COURSE);
		List<CheckedFile> checked = new GoldthreadChecker(Fixtures.injector()).check(List.of(dir.resolve("broken.curriculum"), course), List.of(), null);
		assertTrue(ids(checked.get(0).report().getFindings()).contains("GT-SYN-001"));
		assertFalse(checked.get(1).report().getFindings().isEmpty(), "the course is still checked against what could be read");
	}

	// ------------------------------------------------------------------ fail closed (issue #17)

	/** Checks files in {@link #dir} with the test curriculum beside them; the first file's report. */
	private CheckedFile checkWithCurriculum(String name, byte[] content) throws IOException {
		Files.writeString(dir.resolve("test.curriculum"), Fixtures.CURRICULUM);
		Path file = dir.resolve(name);
		Files.write(file, content);
		return new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(dir.resolve("test.curriculum")), null).get(0);
	}

	@Test
	void aSyntaxErrorBeforeALoneCarriageReturnAtTheEndIsReported() throws IOException {
		// Xtext cannot compute a position at the end of a text ending in "\r"; the error used to be dropped
		List<Finding> findings = check("cr.course", (Fixtures.COURSE + "gap\r").getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-SYN-001"), ids(findings));
		findings = check("x.course", "course\r".getBytes(StandardCharsets.UTF_8));
		assertTrue(ids(findings).contains("GT-SYN-001"), ids(findings));
	}

	@Test
	void aByteOrderMarkAndWindowsOrOldMacLineEndingsParse() throws IOException {
		String plain = Fixtures.COURSE;
		List<String> expected = messages(checkWithCurriculum("plain.course", plain.getBytes(StandardCharsets.UTF_8)));
		assertEquals(List.of(), expected, "the fixture course conforms");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = plain.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, withBom, 0, 3);
		System.arraycopy(text, 0, withBom, 3, text.length);
		assertEquals(expected, messages(checkWithCurriculum("bom.course", withBom)), "UTF-8 with a byte-order mark");
		assertEquals(expected, messages(checkWithCurriculum("crlf.course", plain.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))), "CRLF");
		assertEquals(expected, messages(checkWithCurriculum("cr.course", plain.replace("\n", "\r").getBytes(StandardCharsets.UTF_8))), "CR");
	}

	@Test
	void aLineAfterAByteOrderMarkKeepsItsNumber() throws IOException {
		String broken = Fixtures.COURSE.replace("session s1 \"Policy lecture\" lecture", "session s1 \"Policy lecture\" lectur");
		byte[] text = ("\uFEFF" + broken).getBytes(StandardCharsets.UTF_8);
		Finding f = checkWithCurriculum("bom.course", text).report().getFindings().get(0);
		assertEquals("GT-SYN-001", f.getRuleId());
		assertEquals(11, f.getLocation().getLine());
	}

	@Test
	void utf16IsNamedAsSuch() throws IOException {
		List<Finding> findings = check("utf16.course", Fixtures.COURSE.getBytes(StandardCharsets.UTF_16));
		assertEquals("GT-SYN-002", ids(findings));
		assertTrue(findings.get(0).getMessage().contains("UTF-16"), findings.get(0).getMessage());
		findings = check("utf16le.course", Fixtures.COURSE.getBytes(StandardCharsets.UTF_16LE));
		assertEquals("GT-SYN-002", ids(findings));
		assertTrue(findings.get(0).getMessage().contains("UTF-16"), findings.get(0).getMessage());
	}

	@Test
	void aModuleWithoutIdStillNamesItsModuleInTheThreadWeave() throws IOException {
		CheckedFile checked = checkWithCurriculum("noid.course",
				Fixtures.COURSE.replace("module m2 \"Module two\"", "module \"Module two\"").getBytes(StandardCharsets.UTF_8));
		assertEquals(Verdict.DOES_NOT_CONFORM, checked.report().getVerdict());
		var summary = checked.report().getCoverage();
		assertTrue(summary != null, "coverage is still computed from what could be read");
		summary.getThreads().forEach(t -> assertFalse(t.getModules().contains(null), "no module without a name: " + t.getModules()));
	}

	@Test
	void namedFilesThatAreNotGoldthreadFilesAreAUsageError() throws IOException {
		Path text = dir.resolve("notes.txt");
		Files.writeString(text, "hello");
		try {
			GoldthreadChecker.collect(List.of(text));
			throw new AssertionError("a named file that is not a Goldthread file is refused");
		} catch (IOException e) {
			assertTrue(e.getMessage().contains("notes.txt: not a Goldthread file"), e.getMessage());
		}
	}

	private static List<String> messages(CheckedFile file) {
		return file.report().getFindings().stream().map(f -> f.getRuleId() + " " + f.getLocation().getLine() + " " + f.getMessage()).toList();
	}
}
