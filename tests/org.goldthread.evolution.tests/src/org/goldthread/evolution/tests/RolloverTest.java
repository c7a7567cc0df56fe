package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Rollover;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goldthread rollover: dates by the academic calendar, id and title, the record of the origin, the mappings kept. */
class RolloverTest {

	@TempDir
	Path dir;

	@Test
	void datesMoveToTheSameWeekdayOfTheNewYear() {
		LocalDate thursday = LocalDate.of(2025, 10, 2);
		assertEquals(DayOfWeek.THURSDAY, thursday.getDayOfWeek());
		assertEquals(LocalDate.of(2027, 9, 30), Rollover.shift(thursday, 2));
		assertEquals(LocalDate.of(2026, 10, 1), Rollover.shift(thursday, 1));
		for (int d = 0; d < 400; d++) {
			LocalDate date = thursday.plusDays(d);
			LocalDate moved = Rollover.shift(date, 1);
			assertEquals(date.getDayOfWeek(), moved.getDayOfWeek());
			assertTrue(Math.abs(moved.toEpochDay() - date.plusYears(1).toEpochDay()) <= 3, date + " -> " + moved);
		}
	}

	@Test
	void academicYearsAreParsedAndChecked() throws EvolutionException {
		assertEquals(2027, Rollover.AcademicYear.parse("2027-28").start());
		assertEquals("2099-00", new Rollover.AcademicYear(2099).toString());
		assertThrows(EvolutionException.class, () -> Rollover.AcademicYear.parse("2027-29"));
		assertThrows(EvolutionException.class, () -> Rollover.AcademicYear.parse("next year"));
		assertEquals(2025, Rollover.AcademicYear.of(LocalDate.of(2026, 3, 1)).start());
		assertEquals(2026, Rollover.AcademicYear.of(LocalDate.of(2026, 9, 1)).start());
	}

	@Test
	void theNorthtownCourseRollsOverAndStillConforms() throws Exception {
		Path original = EvolutionFixtures.repositoryRoot().resolve("examples/northtown/northtown-pgcert.course");
		Evolution evolution = new Evolution(new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(), true));
		Rollover.Result result = evolution.rollover(original, Rollover.AcademicYear.parse("2027-28"));
		String text = result.text();
		assertEquals("2025-26", result.from().toString());
		assertEquals("northtown.pgcertLeadership_2027_28", result.newId());
		assertTrue(text.startsWith("// A fully conforming"), "comments stay");
		assertTrue(text.contains("course northtown.pgcertLeadership_2027_28 \"PGCert Leadership in Children and Young People's Mental Health (2027-28)\""), text);
		assertTrue(text.contains("\tabout \"Rolled over from northtown.pgcertLeadership (2025-26) to 2027-28 by goldthread rollover"), text);
		assertTrue(text.contains("day 1 \"The CYP MH landscape and the leadership role\" on \"2027-09-30\" 6h"), text);
		assertFalse(text.contains("on \"2025-") || text.contains("on \"2026-"), "every date moved");
		String original2 = Files.readString(original);
		assertEquals(original2.lines().filter(l -> l.contains("covers")).toList(), text.lines().filter(l -> l.contains("covers")).toList(), "mappings kept");
		Path rolled = EvolutionFixtures.write(dir, "northtown-pgcert-2027-28.course", text);
		var checked = new GoldthreadChecker(EvolutionFixtures.injector()).check(List.of(rolled), List.of(), null);
		assertEquals(List.of(), checked.get(0).report().getFindings().stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList());
		assertEquals(Verdict.CONFORMS, checked.get(0).report().getVerdict());
	}

	@Test
	void aYearThatIsNotLaterIsRefused() throws Exception {
		Path original = EvolutionFixtures.repositoryRoot().resolve("examples/northtown/northtown-pgcert.course");
		Evolution evolution = new Evolution(new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(), true));
		EvolutionException e = assertThrows(EvolutionException.class, () -> evolution.rollover(original, Rollover.AcademicYear.parse("2025-26")));
		assertTrue(e.getMessage().contains("The course is for 2025-26"), e.getMessage());
	}
}
