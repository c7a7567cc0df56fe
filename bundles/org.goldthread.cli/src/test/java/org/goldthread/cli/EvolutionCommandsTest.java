package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/** goldthread diff, impact, migrate and rollover on the Northtown course and the fictional revision. */
class EvolutionCommandsTest {

	private static final Path EXAMPLES = Repository.examples();
	private static final String REVISION = EXAMPLES.resolve("evolution/cypmh-leadership-2026-fictional.curriculum").toString();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private Path northtown() throws Exception {
		return Files.copy(EXAMPLES.resolve("northtown/northtown-pgcert.course"), dir.resolve("northtown-pgcert.course"));
	}

	@Test
	void diffComparesTheShippedCurriculumWithTheRevision() {
		assertEquals(0, GoldthreadCommand.run("diff", "cypmh.leadership@2024", REVISION));
		assertTrue(out().contains("objective landscape.ukPolicy split into landscape.nationalPolicy, landscape.devolvedPolicy"), out());
		assertTrue(out().contains("objective landscape.policyTimeline retired"), out());
		assertTrue(out().contains("golden thread wellbeing reworded"), out());
		assertTrue(out().contains("Staff wellbeing {+and compassionate leadership+}"), out());
	}

	@Test
	void diffWritesJsonAndRefusesAnUnknownVersion() throws Exception {
		Path json = dir.resolve("diff.json");
		assertEquals(0, GoldthreadCommand.run("diff", "cypmh.leadership@2024", REVISION, "--format", "json", "-o", json.toString()));
		assertTrue(Files.readString(json).contains("\"changeRecords\": true"));
		assertDefaultPermissions(json);
		assertEquals(2, GoldthreadCommand.run("diff", "cypmh.leadership@1999", REVISION));
		assertTrue(err().contains("No framework cypmh.leadership version \"1999\" is available; available versions: [2024"), err());
	}

	@Test
	void impactListsTheEffortAndExitsWithOneWhenAPersonIsNeeded() throws Exception {
		Path course = northtown();
		assertEquals(1, GoldthreadCommand.run("impact", REVISION, course.toString()));
		assertTrue(out().contains("mappings to update ("), out());
		assertTrue(out().contains("new objectives to teach"), out());
		assertTrue(out().contains("PERSON  "), out());
		Path html = dir.resolve("impact.html");
		assertEquals(1, GoldthreadCommand.run("impact", REVISION, course.getParent().toString(), "--format", "html", "-o", html.toString()));
		assertTrue(Files.readString(html).contains("<h2>northtown.pgcertLeadership"));
		assertDefaultPermissions(html);
	}

	/** A written file has the permissions any new file of the user gets there (the umask), not owner-only ones of a temporary file. */
	private static void assertDefaultPermissions(Path written) throws java.io.IOException {
		Path probe = Files.createFile(written.resolveSibling("probe-" + System.nanoTime()));
		assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(written), written + ": permissions");
		Files.delete(probe);
	}

	@Test
	void impactWritesSarifWithAResultPerConsequence() throws Exception {
		// a course under the working directory: its location is relative to it
		Path local = Files.createDirectories(Path.of("target", "impact-sarif-test"));
		Path course = Files.copy(EXAMPLES.resolve("northtown/northtown-pgcert.course"), local.resolve("northtown-pgcert.course"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		Path json = dir.resolve("impact.json");
		Path sarif = dir.resolve("impact.sarif");
		assertEquals(1, GoldthreadCommand.run("impact", REVISION, course.toString(), "--format", "json", "-o", json.toString()));
		assertEquals(1, GoldthreadCommand.run("impact", REVISION, course.toString(), "--format", "sarif", "-o", sarif.toString()));
		ObjectMapper mapper = new ObjectMapper();
		JsonNode items = mapper.readTree(json.toFile()).get("courses").get(0).get("items");
		JsonNode log = mapper.readTree(sarif.toFile());
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
			assertNotNull(in, "the SARIF 2.1.0 schema is on the class path");
			JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
			assertEquals(Set.of(), schema.validate(log));
		}
		assertEquals("2.1.0", log.get("version").asText());
		JsonNode run = log.get("runs").get(0);
		assertEquals(Path.of("").toAbsolutePath().toUri().toString(), run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
		JsonNode rules = run.get("tool").get("driver").get("rules");
		JsonNode results = run.get("results");
		assertTrue(items.size() > 20, items.toString());
		assertEquals(items.size(), results.size());
		Map<String, String> levels = Map.of("automatic", "note", "breaks", "error", "new_required", "warning", "stale", "warning",
				"gap_obsolete", "warning");
		for (int i = 0; i < results.size(); i++) {
			JsonNode item = items.get(i);
			JsonNode result = results.get(i);
			String kind = item.get("kind").asText();
			assertEquals("impact/" + kind.replace('_', '-'), result.get("ruleId").asText());
			assertEquals(result.get("ruleId").asText(), rules.get(result.get("ruleIndex").asInt()).get("id").asText());
			assertEquals(levels.get(kind), result.get("level").asText(), kind);
			assertEquals(item.get("message").asText(), result.get("message").get("text").asText());
			JsonNode physical = result.get("locations").get(0).get("physicalLocation");
			assertEquals("target/impact-sarif-test/northtown-pgcert.course", physical.get("artifactLocation").get("uri").asText());
			assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").asText());
			int line = item.get("line").asInt();
			assertEquals(line, line > 0 ? physical.get("region").get("startLine").asInt() : 0, result.toString());
			assertEquals(line == 0, physical.get("region") == null, result.toString());
		}
		assertTrue(results.findValuesAsText("level").containsAll(List.of("note", "error", "warning")), results.toString());
		assertEquals(2, GoldthreadCommand.run("impact", REVISION, course.toString(), "--format", "pdf"));
		assertTrue(err().contains("use text, html, json, junit or sarif"), err());
	}

	@Test
	void migrateRewritesTheCourseAndDryRunWritesNothing() throws Exception {
		Path course = northtown();
		String before = Files.readString(course);
		assertEquals(0, GoldthreadCommand.run("migrate", "--to", "2026-fictional", "--framework", REVISION, "--dry-run", course.toString()));
		assertEquals(before, Files.readString(course), "--dry-run writes nothing");
		assertTrue(out().contains("-\timplements cypmh.leadership version \"2024\""), out());
		assertTrue(out().contains("+\timplements cypmh.leadership version \"2026-fictional\" // migrated from cypmh.leadership version \"2024\""), out());
		assertEquals(0, GoldthreadCommand.run("migrate", "--to", "2026-fictional", "--framework", REVISION, course.toString()));
		String after = Files.readString(course);
		assertTrue(after.contains("landscape.workforceTraining develops") && after.contains("// migrated from landscape.trainingDevelopment (renamed)"), after);
		assertTrue(err().contains("migrated " + course + " to version \"2026-fictional\""), err());
		assertTrue(err().contains("landscape.ukPolicy was split into landscape.nationalPolicy, landscape.devolvedPolicy"), err());
	}

	@Test
	void migrateRefusesAFileWithSyntaxErrorsAndLeavesItAlone() throws Exception {
		Path course = dir.resolve("broken.course");
		String broken = Files.readString(EXAMPLES.resolve("northtown/northtown-pgcert.course")).replace("credits 60", "credits sixty");
		Files.writeString(course, broken);
		assertEquals(1, GoldthreadCommand.run("migrate", "--to", "2026-fictional", "--framework", REVISION, course.toString()));
		assertTrue(err().contains("refused: the file has syntax errors"), err());
		assertEquals(broken, Files.readString(course));
	}

	@Test
	void rolloverWritesANewFileAndNeverReplacesOne() throws Exception {
		Path course = northtown();
		assertEquals(0, GoldthreadCommand.run("rollover", course.toString(), "--year", "2027-28"));
		Path rolled = dir.resolve("northtown-pgcert-2027-28.course");
		assertTrue(Files.readString(rolled).contains("course northtown.pgcertLeadership_2027_28"));
		assertEquals(1, GoldthreadCommand.run("rollover", course.toString(), "--year", "2027-28"));
		assertTrue(err().contains("exists already; not replaced"), err());
		assertEquals(2, GoldthreadCommand.run("rollover", course.toString(), "--year", "2027-29"));
		assertFalse(Files.readString(course).contains("2027"), "the original is untouched");
	}
}
