package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.Impact.Kind;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

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

	@Test
	void sarifHasARuleAndLevelPerKindAndValidates() throws Exception {
		Impact.CourseImpact impact = impact(EvolutionFixtures.V2);
		Impact.CourseImpact other = new Impact.CourseImpact(Path.of("/elsewhere/other course.course"), "c.other", "x.fw version \"1\"",
				"implements x.fw version \"1\", not t.fw version \"1\"", List.of());
		JsonNode log = new ObjectMapper().readTree(ImpactRenderer.sarif("t.fw version \"2\"", List.of(impact, other), dir));
		try (InputStream in = ImpactTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
			assertNotNull(in, "the SARIF 2.1.0 schema is on the class path");
			assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in).validate(log));
		}
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode run = log.get("runs").get(0);
		List<String> ruleIds = new ArrayList<>();
		run.get("tool").get("driver").get("rules").forEach(r -> ruleIds.add(r.get("id").asText()));
		assertEquals(List.of("impact/automatic", "impact/breaks", "impact/new-required", "impact/stale", "impact/gap-obsolete", "impact/not-analysed"),
				ruleIds);
		assertEquals(dir.toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
		JsonNode results = run.get("results");
		assertEquals(impact.items().size() + 1, results.size());
		List<String> seen = new ArrayList<>();
		for (int i = 0; i < impact.items().size(); i++) {
			Impact.Consequence item = impact.items().get(i);
			JsonNode result = results.get(i);
			JsonNode location = result.get("locations").get(0).get("physicalLocation");
			seen.add(result.get("ruleId").asText() + " " + result.get("level").asText() + " " + location.get("artifactLocation").get("uri").asText()
					+ (location.has("region") ? ":" + location.get("region").get("startLine").asInt() : ""));
			assertEquals(item.message(), result.get("message").get("text").asText());
			assertEquals("%SRCROOT%", location.get("artifactLocation").get("uriBaseId").asText());
		}
		assertTrue(seen.contains("impact/automatic note c.course:6"), seen.toString());
		assertTrue(seen.contains("impact/breaks error c.course:6"), seen.toString());
		assertTrue(seen.contains("impact/stale warning c.course:6"), seen.toString());
		assertTrue(seen.contains("impact/gap-obsolete warning c.course:12"), seen.toString());
		assertTrue(seen.contains("impact/new-required warning c.course"), "a new objective has no line: " + seen);
		JsonNode notAnalysed = results.get(results.size() - 1);
		assertEquals("impact/not-analysed", notAnalysed.get("ruleId").asText());
		assertEquals("file:///elsewhere/other%20course.course",
				notAnalysed.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText(),
				"a file outside the base folder has its absolute URI");
	}
}
