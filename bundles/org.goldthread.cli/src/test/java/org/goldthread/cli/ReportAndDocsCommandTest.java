package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goldthread report} and {@code goldthread docs} end to end: the files they write, their exit
 * codes (0 clean, 1 findings at or above --fail-on, 2 usage or I/O error) and their one-line
 * error messages. The inputs are a small curriculum with a course that conforms to it exactly, and
 * a workforce framework with a plan (the conformance tests' fixtures).
 */
class ReportAndDocsCommandTest {

	static final String CURRICULUM = """
			curriculum test.core "Test curriculum" version "1"

			delivery {
				about "The course will be delivered across 4 teaching days. In addition to these, all students should be given an extra 2 study days."
				teaching days 4
				study days 2
				format lecture or seminar "Lectures and academic teaching."
				format small-group "Smaller group sessions."
			}

			theme alpha "Alpha theme" {
				aim "Alpha aim."
				objective a1 "first alpha objective"
				objective a2 "understand the following concepts:" {
					objective x "concept x"
					objective y "concept y"
				}
			}

			theme beta "Beta theme" {
				aim "Beta aim."
				objective b1 "first beta objective"
			}

			thread part "Participation" {
				about "Ensure participation throughout:"
				expect delivery "in the way the programme is delivered"
				expect practice "in practice"
			}

			thread work "Workforce planning" across themes {
				about "Relate all themes to workforce planning."
				expect "consider workforce"
			}

			outcome o1 "Outcome one"
				relates alpha
			outcome o2 "Outcome two"
				relates beta

			assessment project "Project" required {
				about "All students are assessed on the project."
				form presentation "presentation(s)"
				form written-report "written report(s)"
				element e1 "element one"
				element e2 "element two"
			}

			assessment reflex "Reflexivity" required {
				form reflective-log "a reflective log"
				form in-vivo "an in vivo format"
			}

			pathway pgcert "Postgraduate certificate" {
				about "PGCert."
			}

			pathway cpd "CPD pathway" {
				about "CPD."
				assessment advisory
				advises project
			}
			""";

	static final String COURSE = """
			course uni.course "Course" provider "Uni"
				implements test.core version "1"
				pathway pgcert credits 40 level 7

			delivery {
				practice "Co-delivered with young people" weaves part
			}

			module m1 "Module one" credits 20 {
				day 1 "Day one" 4h {
					session s1 "Policy lecture" lecture 2h covers alpha.a1, alpha.a2.x weaves part, work
					session s2 "Beta group" small-group 2h covers beta.b1 weaves part, work
				}
				day 2 "Day two" 4h {
					session s3 "Concepts seminar" seminar 2h covers alpha.a2.y weaves work, part
					session s4 "Beta group two" small-group 2h covers beta.b1 develops weaves part, work
				}
			}

			module m2 "Module two" credits 20 {
				day 3 "Day three" {
					session s5 "Alpha lecture" lecture 2h covers alpha.a1 masters weaves part, work
					session s6 "Project group" small-group 2h weaves work
				}
				day 4 "Day four" {
					session s7 "Action learning" action-learning 2h covers beta.b1 masters weaves part, work
					session s8 "Closing lecture" lecture 1h weaves part
				}
			}

			study day 1 "Study one"
			study day 2 "Study two"

			assessment report "Project report" fulfils project form written-report words 4000 weight 60% {
				assesses o1, o2
				addresses project.e1, project.e2
			}

			assessment log "Reflective log" fulfils reflex form reflective-log words 2000 weight 15%

			assessment talk "Project presentation" fulfils project form presentation minutes 20 weight 25% {
				assesses o1
			}
			""";

	static final String WORKFORCE = """
			framework test.workforce "Workforce framework" version "2022"

			recommendation recruit "Recruitment" {
				consideration rolling "rolling recruitment"
			}

			recommendation wellbeing "Wellbeing" {
				consideration support "staff support"
			}
			""";

	static final String PLAN = """
			plan local.plan "Local plan" organisation "Trust"
				implements test.workforce version "2022"

			action a1 "Run rolling recruitment" addresses recruit.rolling owner "HR lead" due "2026-03"
			action a2 "Set up staff support" addresses wellbeing owner "Nursing lead" due "2026-06"
			""";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;

	@BeforeEach
	void capture() throws IOException {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		Files.createDirectories(dir.resolve("in"));
		Files.writeString(dir.resolve("in/test.curriculum"), CURRICULUM);
		Files.writeString(dir.resolve("in/uni.course"), COURSE);
		Files.writeString(dir.resolve("in/workforce.framework"), WORKFORCE);
		Files.writeString(dir.resolve("in/local.plan"), PLAN);
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	private int run(String... args) {
		return GoldthreadCommand.run(args);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
		}
	}

	@Test
	void reportWritesEveryFormatForEveryCourseAndPlanWithIndexes() throws IOException {
		Path output = dir.resolve("out");
		int code = run("report", dir.resolve("in").toString(), "--format", "html,md,json,junit,sarif,csv,pdf", "--output", output.toString());
		assertEquals(0, code, err());
		assertEquals(List.of("index.csv", "index.html", "index.json", "index.md", "index.pdf",
				"junit/TEST-local.plan.xml", "junit/TEST-uni.course.xml",
				"local.plan.csv", "local.plan.html", "local.plan.json", "local.plan.md", "local.plan.pdf", "local.plan.sarif",
				"uni.course.csv", "uni.course.html", "uni.course.json", "uni.course.md", "uni.course.pdf", "uni.course.sarif"), files(output));
		assertTrue(Files.readString(output.resolve("uni.course.html")).contains("Conforms"));
		assertTrue(Files.readString(output.resolve("index.html")).contains("href=\"uni.course.html\""));
		assertTrue(new String(Files.readAllBytes(output.resolve("uni.course.pdf")), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("19 report files written"), out.toString(StandardCharsets.UTF_8));
		assertEquals("", err());
	}

	@Test
	void defaultFormatIsHtmlAndOneCourseHasNoIndex() throws IOException {
		Path output = dir.resolve("out");
		assertEquals(0, run("report", dir.resolve("in/uni.course").toString(), "--framework", dir.resolve("in/test.curriculum").toString(),
				"-o", output.toString()));
		assertEquals(List.of("uni.course.html"), files(output));
	}

	@Test
	void findingsAtOrAboveFailOnGiveExitCode1() throws IOException {
		Files.writeString(dir.resolve("in/uni.course"), COURSE.replace("study day 2 \"Study two\"", ""));
		Path output = dir.resolve("out");
		assertEquals(1, run("report", dir.resolve("in").toString(), "--format", "json,junit", "--output", output.toString()));
		assertTrue(Files.readString(output.resolve("junit/TEST-uni.course.xml")).contains("<failure"));
		assertTrue(Files.readString(output.resolve("uni.course.json")).contains("\"GT-DEL-002\""));
	}

	@Test
	void warningsFailOnlyWithFailOnWarning() {
		try {
			Files.writeString(dir.resolve("in/uni.course"), COURSE.replace("credits 40", "credits 45"));
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		assertEquals(0, run("report", dir.resolve("in").toString(), "-f", "md", "-o", dir.resolve("a").toString()));
		assertEquals(1, run("report", dir.resolve("in").toString(), "-f", "md", "-o", dir.resolve("b").toString(), "--fail-on", "warning"));
	}

	@Test
	void outputFolderThatIsAFileGivesExitCode2AndOneLine() throws IOException {
		Path file = dir.resolve("taken");
		Files.writeString(file, "not a folder");
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html", "--output", file.toString()));
		assertOneLine("cannot write to the output folder");
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html", "--output", file.resolve("sub").toString()));
		assertEquals("not a folder", Files.readString(file));
	}

	@Test
	void unwritableOutputFolderGivesExitCode2() throws IOException {
		assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not stop root");
		Path locked = Files.createDirectory(dir.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			assertEquals(2, run("report", dir.resolve("in").toString(), "--output", locked.resolve("reports").toString()));
			assertOneLine("permission denied");
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void missingInputGivesExitCode2AndOneLine() {
		assertEquals(2, run("report", dir.resolve("nowhere.course").toString(), "--output", dir.resolve("out").toString()));
		assertOneLine("no such file or folder");
		assertEquals(2, run("docs", dir.resolve("nowhere.course").toString(), "--output", dir.resolve("site").toString()));
	}

	@Test
	void unknownFormatIsAUsageError() {
		assertEquals(2, run("report", dir.resolve("in").toString(), "--format", "html,docx", "--output", dir.resolve("out").toString()));
		assertTrue(err().contains("'docx' is not a report format"), err());
	}

	@Test
	void docsWritesTheFrameworkSiteAndHandbooks() throws IOException {
		Path site = dir.resolve("site");
		assertEquals(0, run("docs", dir.resolve("in").toString(), "--output", site.toString()), err());
		List<String> files = files(site);
		for (String page : List.of("index.html", "frameworks/test.core/index.html", "frameworks/test.core/sections/alpha.html",
				"frameworks/test.core/threads.html", "frameworks/test.core/assessment.html", "frameworks/test.workforce/index.html",
				"courses/uni.course.html", "plans/local.plan.html")) {
			assertTrue(files.contains(page), page + " in " + files);
		}
		assertTrue(Files.readString(site.resolve("courses/uni.course.html")).contains("../frameworks/test.core/sections/alpha.html#alpha.a1"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("index.html"));
	}

	@Test
	void helpShowsExamples() {
		assertEquals(0, run("report", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Examples:"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("--format"));
		out.reset();
		assertEquals(0, run("docs", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Examples:"));
	}

	private void assertOneLine(String expected) {
		String message = err().strip();
		assertTrue(message.contains(expected), message);
		assertFalse(message.contains("\n"), "one line: " + message);
		assertTrue(message.startsWith("goldthread: "), message);
		err.reset();
	}
}
