package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.Migration;
import org.goldthread.model.Framework;
import org.goldthread.model.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance round trip: the Northtown course (fully conforming to the 2024 curriculum),
 * migrated to the fictional revision, has as its only findings the ones the impact report listed
 * as needing a person, and each such item that a check can see shows up as a finding.
 */
class RoundTripTest {

	@TempDir
	Path dir;

	@Test
	void afterMigrationTheOnlyFindingsAreWhatImpactListedForAPerson() throws Exception {
		Path course = Files.copy(EvolutionFixtures.repositoryRoot().resolve("examples/northtown/northtown-pgcert.course"), dir.resolve("northtown-pgcert.course"));
		Evolution evolution = new Evolution(new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(EvolutionFixtures.revision()), true));
		Framework revision = evolution.workspace().framework("cypmh.leadership", "2026-fictional");
		Impact.CourseImpact impact = evolution.impact(revision, List.of(course)).get(0);
		assertEquals(null, impact.problem());
		assertTrue(impact.count(Impact.Kind.AUTOMATIC) >= 3, impact.items().toString());

		Migration.Result migration = evolution.migrate(course, "2026-fictional");
		assertEquals(impact.items(), migration.impact().items(), "migrate works from the same impact");
		Files.writeString(course, migration.text(), StandardCharsets.UTF_8);
		String text = migration.text();

		List<Finding> findings = new GoldthreadChecker(EvolutionFixtures.injector()).check(List.of(course), List.of(EvolutionFixtures.revision()), null)
				.get(0).report().getFindings();
		assertFalse(findings.isEmpty(), "the revision asks for new things: Northtown cannot conform unchanged");
		List<Impact.Consequence> person = impact.needingPerson();
		List<String> unexplained = new ArrayList<>();
		List<Impact.Consequence> seen = new ArrayList<>();
		for (Finding f : findings) {
			List<Impact.Consequence> because = explanations(f, person, text);
			if (because.isEmpty()) {
				unexplained.add(f.getRuleId() + " " + f.getFrameworkElementId() + " " + f.getMessage());
			}
			seen.addAll(because);
		}
		assertEquals(List.of(), unexplained, "findings the impact report did not list for a person");
		for (Impact.Consequence c : person) {
			if (c.kind() == Impact.Kind.BREAKS || c.kind() == Impact.Kind.NEW_REQUIRED || c.kind() == Impact.Kind.GAP_OBSOLETE) {
				assertTrue(seen.contains(c), "impact listed " + c + " but the check of the migrated course does not show it: " + findings.stream()
						.map(f -> f.getRuleId() + " " + f.getFrameworkElementId()).toList());
			}
		}
		assertTrue(person.stream().anyMatch(c -> c.kind() == Impact.Kind.STALE), "reworded objectives are listed for review");
	}

	/** The person items a finding comes from: the same framework element (or one inside it), or an unresolved reference to an item's old id on its line. */
	private static List<Impact.Consequence> explanations(Finding f, List<Impact.Consequence> person, String text) {
		String element = f.getFrameworkElementId();
		String written = f.getLocation() == null || f.getLocation().getLength() <= 0 ? null
				: text.substring(f.getLocation().getOffset(), f.getLocation().getOffset() + f.getLocation().getLength());
		List<Impact.Consequence> result = new ArrayList<>();
		for (Impact.Consequence c : person) {
			if (element != null && c.newIds().stream().anyMatch(id -> id.equals(element) || id.startsWith(element + "."))) {
				result.add(c);
			} else if (written != null && c.oldId() != null && written.strip().equals(c.oldId()) && f.getLocation().getLine() == c.line()) {
				result.add(c);
			}
		}
		return result;
	}
}
