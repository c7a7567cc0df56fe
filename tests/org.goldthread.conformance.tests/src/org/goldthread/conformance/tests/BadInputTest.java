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
		assertEquals("GT-SYN-001", ids(findings));
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
}
