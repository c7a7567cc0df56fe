package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped examples give exactly the findings their `// expect: RULE element` comments list
 * (none for the fully conforming course), so the examples and the engine cannot drift apart.
 */
class ExamplesTest {

	private static final Pattern EXPECT = Pattern.compile("^//\\s*expect:\\s*(GT-[A-Z]{3}-\\d{3})\\s+(\\S+)\\s*$", Pattern.MULTILINE);

	private static List<CheckedFile> checked;

	@BeforeAll
	static void checkExamples() throws IOException {
		Path examples = CatalogueAgreementTest.repositoryRoot().resolve("examples");
		List<Path> files = GoldthreadChecker.collect(List.of(examples)).stream()
				.filter(p -> p.toString().endsWith(".course") || p.toString().endsWith(".plan")).toList();
		checked = new GoldthreadChecker(Fixtures.injector()).check(files, List.of(), null);
	}

	@Test
	void thereAreAtLeastThreeCoursesAndAPlan() {
		assertFalse(checked.size() < 4, "examples: " + checked.stream().map(CheckedFile::path).toList());
	}

	@Test
	void eachExampleGivesExactlyTheFindingsItsCommentsList() throws IOException {
		List<String> problems = new ArrayList<>();
		for (CheckedFile file : checked) {
			List<String> expected = new ArrayList<>();
			Matcher m = EXPECT.matcher(Files.readString(file.path(), StandardCharsets.UTF_8));
			while (m.find()) {
				expected.add(m.group(1) + " " + m.group(2));
			}
			List<String> actual = new ArrayList<>();
			for (Finding f : file.report().getFindings()) {
				actual.add(f.getRuleId() + " " + (f.getFrameworkElementId() == null ? "-" : f.getFrameworkElementId()));
			}
			expected.sort(null);
			actual.sort(null);
			if (!expected.equals(actual)) {
				problems.add(file.path().getFileName() + ": expected " + expected + " but got " + actual);
			}
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void theNorthtownCourseFullyConforms() {
		CheckedFile northtown = checked.stream().filter(f -> f.path().toString().contains("northtown-pgcert")).findFirst().orElseThrow();
		assertEquals(List.of(), northtown.report().getFindings().stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList());
		assertEquals(Verdict.CONFORMS, northtown.report().getVerdict());
	}
}
