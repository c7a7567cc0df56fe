package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.reports.json.JsonReportRenderer;
import org.goldthread.testing.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON reports validate against docs/report-schema.json (JSON Schema 2020-12), and the schema rejects what it should. */
class JsonSchemaTest {

	private static final ObjectMapper MAPPER = new ObjectMapper();
	private static JsonSchema schema;

	@BeforeAll
	static void loadSchema() throws IOException {
		Path file = Repository.docs().resolve("report-schema.json");
		assertTrue(Files.isRegularFile(file), "the schema is documented in " + file);
		try (InputStream in = Files.newInputStream(file)) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
		}
	}

	static Iterable<String> fixtures() {
		return ReportFixtures.NAMES;
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void reportIsValid(String name) throws IOException {
		JsonNode json = MAPPER.readTree(new JsonReportRenderer().render(ReportFixtures.report(name), ReportFixtures.context()));
		assertEquals(Set.of(), schema.validate(json));
		assertEquals(1, json.get("reports").size());
	}

	@Test
	void indexIsValid() throws IOException {
		JsonNode json = MAPPER.readTree(new JsonReportRenderer().renderIndex(ReportFixtures.all(), ReportFixtures.context()));
		assertEquals(Set.of(), schema.validate(json));
		assertEquals(ReportFixtures.NAMES.size(), json.get("reports").size());
	}

	@Test
	void reportsCarryCountsFindingsAndCoverage() throws IOException {
		JsonNode report = MAPPER.readTree(new JsonReportRenderer().render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context()))
				.get("reports").get(0);
		assertEquals("eastfield.pgcertLeadership", report.get("id").asText());
		assertEquals("courses/eastfield-pgcert.course", report.get("file").asText());
		assertEquals("does not conform", report.get("verdict").asText());
		int total = report.get("counts").get("error").asInt() + report.get("counts").get("warning").asInt() + report.get("counts").get("info").asInt();
		assertEquals(total, report.get("findings").size());
		assertTrue(report.get("coverage").get("objectives").size() > 50);
		assertEquals("courses/eastfield-pgcert.course", report.get("findings").get(0).get("location").get("file").asText());
	}

	@Test
	void planReportsShowWhatThePlanSays() throws IOException {
		Path plan = Repository.example("plans/northtown-inpatient-workforce.plan");
		CheckedFile checked = new GoldthreadChecker().check(List.of(plan), List.of(), null).get(0);
		JsonNode json = MAPPER.readTree(new JsonReportRenderer().render(checked.report(), ReportFixtures.context()));
		assertEquals(Set.of(), schema.validate(json));
		JsonNode report = json.get("reports").get(0);
		assertEquals("plan", report.get("kind").asText());
		assertEquals("service-provider", report.get("plan").get("for").asText());
		JsonNode values = report.get("plan").get("actions").get(0);
		assertEquals("valuesRecruitment", values.get("id").asText());
		assertEquals("Willow House Young People's Advisory Group", values.get("partners").get(0).asText());
		assertEquals("2025-06", values.get("start").asText());
		assertEquals("started", values.get("status").asText());
		assertEquals("18%", values.get("measures").get(0).get("baseline").asText());
		assertEquals("8%", values.get("measures").get(0).get("target").asText());
		assertEquals("2025-09", values.get("milestones").get(0).get("due").asText());
		assertEquals(1, values.get("progress").size());
		assertEquals("development.supportWorkerCareers", report.get("plan").get("actions").get(1).get("partlyAddresses").get(0).asText());
		// Courses have none: the key is there, null.
		JsonNode course = MAPPER.readTree(new JsonReportRenderer().render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context()));
		assertTrue(course.get("reports").get(0).get("plan").isNull());
	}

	@Test
	void schemaRejectsMissingAndUnknownFields() throws IOException {
		ObjectNode json = (ObjectNode) MAPPER.readTree(new JsonReportRenderer().render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context()));
		ObjectNode report = (ObjectNode) json.get("reports").get(0);
		report.remove("verdict");
		report.put("unexpected", true);
		((ObjectNode) report.get("findings").get(0)).put("severity", "fatal");
		Set<ValidationMessage> errors = schema.validate(json);
		assertFalse(errors.isEmpty());
		String all = errors.toString();
		assertTrue(all.contains("verdict"), all);
		assertTrue(all.contains("unexpected"), all);
		assertTrue(all.contains("severity"), all);
	}
}
