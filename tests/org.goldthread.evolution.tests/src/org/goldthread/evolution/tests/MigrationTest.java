package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Migration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goldthread migrate: what it rewrites, the trace it leaves, what it leaves to a person, and what it refuses. */
class MigrationTest {

	@TempDir
	Path dir;

	private Evolution evolution;

	@BeforeEach
	void workspace() throws EvolutionException {
		evolution = new Evolution(new EvolutionWorkspace(EvolutionFixtures.injector(),
				List.of(EvolutionFixtures.write(dir, "v1.curriculum", EvolutionFixtures.V1), EvolutionFixtures.write(dir, "v2.curriculum", EvolutionFixtures.V2)), false));
	}

	@Test
	void renamedMovedAndMergedReferencesAreRewrittenWithATrace() throws EvolutionException {
		Migration.Result result = evolution.migrate(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE), "2");
		String text = result.text();
		assertTrue(text.contains("\timplements t.fw version \"2\" // migrated from t.fw version \"1\"\n"), text);
		assertTrue(text.contains("\t\t\tcovers a.keep, a.newName, b.mover, a.whole, a.merged, a.gone, a.words"
				+ " // migrated from a.oldName (renamed), a.mover (moved), a.m1 (merged)\n"), text);
		assertTrue(text.contains("\t\t\tcovers a.merged, a.soft, b.stay // migrated from a.m2 (merged)\n"), text);
		assertTrue(text.contains("gap a.gapped because \"taught elsewhere\"\n"), "what needs a person is left as it was: " + text);
		assertEquals(5, result.edits().size());
		assertEquals(List.of("BREAKS a.whole", "STALE a.m1", "BREAKS a.gone", "STALE a.words", "STALE a.m2", "GAP_OBSOLETE a.gapped", "NEW_REQUIRED null", "NEW_REQUIRED null",
				"NEW_REQUIRED null"), result.needingPerson().stream().map(c -> c.kind() + " " + c.oldId()).toList());
	}

	@Test
	void theDryRunDiffShowsEachChangedLine() throws EvolutionException {
		Migration.Result result = evolution.migrate(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE), "2");
		String diff = Migration.unifiedDiff("a/c.course", "b/c.course", EvolutionFixtures.COURSE, result.text());
		assertTrue(diff.startsWith("--- a/c.course\n+++ b/c.course\n@@ -1,"), diff);
		assertTrue(diff.contains("\n-\timplements t.fw version \"1\"\n+\timplements t.fw version \"2\" // migrated from t.fw version \"1\"\n"), diff);
		assertTrue(diff.contains("\n-\t\t\tcovers a.m2, a.soft, b.stay\n+\t\t\tcovers a.merged, a.soft, b.stay // migrated from a.m2 (merged)\n"), diff);
		assertEquals(3, diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count(), diff);
	}

	@Test
	void aFileWithSyntaxErrorsIsRefused() {
		Path broken = EvolutionFixtures.write(dir, "broken.course", EvolutionFixtures.COURSE.replace("lecture 1h", "lecture 1h covers ,"));
		EvolutionException e = assertThrows(EvolutionException.class, () -> evolution.migrate(broken, "2"));
		assertTrue(e.getMessage().contains("refused: the file has syntax errors"), e.getMessage());
	}

	@Test
	void anUnknownTargetOrTheCurrentVersionIsRefused() {
		Path course = EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE);
		EvolutionException unknown = assertThrows(EvolutionException.class, () -> evolution.migrate(course, "3"));
		assertTrue(unknown.getMessage().contains("no version \"3\" of t.fw is available (available: [1, 2])"), unknown.getMessage());
		EvolutionException same = assertThrows(EvolutionException.class, () -> evolution.migrate(course, "1"));
		assertTrue(same.getMessage().contains("already implements t.fw version \"1\""), same.getMessage());
	}

	@Test
	void aCourseThatIsNotACourseIsRefused() {
		Path plan = EvolutionFixtures.write(dir, "x.course", EvolutionFixtures.V1.replace("t.fw", "t.other"));
		EvolutionException e = assertThrows(EvolutionException.class, () -> evolution.migrate(plan, "2"));
		assertTrue(e.getMessage().contains("not a course"), e.getMessage());
	}
}
