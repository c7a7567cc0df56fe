package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
