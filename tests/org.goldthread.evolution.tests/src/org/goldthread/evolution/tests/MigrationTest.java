package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Migration;
import org.goldthread.model.Course;
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

	/** Parses {@code framework} and the course (on version 1, which is not loaded) into one resource set, linked. */
	private static Course courseWithout1(String framework, String course) {
		XtextResourceSet set = EvolutionFixtures.injector().getInstance(XtextResourceSet.class);
		EvolutionFixtures.load(set, "memory:/v2.curriculum", framework);
		Resource r = EvolutionFixtures.load(set, "memory:/c.course", course);
		EcoreUtil2.resolveAll(set);
		return (Course) r.getContents().get(0);
	}

	@Test
	void fromRecordsAloneMigratesLikeMigrateWhenTheNamedVersionIsNotAvailable() throws EvolutionException {
		Course course = courseWithout1(EvolutionFixtures.V2, EvolutionFixtures.COURSE);
		assertEquals("2", course.getFramework().getVersion(), "the course links to the version that is there (GT-INT-003)");
		Migration.Result result = Migration.fromRecords(EvolutionFixtures.COURSE, course, Path.of("c.course"));
		Migration.Result withBoth = evolution.migrate(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE), "2");
		assertEquals(withBoth.text(), result.text(), "the same rewrites as with the old version loaded");
		assertEquals(5, result.edits().size());
		// without the old version, rewordings are known only from 'was reworded', and modality changes not at all
		assertEquals(List.of("BREAKS a.whole", "BREAKS a.gone", "STALE a.words", "GAP_OBSOLETE a.gapped", "NEW_REQUIRED a.part1", "NEW_REQUIRED a.part2",
				"NEW_REQUIRED a.fresh"), result.needingPerson().stream().map(c -> c.kind() + " " + (c.oldId() != null ? c.oldId() : c.newIds().get(0))).toList());
		// what an editor applies: the edits and the comments, in the text's order, giving the same text
		StringBuilder applied = new StringBuilder(EvolutionFixtures.COURSE);
		List<Migration.Replacement> replacements = Migration.replacements(EvolutionFixtures.COURSE, result.edits());
		for (int i = replacements.size() - 1; i >= 0; i--) {
			Migration.Replacement r = replacements.get(i);
			assertTrue(i == 0 || replacements.get(i - 1).offset() <= r.offset(), "in the text's order");
			applied.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		assertEquals(result.text(), applied.toString());
	}

	@Test
	void fromRecordsAppliesOnlyWhenTheLinkedVersionReplacesTheNamedOne() {
		assertNull(Migration.fromRecords(EvolutionFixtures.COURSE, courseWithout1(EvolutionFixtures.V2_UNRECORDED, EvolutionFixtures.COURSE), Path.of("c.course")),
				"no 'replaces': no migration");
		String on2 = EvolutionFixtures.COURSE.replace("version \"1\"", "version \"2\"");
		assertNull(Migration.fromRecords(on2, courseWithout1(EvolutionFixtures.V2, on2), Path.of("c.course")), "already on the linked version");
		String on0 = EvolutionFixtures.COURSE.replace("version \"1\"", "version \"0\"");
		assertNull(Migration.fromRecords(on0, courseWithout1(EvolutionFixtures.V2, on0), Path.of("c.course")), "version 2 replaces 1, not 0");
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
