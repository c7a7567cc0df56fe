package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goldthread.evolution.DiffRenderer;
import org.goldthread.evolution.FrameworkDiff;
import org.goldthread.evolution.FrameworkDiff.Change;
import org.goldthread.evolution.FrameworkDiff.Kind;
import org.goldthread.evolution.WordDiff;
import org.goldthread.model.Framework;
import org.goldthread.model.Modality;
import org.junit.jupiter.api.Test;

/** goldthread diff: every kind of change, with change records and without them (then as guesses). */
class FrameworkDiffTest {

	private static FrameworkDiff diff(String a, String b) {
		Framework[] pair = EvolutionFixtures.pair(a, b);
		return FrameworkDiff.compare(pair[0], pair[1]);
	}

	private static Change only(FrameworkDiff diff, Kind kind, String anyId) {
		List<Change> found = diff.changes().stream().filter(c -> c.kind() == kind && (c.oldIds().contains(anyId) || c.newIds().contains(anyId))).toList();
		assertEquals(1, found.size(), kind + " " + anyId + " in " + diff.changes());
		return found.get(0);
	}

	@Test
	void withChangeRecordsEveryKindOfChangeIsReported() {
		FrameworkDiff diff = diff(EvolutionFixtures.V1, EvolutionFixtures.V2);
		assertTrue(diff.recorded());
		assertEquals(List.of("a.newName"), only(diff, Kind.RENAMED, "a.oldName").newIds());
		assertEquals(List.of("b.mover"), only(diff, Kind.MOVED, "a.mover").newIds());
		assertEquals(List.of("a.part1", "a.part2"), only(diff, Kind.SPLIT, "a.whole").newIds());
		Change merged = only(diff, Kind.MERGED, "a.merged");
		assertEquals(List.of("a.m1", "a.m2"), merged.oldIds());
		assertEquals("no longer needed", only(diff, Kind.RETIRED, "a.gone").note());
		only(diff, Kind.RETIRED, "a.gapped");
		Change added = only(diff, Kind.ADDED, "a.fresh");
		assertEquals(Modality.REQUIRED, added.newModality());
		Change modality = only(diff, Kind.MODALITY, "a.soft");
		assertEquals(Modality.REQUIRED, modality.oldModality());
		assertEquals(Modality.ADVISED, modality.newModality());
		Change reworded = only(diff, Kind.REWORDED, "a.words");
		assertEquals("the quick [-brown-] {+red+} fox jumps {+high+}", WordDiff.inline(reworded.words()));
		assertTrue(diff.changes().stream().noneMatch(Change::guessed), diff.changes().toString());
		assertTrue(diff.changes().stream().noneMatch(c -> c.kind() == Kind.REMOVED), diff.changes().toString());
		assertTrue(diff.changes().stream().noneMatch(c -> c.oldIds().contains("a.keep") || c.oldIds().contains("b.stay")), "unchanged elements are not listed");
	}

	@Test
	void withoutChangeRecordsElementsAreMatchedByNameThenByTextAsGuesses() {
		FrameworkDiff diff = diff(EvolutionFixtures.V1, EvolutionFixtures.V2_UNRECORDED);
		assertFalse(diff.recorded());
		Change moved = only(diff, Kind.MOVED, "a.mover");
		assertTrue(moved.guessed());
		assertEquals(List.of("b.mover"), moved.newIds());
		Change renamed = only(diff, Kind.RENAMED, "a.oldName");
		assertTrue(renamed.guessed());
		assertEquals(List.of("a.newName"), renamed.newIds());
		only(diff, Kind.REMOVED, "a.gone");
		only(diff, Kind.ADDED, "a.fresh");
		only(diff, Kind.REWORDED, "a.words");
		only(diff, Kind.MODALITY, "a.soft");
		assertFalse(diff.mappings().get("a.mover").automatic(), "a guess is never applied unasked");
	}

	@Test
	void theRenderersShowEveryChange() {
		FrameworkDiff diff = diff(EvolutionFixtures.V1, EvolutionFixtures.V2);
		String text = DiffRenderer.text(diff);
		assertTrue(text.contains("objective a.whole split into a.part1, a.part2"), text);
		assertTrue(text.contains("the quick [-brown-] {+red+} fox jumps {+high+}"), text);
		assertTrue(text.contains("1 renamed, 1 moved, 1 split, 1 merged, 1 reworded, 1 modality changed, 1 added, 2 retired"), text);
		String markdown = DiffRenderer.markdown(diff);
		assertTrue(markdown.contains("| reworded | a.words | the quick ~~brown~~ **red** fox jumps **high** |"), markdown);
		String html = DiffRenderer.html(diff);
		assertTrue(html.contains("<del>brown</del>") && html.contains("<ins>red</ins>"), html);
		String json = DiffRenderer.json(diff);
		assertTrue(json.contains("\"kind\": \"split\"") && json.contains("\"newIds\": [\n        \"a.part1\",\n        \"a.part2\"\n      ]"), json);
		assertTrue(json.contains("\"oldModality\": \"required\"") && json.contains("\"newModality\": \"advised\""), json);
		String unrecorded = DiffRenderer.text(diff(EvolutionFixtures.V1, EvolutionFixtures.V2_UNRECORDED));
		assertTrue(unrecorded.contains("moved to b.mover (guess: no change record says so)"), unrecorded);
	}

	@Test
	void wordDiffSimilarityTellsRewordingFromANewText() {
		assertTrue(WordDiff.similarity("understand the needs of the local population", "understand the needs of their local population") > 0.6);
		assertTrue(WordDiff.similarity("understand the needs of the local population", "lead a transformation project") < 0.3);
	}
}
