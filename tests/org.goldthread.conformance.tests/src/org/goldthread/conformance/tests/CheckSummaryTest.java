package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.Profile;
import org.goldthread.model.findings.ConformanceReport;
import org.junit.jupiter.api.Test;

/** How a check is summed up and when it fails: the command line and the Maven plugin share this. */
class CheckSummaryTest {

	@Test
	void countsAndLinesOfSeveralFiles() {
		ConformanceReport conforming = Fixtures.course(Fixtures.COURSE);
		ConformanceReport gaps = Fixtures.course(Fixtures.change(Fixtures.COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1"));
		CheckSummary summary = CheckSummary.of(List.of(file(conforming), file(gaps)));

		assertEquals(2, summary.files());
		assertEquals(gaps.count(org.goldthread.model.findings.Severity.ERROR), summary.errors());
		assertTrue(summary.errors() > 0, "the uncovered objective is an error");
		assertEquals("2 files checked: " + summary.counts(), summary.line());
		assertEquals("1 file checked: 0 errors, 0 warnings, 0 info", CheckSummary.of(List.of(file(conforming))).line());
		assertEquals("uni.course (Course): conforms — 0 errors, 0 warnings, 0 info; pathway: pgcert; implements test.core version \"1\"",
				CheckSummary.documentLine("uni.course", conforming));
		assertEquals("uni.course (Course): conforms — 0 errors, 0 warnings, 0 info; pathway: pgcert (profile accreditation); implements test.core version \"1\"",
				CheckSummary.documentLine("uni.course", Fixtures.check(Fixtures.CURRICULUM, Fixtures.COURSE, Profile.builtIn("accreditation"))));
	}

	@Test
	void failsAtTheLevelAsked() {
		CheckSummary errors = new CheckSummary(1, 1, 0, 5);
		CheckSummary warnings = new CheckSummary(1, 0, 2, 5);
		CheckSummary infos = new CheckSummary(1, 0, 0, 5);
		assertTrue(errors.fails(FailLevel.ERROR));
		assertTrue(errors.fails(FailLevel.WARNING));
		assertFalse(errors.fails(FailLevel.NONE));
		assertFalse(warnings.fails(FailLevel.ERROR));
		assertTrue(warnings.fails(FailLevel.WARNING));
		assertFalse(infos.fails(FailLevel.WARNING), "information never fails a check");
	}

	@Test
	void levelsAreNamedAsUsersWriteThem() {
		assertEquals(FailLevel.WARNING, FailLevel.byKey(" Warning "));
		assertEquals(FailLevel.NONE, FailLevel.byKey("none"));
		assertNull(FailLevel.byKey("warnings"));
		assertNull(FailLevel.byKey(null));
		assertEquals("error", FailLevel.ERROR.toString());
	}

	private static CheckedFile file(ConformanceReport report) {
		return new CheckedFile(Path.of("uni.course"), null, report);
	}
}
