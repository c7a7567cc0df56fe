package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.goldthread.model.Framework;
import org.goldthread.model.support.ChangeRecords;
import org.goldthread.model.support.ChangeRecords.Fate;
import org.goldthread.model.support.ChangeRecords.Successor;
import org.junit.jupiter.api.Test;

/**
 * Reading a new version's change records: against the version it replaces (diff, impact), and alone
 * (a course migrated when only the new version is at hand), which must say the same of every old id.
 */
class ChangeRecordsTest {

	@Test
	void theRecordsAloneSayWhatTheyDoBesideTheOldVersion() {
		Framework[] pair = EvolutionFixtures.pair(EvolutionFixtures.V1, EvolutionFixtures.V2);
		ChangeRecords both = ChangeRecords.of(pair[0], pair[1]);
		ChangeRecords alone = ChangeRecords.recordedIn(pair[1]);
		assertEquals(new Successor("a.oldName", Fate.RENAMED, List.of("a.newName"), null), alone.successor("a.oldName"));
		assertEquals(new Successor("a.mover", Fate.MOVED, List.of("b.mover"), null), alone.successor("a.mover"));
		assertEquals(new Successor("a.whole", Fate.SPLIT, List.of("a.part1", "a.part2"), null), alone.successor("a.whole"));
		assertEquals(new Successor("a.m1", Fate.MERGED, List.of("a.merged"), null), alone.successor("a.m1"));
		assertEquals(new Successor("a.gone", Fate.RETIRED, List.of(), "no longer needed"), alone.successor("a.gone"));
		assertEquals(Fate.UNACCOUNTED, alone.successor("a.neverThere").fate());
		// read alone, an id is asked about because a reference to it did not link: never "kept"
		assertEquals(Fate.KEPT, both.successor("a.keep").fate());
		assertEquals(Fate.UNACCOUNTED, alone.successor("a.keep").fate());
		for (Successor known : both.successors().values()) {
			if (known.fate() != Fate.KEPT && known.fate() != Fate.UNACCOUNTED) {
				assertEquals(known, alone.successor(known.oldId()), "alone and beside the old version, of " + known.oldId());
			}
		}
		assertEquals(List.of(), alone.unknownSources(), "without the old version no source is unknown");
		assertTrue(alone.successors().isEmpty(), "without the old version there are no old elements");
		assertEquals(List.of("a.part1", "a.part2", "a.fresh"), List.copyOf(alone.newlyAsked().keySet()));
	}

	@Test
	void anOldIdNamedTwiceByOneRecordIsNoSplit() {
		String twice = EvolutionFixtures.V2.replace("was renamed from a.oldName", "was renamed from a.oldName, a.oldName");
		assertTrue(twice.contains("a.oldName, a.oldName"), "the fixture has the record this test changes");
		Framework[] pair = EvolutionFixtures.pair(EvolutionFixtures.V1, twice);
		Successor expected = new Successor("a.oldName", Fate.RENAMED, List.of("a.newName"), null);
		assertEquals(expected, ChangeRecords.of(pair[0], pair[1]).successor("a.oldName"));
		assertEquals(expected, ChangeRecords.recordedIn(pair[1]).successor("a.oldName"));
	}
}
