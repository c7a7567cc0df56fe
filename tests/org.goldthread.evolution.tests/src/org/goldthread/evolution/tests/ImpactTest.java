package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.Impact.Kind;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** goldthread impact: each kind of consequence, the effort summary and the renderers. */
class ImpactTest {

	@TempDir
	Path dir;

	private Impact.CourseImpact impact(String newVersion) throws Exception {
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(),
				List.of(EvolutionFixtures.write(dir, "v1.curriculum", EvolutionFixtures.V1), EvolutionFixtures.write(dir, "v2.curriculum", newVersion)), false);
		Framework target = ws.framework("t.fw", "2");
		List<Impact.CourseImpact> all = new Evolution(ws).impact(target, List.of(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE)));
		assertEquals(1, all.size());
		return all.get(0);
	}

	private static List<String> items(Impact.CourseImpact impact, Kind kind) {
		return impact.items().stream().filter(i -> i.kind() == kind).map(i -> (i.oldId() == null ? "" : i.oldId() + "->") + String.join("+", i.newIds())
				+ (i.line() > 0 ? "@" + i.line() : "")).toList();
	}

	@Test
	void everyKindOfConsequenceIsFound() throws Exception {
		Impact.CourseImpact impact = impact(EvolutionFixtures.V2);
		assertEquals(null, impact.problem());
		assertEquals(List.of("a.oldName->a.newName@6", "a.mover->b.mover@6", "a.m1->a.merged@6", "a.m2->a.merged@9"), items(impact, Kind.AUTOMATIC));
		assertEquals(List.of("a.whole->a.part1+a.part2@6", "a.gone->@6"), items(impact, Kind.BREAKS));
		assertEquals(List.of("a.m1->a.merged@6", "a.words->a.words@6", "a.m2->a.merged@9"), items(impact, Kind.STALE), "a merged objective says more: review the claim");
		assertEquals(List.of("a.gapped->@12"), items(impact, Kind.GAP_OBSOLETE));
		assertEquals(List.of("a.part1", "a.part2", "a.fresh"), items(impact, Kind.NEW_REQUIRED));
		assertEquals("6 mappings to update (4 by goldthread migrate), 3 new objectives to teach, 3 coverage claims to review, 1 justified gap to revisit",
				impact.summary());
	}

	@Test
	void withoutChangeRecordsNothingIsAutomatic() throws Exception {
		Impact.CourseImpact impact = impact(EvolutionFixtures.V2_UNRECORDED.replace("version \"2\"", "version \"2\""));
		assertEquals(List.of(), items(impact, Kind.AUTOMATIC));
		assertTrue(impact.items().stream().anyMatch(i -> i.kind() == Kind.BREAKS && "a.mover".equals(i.oldId()) && i.message().contains("a guess")),
				impact.items().toString());
	}

	@Test
	void aCourseOnAnotherFrameworkIsReportedNotAnalysed() throws Exception {
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(),
				List.of(EvolutionFixtures.write(dir, "v1.curriculum", EvolutionFixtures.V1), EvolutionFixtures.write(dir, "v2.curriculum", EvolutionFixtures.V2)), true);
		Path northtown = EvolutionFixtures.repositoryRoot().resolve("examples/northtown/northtown-pgcert.course");
		Impact.CourseImpact impact = new Evolution(ws).impact(ws.framework("t.fw", "2"), List.of(northtown)).get(0);
		assertTrue(impact.problem().contains("does not implement t.fw"), impact.problem());
	}

	@Test
	void theRenderersCarryTheSummaryAndEveryItem() throws Exception {
		Impact.CourseImpact impact = impact(EvolutionFixtures.V2);
		String text = ImpactRenderer.text("t.fw version \"2\"", List.of(impact));
		assertTrue(text.contains("6 mappings to update (4 by goldthread migrate)"), text);
		assertTrue(text.contains("PERSON  ") && text.contains("a.whole was split into a.part1, a.part2"), text);
		String json = ImpactRenderer.json("t.fw version \"2\"", List.of(impact));
		assertTrue(json.contains("\"kind\": \"new_required\"") && json.contains("\"needsPerson\": false"), json);
		String html = ImpactRenderer.html("t.fw version \"2\"", List.of(impact));
		assertTrue(html.contains("<tr class=\"person\"><td>reference that breaks</td>"), html);
		String junit = ImpactRenderer.junit("t.fw version \"2\"", List.of(impact));
		assertTrue(junit.contains("failures=\"9\""), junit);
	}
}
