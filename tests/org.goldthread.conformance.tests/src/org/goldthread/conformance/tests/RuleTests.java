package org.goldthread.conformance.tests;

import static org.goldthread.conformance.tests.Fixtures.COURSE;
import static org.goldthread.conformance.tests.Fixtures.CURRICULUM;
import static org.goldthread.conformance.tests.Fixtures.PLAN;
import static org.goldthread.conformance.tests.Fixtures.change;
import static org.goldthread.conformance.tests.Fixtures.course;
import static org.goldthread.conformance.tests.Fixtures.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.ConformanceService;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test where each rule fires and one where it stays quiet, named after the rule id
 * (GT-DEL-001 → GT_DEL_001_fires / GT_DEL_001_quiet). {@link CatalogueAgreementTest} checks that
 * every rule of the catalogue has both.
 */
class RuleTests {

	private static ConformanceReport conforming;
	private static ConformanceReport conformingPlan;
	private static List<Finding> conformingFiles;

	@TempDir
	Path dir;

	@BeforeAll
	static void checkConformingFixtures(@TempDir Path shared) throws IOException {
		conforming = course(COURSE);
		conformingPlan = plan(PLAN);
		List<CheckedFile> files = checkFiles(shared, Map.of("test.curriculum", CURRICULUM, "uni.course", COURSE,
				"workforce.framework", Fixtures.WORKFORCE, "local.plan", PLAN));
		conformingFiles = files.stream().flatMap(f -> f.report().getFindings().stream()).toList();
	}

	@Test
	void theFixturesConform() {
		assertEquals(List.of(), describe(conforming), "the fixture course must conform exactly");
		assertEquals(Verdict.CONFORMS, conforming.getVerdict());
		assertEquals(List.of(), describe(conformingPlan));
		assertEquals(List.of(), conformingFiles.stream().map(f -> f.getRuleId() + " " + f.getMessage()).toList());
	}

	// ------------------------------------------------------------------ helpers

	private static List<String> describe(ConformanceReport report) {
		return report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getMessage()).toList();
	}

	private static List<Finding> of(ConformanceReport report, Rule rule) {
		return report.getFindings().stream().filter(f -> f.getRuleId().equals(rule.id())).toList();
	}

	private static Finding fires(ConformanceReport report, Rule rule) {
		List<Finding> found = of(report, rule);
		assertFalse(found.isEmpty(), () -> rule.id() + " should fire; findings were " + describe(report));
		Finding f = found.get(0);
		assertTrue(f.getMessage() != null && !f.getMessage().isBlank());
		assertTrue(f.getLocation() != null && f.getLocation().getLine() > 0, "finding has a location");
		return f;
	}

	private static void quiet(Rule rule) {
		assertTrue(of(conforming, rule).isEmpty() && of(conformingPlan, rule).isEmpty()
				&& conformingFiles.stream().noneMatch(f -> f.getRuleId().equals(rule.id())), rule.id() + " should stay quiet");
	}

	private static List<CheckedFile> checkFiles(Path dir, Map<String, String> files) throws IOException {
		List<Path> paths = new ArrayList<>();
		for (var e : new LinkedHashMap<>(files).entrySet()) {
			Path p = dir.resolve(e.getKey());
			Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
			paths.add(p);
		}
		paths.sort(null);
		return new GoldthreadChecker(Fixtures.injector()).check(paths, List.of(), null);
	}

	private List<Finding> checkOne(String name, String text) throws IOException {
		Files.writeString(dir.resolve("test.curriculum"), CURRICULUM, StandardCharsets.UTF_8);
		Path file = dir.resolve(name);
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		List<CheckedFile> checked = new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(dir.resolve("test.curriculum")), null);
		return new ArrayList<>(checked.get(0).report().getFindings());
	}

	private static Finding firesIn(List<Finding> findings, Rule rule) {
		List<Finding> found = findings.stream().filter(f -> f.getRuleId().equals(rule.id())).toList();
		assertFalse(found.isEmpty(), () -> rule.id() + " should fire; findings were "
				+ findings.stream().map(f -> f.getRuleId() + " " + f.getMessage()).collect(Collectors.joining("; ")));
		return found.get(0);
	}

	// ------------------------------------------------------------------ language rules

	@Test
	void GT_SYN_001_fires() throws IOException {
		Finding f = firesIn(checkOne("broken.course", change(COURSE, "session s1 \"Policy lecture\" lecture", "session s1 \"Policy lecture\" lectur")), Rule.SYNTAX_ERROR);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertEquals(11, f.getLocation().getLine());
	}

	@Test
	void GT_SYN_001_quiet() {
		quiet(Rule.SYNTAX_ERROR);
	}

	@Test
	void GT_SYN_002_fires() throws IOException {
		Files.writeString(dir.resolve("test.curriculum"), CURRICULUM, StandardCharsets.UTF_8);
		Path latin1 = dir.resolve("latin1.course");
		Files.write(latin1, change(COURSE, "\"Course\"", "\"Café course\"").getBytes(StandardCharsets.ISO_8859_1));
		List<Finding> findings = new GoldthreadChecker(Fixtures.injector()).check(List.of(latin1), List.of(dir.resolve("test.curriculum")), null)
				.get(0).report().getFindings();
		Finding f = firesIn(findings, Rule.ENCODING);
		assertEquals(1, findings.size(), "one clear error, not a grammar error per character: " + findings);
		assertTrue(f.getMessage().contains("0xE9") && f.getMessage().contains("not UTF-8"), f.getMessage());
		assertEquals(1, f.getLocation().getLine());
	}

	@Test
	void GT_SYN_002_quiet() {
		quiet(Rule.ENCODING);
	}

	@Test
	void GT_SYN_003_fires() throws IOException {
		Files.writeString(dir.resolve("test.curriculum"), CURRICULUM, StandardCharsets.UTF_8);
		Path course = dir.resolve("uni.course");
		Files.writeString(course, COURSE, StandardCharsets.UTF_8);
		ConformanceService failing = new ConformanceService() {
			@Override
			public ConformanceReport engineReport(org.goldthread.model.Document document) {
				throw new IllegalStateException("a defect in a rule");
			}
		};
		CheckedFile checked = new GoldthreadChecker(Fixtures.injector(), failing).check(List.of(course), List.of(dir.resolve("test.curriculum")), null).get(0);
		Finding f = firesIn(checked.report().getFindings(), Rule.INTERNAL_ERROR);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertEquals(Verdict.DOES_NOT_CONFORM, checked.report().getVerdict(), "a file whose check failed never conforms");
		assertTrue(f.getMessage().contains("IllegalStateException: a defect in a rule"), f.getMessage());
	}

	@Test
	void GT_SYN_003_quiet() {
		quiet(Rule.INTERNAL_ERROR);
	}

	@Test
	void GT_DOC_007_fires() throws IOException {
		List<Finding> findings = checkOne("big.course", change(change(COURSE, "day 4 \"Day four\"", "day 2147483647 \"Day four\""),
				"credits 40 level 7", "credits 40 level 70"));
		List<Finding> limits = findings.stream().filter(f -> f.getRuleId().equals(Rule.LIMIT.id())).toList();
		assertEquals(2, limits.size(), limits.toString());
		assertTrue(limits.get(0).getMessage().contains("level 70 is out of range"), limits.get(0).getMessage());
		assertTrue(limits.get(1).getMessage().contains("number 2147483647 is out of range"), limits.get(1).getMessage());
		Finding gap = firesIn(findings, Rule.DAY_NUMBERING_GAP);
		assertTrue(gap.getMessage().length() < 200, "a huge day number is one short finding, not billions of numbers: " + gap.getMessage());
		assertTrue(gap.getMessage().contains("4–2147483646"), gap.getMessage());
	}

	@Test
	void GT_DOC_007_quiet() {
		quiet(Rule.LIMIT);
	}

	@Test
	void GT_DOC_008_fires() throws IOException {
		// a one-objective "curriculum" beside a one-session course, claiming the shipped curriculum's id and version
		Path fake = dir.resolve("cypmh.curriculum");
		Files.writeString(fake, """
				curriculum cypmh.leadership "CYP MH Leadership" version "2024"
				theme landscape "Landscape" {
					objective ukPolicy "Know the policy."
				}
				""");
		Path course = dir.resolve("tiny.course");
		Files.writeString(course, """
				course uni.tiny "Tiny" implements cypmh.leadership version "2024"
				module m1 "M1" {
					day 1 "D1" {
						session s1 "Policy" lecture 2h covers landscape.ukPolicy
					}
				}
				""");
		GoldthreadChecker checker = new GoldthreadChecker(Fixtures.injector());
		Finding f = firesIn(checker.check(List.of(course, fake), List.of(), null).get(0).report().getFindings(), Rule.FRAMEWORK_SHADOWED);
		assertEquals(Severity.WARNING, f.getSeverity());
		assertTrue(f.getMessage().contains("cypmh.curriculum") && f.getMessage().contains("SHA-256"), f.getMessage());
		ConformanceService accreditation = new ConformanceService();
		accreditation.setProfileOverride(Profile.builtIn("accreditation"));
		List<Finding> strict = new GoldthreadChecker(Fixtures.injector(), accreditation).check(List.of(course, fake), List.of(), null).get(0)
				.report().getFindings();
		assertEquals(Severity.ERROR, firesIn(strict, Rule.FRAMEWORK_SHADOWED).getSeverity(), "an error under the accreditation profile");
		List<Finding> explicit = new GoldthreadChecker(Fixtures.injector()).check(List.of(course), List.of(fake), null).get(0).report().getFindings();
		assertEquals(Severity.INFO, firesIn(explicit, Rule.FRAMEWORK_SHADOWED).getSeverity(), "--framework makes the override explicit");
	}

	@Test
	void GT_DOC_008_quiet() throws IOException {
		quiet(Rule.FRAMEWORK_SHADOWED);
		// the shipped curriculum itself, given as a file, is not a shadow
		Path copy = dir.resolve("copy.curriculum");
		try (var in = org.goldthread.curricula.ShippedFrameworks.open("cypmh-leadership.curriculum")) {
			Files.write(copy, in.readAllBytes());
		}
		Path course = dir.resolve("tiny.course");
		Files.writeString(course, "course uni.tiny \"Tiny\" implements cypmh.leadership version \"2024\"\n");
		List<Finding> findings = new GoldthreadChecker(Fixtures.injector()).check(List.of(course, copy), List.of(), null).get(0).report().getFindings();
		assertTrue(findings.stream().noneMatch(f -> f.getRuleId().equals(Rule.FRAMEWORK_SHADOWED.id())), findings.toString());
	}

	@Test
	void GT_DOC_001_fires() throws IOException {
		Finding f = firesIn(checkOne("dup.course", change(COURSE, "session s2 \"Beta group\"", "session s1 \"Beta group\"")), Rule.DUPLICATE_ID);
		assertTrue(f.getMessage().contains("'m1.s1'"), f.getMessage());
	}

	@Test
	void GT_DOC_001_quiet() {
		quiet(Rule.DUPLICATE_ID);
	}

	@Test
	void GT_DOC_002_fires() throws IOException {
		firesIn(checkOne("empty.course", change(COURSE, "\"Co-delivered with young people\"", "\"  \"")), Rule.EMPTY_TEXT);
	}

	@Test
	void GT_DOC_002_quiet() {
		quiet(Rule.EMPTY_TEXT);
	}

	@Test
	void GT_DOC_003_fires() throws IOException {
		firesIn(checkOne("nofw.course", change(COURSE, "\timplements test.core version \"1\"\n", "")), Rule.MISSING_FRAMEWORK);
	}

	@Test
	void GT_DOC_003_quiet() {
		quiet(Rule.MISSING_FRAMEWORK);
	}

	@Test
	void GT_DOC_004_fires() throws IOException {
		Finding f = firesIn(checkOne("unknownfw.course", change(COURSE, "implements test.core", "implements test.cor")), Rule.UNKNOWN_FRAMEWORK);
		assertTrue(f.getMessage().contains("test.core"), "names the available frameworks: " + f.getMessage());
	}

	@Test
	void GT_DOC_004_quiet() {
		quiet(Rule.UNKNOWN_FRAMEWORK);
	}

	@Test
	void GT_DOC_005_fires() throws IOException {
		firesIn(checkOne("twodeliveries.course", change(COURSE, "study day 1", "delivery {\n}\n\nstudy day 1")), Rule.DUPLICATE_BLOCK);
	}

	@Test
	void GT_DOC_005_quiet() {
		quiet(Rule.DUPLICATE_BLOCK);
	}

	@Test
	void GT_DOC_006_fires() throws IOException {
		Files.writeString(dir.resolve(Profile.FILE_NAME), "rule.GT-COV-001 = loud\n");
		Finding f = firesIn(checkOne("settings.course", COURSE), Rule.INVALID_SETTINGS);
		assertTrue(f.getMessage().contains("use error, warning, info or off"), f.getMessage());
	}

	@Test
	void GT_DOC_006_quiet() {
		quiet(Rule.INVALID_SETTINGS);
	}

	@Test
	void GT_INT_001_fires() throws IOException {
		Finding f = firesIn(checkOne("typo.course", change(COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1, alpha.a2.xx")), Rule.UNKNOWN_REFERENCE);
		assertTrue(f.getMessage().contains("Did you mean 'alpha.a2.x'?"), f.getMessage());
		assertEquals("alpha.a2.x", f.getFrameworkElementId(), "the suggestion travels with the finding (for the quick fix)");
	}

	@Test
	void GT_INT_001_quiet() {
		quiet(Rule.UNKNOWN_REFERENCE);
	}

	@Test
	void GT_INT_002_fires() throws IOException {
		Finding f = firesIn(checkOne("kind.course", change(COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1, part")), Rule.WRONG_KIND_REFERENCE);
		assertTrue(f.getMessage().contains("golden thread"), f.getMessage());
	}

	@Test
	void GT_INT_002_quiet() {
		quiet(Rule.WRONG_KIND_REFERENCE);
	}

	@Test
	void GT_INT_003_fires() throws IOException {
		Finding f = firesIn(checkOne("version.course", change(COURSE, "version \"1\"", "version \"0.9\"")), Rule.FRAMEWORK_VERSION_MISMATCH);
		assertTrue(f.getMessage().contains("\"0.9\"") && f.getMessage().contains("\"1\""), "names both versions: " + f.getMessage());
	}

	@Test
	void GT_INT_003_quiet() {
		quiet(Rule.FRAMEWORK_VERSION_MISMATCH);
	}

	// ------------------------------------------------------------------ integrity

	@Test
	void GT_INT_004_fires() {
		fires(course(change(COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1, alpha.a1, alpha.a2.x")), Rule.DUPLICATE_COVERAGE);
	}

	@Test
	void GT_INT_004_quiet() {
		quiet(Rule.DUPLICATE_COVERAGE);
	}

	@Test
	void GT_INT_005_fires() {
		fires(course(change(COURSE, "day 4 \"Day four\"", "day 3 \"Day four\"")), Rule.DUPLICATE_DAY);
	}

	@Test
	void GT_INT_005_quiet() {
		quiet(Rule.DUPLICATE_DAY);
	}

	@Test
	void GT_INT_006_fires() {
		Finding f = fires(course(change(COURSE, "day 4 \"Day four\"", "day 5 \"Day four\"")), Rule.DAY_NUMBERING_GAP);
		assertTrue(f.getMessage().contains("Teaching day 4 is missing"), f.getMessage());
	}

	@Test
	void GT_INT_006_quiet() {
		quiet(Rule.DAY_NUMBERING_GAP);
	}

	@Test
	void GT_INT_007_fires() {
		Finding f = fires(course(change(COURSE, "day 1 \"Day one\" 4h", "day 1 \"Day one\" 5h")), Rule.HOURS_MISMATCH);
		assertTrue(f.getMessage().contains("states 5h but its sessions add up to 4h"), f.getMessage());
	}

	@Test
	void GT_INT_007_quiet() {
		quiet(Rule.HOURS_MISMATCH);
	}

	@Test
	void GT_INT_008_fires() {
		fires(course(change(COURSE, "credits 40 level 7", "credits 60 level 7")), Rule.CREDITS_MISMATCH);
	}

	@Test
	void GT_INT_008_quiet() {
		quiet(Rule.CREDITS_MISMATCH);
	}

	@Test
	void GT_INT_009_fires() {
		Finding f = fires(course(change(COURSE, "weight 15%", "weight 20%")), Rule.WEIGHTS_MISMATCH);
		assertTrue(f.getMessage().contains("105%"), f.getMessage());
	}

	@Test
	void GT_INT_009_quiet() {
		quiet(Rule.WEIGHTS_MISMATCH);
	}

	@Test
	void GT_INT_010_fires() {
		String tbc = change(change(change(change(COURSE, "day 1 \"Day one\" 4h", "day 1 \"Day one\" on tbc 4h"),
				"session s2 \"Beta group\" small-group 2h", "session s2 \"Beta group\" small-group tbc h"),
				"fulfils reflex form reflective-log words 2000", "fulfils reflex form tbc"),
				"session s3 \"Concepts seminar\" seminar 2h covers alpha.a2.y weaves", "session s3 \"Concepts seminar\" seminar 2h covers tbc weaves");
		ConformanceReport report = course(tbc);
		List<Finding> found = of(report, Rule.TO_BE_CONFIRMED);
		assertEquals(1, found.size(), "reported once per document: " + describe(report));
		Finding f = found.get(0);
		assertEquals(Severity.INFO, f.getSeverity());
		assertTrue(f.getMessage().startsWith("4 items are to be confirmed (tbc): the date of day 1; the hours of session 'Beta group'; "
				+ "the objectives session 'Concepts seminar' covers; the form of assessment 'log'."), f.getMessage());
		assertTrue(f.getMessage().contains("1 objective(s) are covered by no confirmed session: alpha.a2.y"), f.getMessage());
		// never reported as missing: no uncovered objective, no hours mismatch, no missing or wrongly formed assessment
		for (Rule rule : List.of(Rule.OBJECTIVE_NOT_COVERED, Rule.THEME_PARTLY_COVERED, Rule.HOURS_MISMATCH, Rule.ASSESSMENT_MISSING,
				Rule.FORM_NOT_ALLOWED, Rule.ORAL_AND_WRITTEN)) {
			assertTrue(of(report, rule).isEmpty(), rule.id() + " " + describe(report));
		}
		assertEquals(Severity.ERROR, fires(Fixtures.check(CURRICULUM, tbc, Profile.builtIn("accreditation")), Rule.TO_BE_CONFIRMED).getSeverity(),
				"a course submitted for accreditation has nothing left to confirm");
	}

	@Test
	void GT_INT_010_studyDayDateAndHours() {
		ConformanceReport report = course(change(COURSE, "study day 2 \"Study two\"", "study day 2 \"Study two\" on tbc tbc h"));
		List<Finding> found = of(report, Rule.TO_BE_CONFIRMED);
		assertEquals(1, found.size(), "findings: " + describe(report));
		assertEquals("2 items are to be confirmed (tbc): the date of study day 2; the hours of study day 2.", found.get(0).getMessage());
		assertEquals(32, found.get(0).getLocation().getLine(), "at the study day");
	}

	@Test
	void GT_INT_010_quiet() {
		quiet(Rule.TO_BE_CONFIRMED);
	}

	@Test
	void GT_INT_011_fires() {
		String dated = change(COURSE, "day 1 \"Day one\" 4h", "day 1 \"Day one\" on \"2026-02-30\" 4h"); // 30 February
		Finding f = fires(course(dated), Rule.DATE_INVALID);
		assertTrue(f.getMessage().contains("Day 1 is dated \"2026-02-30\""), f.getMessage());
		assertEquals(Severity.ERROR, f.getSeverity());
		// a real date, or a date in the course's own words, is not a finding
		assertTrue(of(course(change(COURSE, "day 1 \"Day one\" 4h", "day 1 \"Day one\" on \"2026-02-28\" 4h")), Rule.DATE_INVALID).isEmpty());
		assertTrue(of(course(change(COURSE, "day 1 \"Day one\" 4h", "day 1 \"Day one\" on \"Thursday 2 October\" 4h")), Rule.DATE_INVALID).isEmpty());
	}

	@Test
	void GT_INT_011_quiet() {
		quiet(Rule.DATE_INVALID);
	}

	// ------------------------------------------------------------------ delivery

	@Test
	void GT_DEL_001_fires() {
		String withoutDay4 = change(COURSE, """
					day 4 "Day four" {
						session s7 "Action learning" action-learning 2h covers beta.b1 masters weaves part, work
						session s8 "Closing lecture" lecture 1h weaves part
					}
				""", "");
		Finding f = fires(course(withoutDay4), Rule.TEACHING_DAYS);
		assertTrue(f.getMessage().contains("3 teaching days") && f.getMessage().contains("requires 4"), f.getMessage());
		assertTrue(f.getPassage().contains("4 teaching days"), "quotes the framework: " + f.getPassage());
	}

	@Test
	void GT_DEL_001_quiet() {
		quiet(Rule.TEACHING_DAYS);
	}

	@Test
	void GT_DEL_002_fires() {
		fires(course(change(COURSE, "study day 2 \"Study two\"", "")), Rule.STUDY_DAYS);
	}

	@Test
	void GT_DEL_002_quiet() {
		quiet(Rule.STUDY_DAYS);
	}

	@Test
	void GT_DEL_003_fires() {
		Finding f = fires(course(COURSE.replace(" small-group ", " workshop ")), Rule.TEACHING_FORMAT);
		assertEquals("Smaller group sessions.", f.getPassage());
	}

	@Test
	void GT_DEL_003_anActionLearningSetIsActionLearning() {
		String framework = change(CURRICULUM, "format small-group \"Smaller group sessions.\"",
				"format small-group or action-learning \"Smaller group sessions.\"");
		String sets = COURSE.replace(" small-group ", " action-learning-set ");
		assertFalse(Fixtures.check(framework, sets, Profile.DEFAULT).getFindings().stream().anyMatch(f -> f.getRuleId().equals(Rule.TEACHING_FORMAT.id())),
				"action learning sets are the action learning the framework asks for");
		// where the framework asks for small groups only, a set is not one of them
		fires(course(sets), Rule.TEACHING_FORMAT);
	}

	@Test
	void GT_DEL_003_quiet() {
		quiet(Rule.TEACHING_FORMAT);
	}

	@Test
	void GT_DEL_004_fires() {
		String lecturesEarlyOnly = change(change(COURSE, "\"Alpha lecture\" lecture", "\"Alpha lecture\" workshop"),
				"\"Closing lecture\" lecture", "\"Closing lecture\" workshop");
		Finding f = fires(course(lecturesEarlyOnly), Rule.FORMAT_SPREAD);
		assertTrue(f.getMessage().contains("first half"), f.getMessage());
	}

	@Test
	void GT_DEL_004_quiet() {
		quiet(Rule.FORMAT_SPREAD);
	}

	// ------------------------------------------------------------------ coverage

	private static final String WITHOUT_X = change(COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1");

	@Test
	void GT_COV_001_fires() {
		Finding f = fires(course(WITHOUT_X), Rule.OBJECTIVE_NOT_COVERED);
		assertEquals("alpha.a2.x", f.getFrameworkElementId());
		assertEquals("alpha", f.getTheme());
		assertEquals("concept x", f.getPassage());
		assertTrue(f.getFixHint().contains("covers alpha.a2.x"), f.getFixHint());
	}

	@Test
	void aThemeNotTaughtAtAllIsOneFinding() {
		String noBeta = COURSE.replace("covers beta.b1 masters ", "").replace("covers beta.b1 develops ", "").replace("covers beta.b1 ", "");
		ConformanceReport report = course(noBeta);
		List<Finding> found = of(report, Rule.OBJECTIVE_NOT_COVERED);
		assertEquals(1, found.size(), () -> describe(report).toString());
		assertEquals("beta", found.get(0).getFrameworkElementId());
		assertEquals(Severity.ERROR, found.get(0).getSeverity());
		assertTrue(found.get(0).getMessage().startsWith("Theme 'Beta theme' is not taught at all: none of its 1 learning objectives is covered by a session (beta.b1)."),
				found.get(0).getMessage());
		assertTrue(of(report, Rule.THEME_PARTLY_COVERED).isEmpty(), "no second finding for the same theme");
	}

	@Test
	void GT_COV_001_quiet() {
		quiet(Rule.OBJECTIVE_NOT_COVERED);
	}

	@Test
	void GT_COV_002_fires() {
		Finding f = fires(course(WITHOUT_X), Rule.THEME_PARTLY_COVERED);
		// 2 of 3 is 66.7%: rounded half up (it used to be truncated to 66%)
		assertTrue(f.getMessage().contains("67% covered: 2 of 3 objectives (1 not covered)"), f.getMessage());
		assertEquals(Severity.WARNING, f.getSeverity());
	}

	@Test
	void GT_COV_002_quiet() {
		quiet(Rule.THEME_PARTLY_COVERED);
	}

	@Test
	void GT_COV_003_fires() {
		ConformanceReport report = course(WITHOUT_X + "\ngap alpha.a2.x because \"Taught in the university's core EDI module.\"\n");
		Finding f = fires(report, Rule.JUSTIFIED_GAP);
		assertEquals(Severity.INFO, f.getSeverity());
		assertTrue(f.getMessage().contains("core EDI module"), f.getMessage());
		assertTrue(of(report, Rule.OBJECTIVE_NOT_COVERED).isEmpty(), "a justified gap is not also an uncovered objective");
		assertEquals(Severity.INFO, fires(report, Rule.THEME_PARTLY_COVERED).getSeverity(), "a fully justified shortfall is information");
	}

	@Test
	void GT_COV_003_quiet() {
		quiet(Rule.JUSTIFIED_GAP);
	}

	@Test
	void GT_COV_004_fires() {
		fires(course(change(COURSE, "covers alpha.a2.y weaves", "covers alpha.a2.y partly weaves")), Rule.ONLY_PARTLY_COVERED);
	}

	@Test
	void GT_COV_004_quiet() {
		quiet(Rule.ONLY_PARTLY_COVERED);
	}

	@Test
	void GT_COV_005_fires() {
		Finding f = fires(course(change(COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1, alpha.a2, alpha.a2.x")), Rule.PARENT_OBJECTIVE_CLAIMED);
		assertTrue(f.getFixHint().contains("alpha.a2.x, alpha.a2.y"), f.getFixHint());
	}

	@Test
	void GT_COV_005_quiet() {
		quiet(Rule.PARENT_OBJECTIVE_CLAIMED);
	}

	@Test
	void GT_COV_006_fires() {
		fires(course(COURSE + "\ngap alpha.a1 because \"We thought we did not teach it.\"\n"), Rule.GAP_FOR_COVERED);
	}

	@Test
	void GT_COV_006_quiet() {
		quiet(Rule.GAP_FOR_COVERED);
	}

	// ------------------------------------------------------------------ golden threads

	@Test
	void GT_THR_001_fires() {
		String noWork = COURSE.replace(", work", "").replace("work, ", "").replace(" weaves work", "");
		Finding f = fires(course(noWork), Rule.THREAD_ABSENT);
		assertEquals("work", f.getFrameworkElementId());
	}

	@Test
	void GT_THR_001_quiet() {
		quiet(Rule.THREAD_ABSENT);
	}

	@Test
	void GT_THR_002_fires() throws Exception {
		Path settings = dir.resolve(Profile.FILE_NAME);
		Files.writeString(settings, "threads.minDayShare = 1.0\n");
		String notOnDay4 = change(COURSE, "covers beta.b1 masters weaves part, work", "covers beta.b1 masters weaves part");
		ConformanceReport report = Fixtures.check(CURRICULUM, notOnDay4, Profile.read(settings));
		Finding f = fires(report, Rule.THREAD_SPREAD);
		assertTrue(f.getMessage().contains("3 of 4 teaching days (days 1, 2, 3); at least 4"), f.getMessage());
		assertTrue(of(Fixtures.check(CURRICULUM, notOnDay4, Profile.DEFAULT), Rule.THREAD_SPREAD).isEmpty(),
				"with the default third of the days, 3 of 4 days is enough");
		// enough days, all in the first half of the course: not "throughout the programme"
		String firstHalfOnly = change(change(change(COURSE, "covers alpha.a1 masters weaves part, work", "covers alpha.a1 masters weaves part"),
				"2h weaves work\n", "2h\n"), "covers beta.b1 masters weaves part, work", "covers beta.b1 masters weaves part");
		Finding half = fires(course(firstHalfOnly), Rule.THREAD_SPREAD);
		assertTrue(half.getMessage().contains("all in the first half of the course"), half.getMessage());
	}

	@Test
	void GT_THR_002_quiet() {
		quiet(Rule.THREAD_SPREAD);
	}

	@Test
	void GT_THR_003_fires() {
		String notInModule2 = change(change(change(COURSE, "covers alpha.a1 masters weaves part, work", "covers alpha.a1 masters weaves part"),
				"2h weaves work\n", "2h\n"), "covers beta.b1 masters weaves part, work", "covers beta.b1 masters weaves part");
		Finding f = fires(course(notInModule2), Rule.THREAD_MODULE);
		assertTrue(f.getMessage().contains("Module two"), f.getMessage());
	}

	@Test
	void GT_THR_003_quiet() {
		quiet(Rule.THREAD_MODULE);
	}

	@Test
	void GT_THR_004_fires() {
		Finding f = fires(course(change(COURSE, "people\" weaves part", "people\"")), Rule.THREAD_IN_DELIVERY);
		assertEquals("part", f.getFrameworkElementId());
		assertTrue(f.getPassage().contains("in the way the programme is delivered"), f.getPassage());
	}

	@Test
	void GT_THR_004_quiet() {
		quiet(Rule.THREAD_IN_DELIVERY);
	}

	@Test
	void GT_THR_005_fires() {
		String betaWithoutWork = change(change(COURSE, "covers beta.b1 weaves part, work", "covers beta.b1 weaves part"),
				"covers beta.b1 masters weaves part, work", "covers beta.b1 masters weaves part");
		String beta = change(betaWithoutWork, "covers beta.b1 develops weaves part, work", "covers beta.b1 develops weaves part");
		Finding f = fires(course(beta), Rule.THREAD_ACROSS_THEMES);
		assertTrue(f.getMessage().contains("Beta theme"), f.getMessage());
	}

	@Test
	void GT_THR_005_quiet() {
		quiet(Rule.THREAD_ACROSS_THEMES);
	}

	// ------------------------------------------------------------------ assessment

	@Test
	void GT_ASM_001_fires() {
		Finding f = fires(course(change(COURSE, "assessment log \"Reflective log\" fulfils reflex form reflective-log words 2000 weight 15%", "")),
				Rule.ASSESSMENT_MISSING);
		assertEquals("reflex", f.getFrameworkElementId());
	}

	@Test
	void noAssessmentAtAllIsOneFinding() {
		String none = COURSE.substring(0, COURSE.indexOf("assessment report"));
		ConformanceReport report = course(none);
		List<Finding> assessment = report.getFindings().stream().filter(f -> f.getRuleId().startsWith("GT-ASM-")).toList();
		assertEquals(1, assessment.size(), () -> describe(report).toString());
		Finding f = assessment.get(0);
		assertEquals(Rule.ASSESSMENT_MISSING.id(), f.getRuleId());
		assertEquals(Severity.ERROR, f.getSeverity());
		assertTrue(f.getMessage().startsWith("The course has no assessment at all; the curriculum asks for the assessments 'Project' and 'Reflexivity', "
				+ "and the key learning outcomes o1, o2."), f.getMessage());
	}

	@Test
	void GT_ASM_001_quiet() {
		quiet(Rule.ASSESSMENT_MISSING);
	}

	@Test
	void GT_ASM_002_fires() {
		Finding f = fires(course(change(COURSE, "fulfils reflex form reflective-log", "fulfils reflex form essay")), Rule.FORM_NOT_ALLOWED);
		assertTrue(f.getMessage().contains("reflective-log, in-vivo"), f.getMessage());
	}

	@Test
	void GT_ASM_002_quiet() {
		quiet(Rule.FORM_NOT_ALLOWED);
	}

	@Test
	void GT_ASM_003_fires() {
		Finding f = fires(course(change(COURSE, "addresses project.e1, project.e2", "addresses project.e1")), Rule.ELEMENT_NOT_ADDRESSED);
		assertEquals("project.e2", f.getFrameworkElementId());
	}

	@Test
	void GT_ASM_003_quiet() {
		quiet(Rule.ELEMENT_NOT_ADDRESSED);
	}

	@Test
	void GT_ASM_004_fires() {
		Finding f = fires(course(change(COURSE, "form presentation minutes 20", "form essay words 1000")), Rule.ORAL_AND_WRITTEN);
		assertTrue(f.getMessage().contains("no oral"), f.getMessage());
		assertEquals(Severity.ERROR, f.getSeverity());
		assertTrue(f.getMessage().contains("[required by the curriculum: “assessed using a combination of oral and written assignments”]"),
				f.getMessage());
	}

	@Test
	void GT_ASM_004_onlyWhereTheFrameworkAsksForIt() {
		// Regression (#19, defect 8): the rule fired for any framework; the requirement comes from the framework's text.
		String withoutMix = change(CURRICULUM, "mix oral and written required \"assessed using a combination of oral and written assignments\"", "");
		ConformanceReport report = Fixtures.check(withoutMix, change(COURSE, "form presentation minutes 20", "form essay words 1000"), Profile.DEFAULT);
		assertTrue(of(report, Rule.ORAL_AND_WRITTEN).isEmpty(), () -> describe(report).toString());
	}

	@Test
	void GT_ASM_004_quiet() {
		quiet(Rule.ORAL_AND_WRITTEN);
	}

	@Test
	void GT_ASM_005_fires() {
		Finding f = fires(course(change(COURSE, "assesses o1, o2", "assesses o1")), Rule.OUTCOME_NOT_ASSESSED);
		assertEquals("o2", f.getFrameworkElementId());
	}

	@Test
	void GT_ASM_005_quiet() {
		quiet(Rule.OUTCOME_NOT_ASSESSED);
	}

	@Test
	void GT_ASM_006_fires() {
		Finding f = fires(course(change(COURSE, "assesses o1, o2", "assesses o1")), Rule.OBJECTIVE_NOT_ASSESSED);
		assertTrue(f.getMessage().contains("beta.b1"), f.getMessage());
		ConformanceReport direct = course(change(change(COURSE, "assesses o1, o2", "assesses o1"), "addresses project.e1, project.e2", "addresses project.e1, project.e2\n\treaches beta.b1"));
		assertTrue(of(direct, Rule.OBJECTIVE_NOT_ASSESSED).isEmpty(), "reaching the objective directly counts");
	}

	@Test
	void GT_ASM_006_quiet() {
		quiet(Rule.OBJECTIVE_NOT_ASSESSED);
	}

	// ------------------------------------------------------------------ pathway

	@Test
	void GT_PTH_001_fires() {
		String cpdWithoutProject = change(change(change(change(COURSE, "pathway pgcert", "pathway cpd"),
				"fulfils project form presentation", "form presentation"), "fulfils project form written-report", "form written-report"),
				"assesses o1, o2", "assesses o1");
		ConformanceReport report = course(cpdWithoutProject);
		Finding f = fires(report, Rule.ADVISED_ASSESSMENT_MISSING);
		assertEquals(Severity.WARNING, f.getSeverity());
		// on the CPD pathway assessment is advisory: an unassessed outcome is information only
		assertEquals(Severity.INFO, fires(report, Rule.OUTCOME_NOT_ASSESSED).getSeverity());
	}

	@Test
	void GT_PTH_001_quiet() {
		quiet(Rule.ADVISED_ASSESSMENT_MISSING);
		assertTrue(of(course(change(COURSE, "pathway pgcert", "pathway cpd")), Rule.ADVISED_ASSESSMENT_MISSING).isEmpty());
		// the presentation is the curriculum's example ("a (non-assessed) written or oral presentation"): a project
		// presented in writing only is what the pathway advises
		String writtenOnly = change(change(COURSE, "pathway pgcert", "pathway cpd"), "fulfils project form presentation", "form presentation");
		assertTrue(of(course(writtenOnly), Rule.ADVISED_ASSESSMENT_MISSING).isEmpty());
		// "a (non-assessed) written or oral presentation of their project": non-assessed project work is what the CPD pathway describes
		String nonAssessed = change(change(change(COURSE, "pathway pgcert", "pathway cpd"), "words 4000 weight 60%", "words 4000 formative"),
				"minutes 20 weight 25%", "minutes 20 formative");
		ConformanceReport report = course(nonAssessed);
		assertTrue(of(report, Rule.ADVISED_ASSESSMENT_MISSING).isEmpty(), () -> describe(report).toString());
		assertTrue(of(report, Rule.ASSESSMENT_MISSING).stream().noneMatch(f -> "project".equals(f.getFrameworkElementId())),
				() -> describe(report).toString());
	}

	@Test
	void GT_PTH_002_fires() {
		fires(course(change(COURSE, "pathway pgcert ", "")), Rule.PATHWAY_NOT_NAMED);
	}

	@Test
	void GT_PTH_002_quiet() {
		quiet(Rule.PATHWAY_NOT_NAMED);
	}

	// ------------------------------------------------------------------ local plans

	@Test
	void GT_PLN_001_fires() {
		Finding f = fires(plan(change(PLAN, "addresses wellbeing ", "")), Rule.SECTION_NOT_ADDRESSED);
		assertEquals("wellbeing", f.getFrameworkElementId());
	}

	@Test
	void GT_PLN_001_quiet() {
		quiet(Rule.SECTION_NOT_ADDRESSED);
	}

	@Test
	void GT_PLN_002_fires() {
		Finding f = fires(plan(change(PLAN, " owner \"HR lead\"", "")), Rule.ACTION_INCOMPLETE);
		assertTrue(f.getMessage().contains("has no owner"), f.getMessage());
	}

	@Test
	void GT_PLN_002_quiet() {
		quiet(Rule.ACTION_INCOMPLETE);
	}

	@Test
	void GT_PLN_003_fires() {
		// The plan acts on the recruitment recommendation only as a whole: the consideration the
		// framework addresses to service providers is still not addressed (#19 defect 7).
		ConformanceReport report = plan(change(PLAN, "addresses recruit.rolling", "addresses recruit"));
		Finding f = fires(report, Rule.ITEM_NOT_ADDRESSED);
		assertEquals("recruit.rolling", f.getFrameworkElementId());
		assertEquals(Severity.ERROR, f.getSeverity(), "the item's modality (required) decides");
		assertTrue(f.getMessage().contains("service providers"), f.getMessage());
		assertEquals(1, of(report, Rule.ITEM_NOT_ADDRESSED).size(), "the national campaign is not asked of a service provider");
		assertTrue(of(report, Rule.SECTION_NOT_ADDRESSED).isEmpty());
		// An advised item gives a warning.
		ConformanceReport advised = Fixtures.check(change(Fixtures.WORKFORCE, "recommendation recruit \"Recruitment\" {",
				"recommendation recruit \"Recruitment\" advised {"), change(PLAN, "addresses recruit.rolling", "addresses recruit.campaign"),
				Profile.DEFAULT);
		assertEquals(Severity.WARNING, fires(advised, Rule.ITEM_NOT_ADDRESSED).getSeverity());
		// An item with sub-items is met through them: acting on one leaves the other.
		ConformanceReport nested = Fixtures.check(change(Fixtures.WORKFORCE, "consideration rolling \"rolling recruitment\" to service-provider",
				"consideration rolling \"rolling recruitment\" to service-provider { consideration nurses \"nurses\" consideration hcas \"HCAs\" }"),
				change(PLAN, "addresses recruit.rolling", "addresses recruit.rolling.nurses"), Profile.DEFAULT);
		assertEquals(List.of("recruit.rolling.hcas"), of(nested, Rule.ITEM_NOT_ADDRESSED).stream().map(Finding::getFrameworkElementId).toList());
		// A plan for national bodies is asked the campaign, not the rolling recruitment.
		ConformanceReport national = plan(change(PLAN, "for service-provider", "for national-body"));
		assertEquals(List.of("recruit.campaign"), of(national, Rule.ITEM_NOT_ADDRESSED).stream().map(Finding::getFrameworkElementId).toList());
	}

	@Test
	void GT_PLN_003_quiet() {
		quiet(Rule.ITEM_NOT_ADDRESSED);
		// A reasoned gap stands in for the action.
		ConformanceReport gap = plan(change(PLAN, "addresses recruit.rolling", "")
				+ "gap recruit.rolling because \"Recruitment is run by the host trust.\"\n");
		assertTrue(of(gap, Rule.ITEM_NOT_ADDRESSED).isEmpty(), () -> describe(gap).toString());
		// Partly addressing the item is addressing it (the plan says how far it goes).
		ConformanceReport partly = plan(change(PLAN, "addresses recruit.rolling", "partly addresses recruit.rolling"));
		assertEquals(List.of(), describe(partly));
		// A plan for commissioners is asked nothing of recruitment, whose items are addressed to others.
		ConformanceReport commissioner = plan(change(change(PLAN, "for service-provider", "for commissioner"), "addresses recruit.rolling", ""));
		assertTrue(of(commissioner, Rule.ITEM_NOT_ADDRESSED).isEmpty() && of(commissioner, Rule.SECTION_NOT_ADDRESSED).isEmpty(),
				() -> describe(commissioner).toString());
		// Without `for`, the plan keeps the section-level check: recruitment is addressed by one of its items.
		ConformanceReport unstated = plan(change(PLAN, " for service-provider", ""));
		assertEquals(List.of(), describe(unstated));
		ConformanceReport none = plan(change(change(PLAN, " for service-provider", ""), "addresses recruit.rolling", ""));
		assertEquals("recruit", fires(none, Rule.SECTION_NOT_ADDRESSED).getFrameworkElementId());
	}

	@Test
	void GT_PLN_004_fires() {
		for (String due : List.of("2027-13", "Q4 2026/27", "2026-02-30", "March 2026", "2026-3")) {
			Finding f = fires(plan(change(PLAN, "due \"2026-03\"", "due \"" + due + "\"")), Rule.DUE_DATE_INVALID);
			assertTrue(f.getMessage().contains(due), f.getMessage());
			assertEquals(Severity.ERROR, f.getSeverity());
		}
		// Start dates and milestones' due dates are dates too.
		assertTrue(fires(plan(change(PLAN, "due \"2026-03\"", "starts \"2025-00\" due \"2026-03\"")), Rule.DUE_DATE_INVALID).getMessage()
				.contains("starts \"2025-00\""));
		assertTrue(fires(plan(change(PLAN, "due \"2026-03\"", "due \"2026-03\" milestone \"Campaign launched\" due \"2025-11-31\"")),
				Rule.DUE_DATE_INVALID).getMessage().contains("Milestone 'Campaign launched'"));
	}

	@Test
	void GT_PLN_004_quiet() {
		quiet(Rule.DUE_DATE_INVALID);
		ConformanceReport leap = plan(change(PLAN, "due \"2026-03\"", "due \"2028-02-29\""));
		assertTrue(of(leap, Rule.DUE_DATE_INVALID).isEmpty());
	}

	// ------------------------------------------------------------------ issue 19: syntax cascade, threads in assessment

	@Test
	void GT_SYN_004_fires() throws IOException {
		// a day's opening line lost: the parser misreads the rest, and the engine would report days, coverage and threads as missing
		List<Finding> findings = checkOne("broken.course", change(COURSE, "\tday 2 \"Day two\" 4h {\n", ""));
		Finding f = firesIn(findings, Rule.INCOMPLETE_CHECK);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertEquals(Rule.SYNTAX_ERROR.id(), findings.get(0).getRuleId(), "the syntax error comes first");
		assertEquals(Rule.INCOMPLETE_CHECK.id(), findings.get(1).getRuleId(), "then the finding that says checking was incomplete");
		assertTrue(f.getMessage().contains("withheld") && f.getMessage().contains("line "), f.getMessage());
		assertTrue(findings.stream().noneMatch(x -> x.getRuleId().startsWith("GT-COV") || x.getRuleId().startsWith("GT-DEL")
				|| x.getRuleId().startsWith("GT-THR")), () -> "the cascade is withheld: " + findings.stream().map(Finding::getRuleId).toList());
	}

	@Test
	void GT_SYN_004_quiet() throws IOException {
		quiet(Rule.INCOMPLETE_CHECK);
		// a syntax error the parser recovers from without misreading what follows leaves nothing to withhold
		List<Finding> findings = checkOne("broken.course", change(COURSE, "session s1 \"Policy lecture\" lecture", "session s1 \"Policy lecture\" lectur"));
		assertEquals(Rule.SYNTAX_ERROR.id(), findings.get(0).getRuleId());
	}

	/** A curriculum that expects assessments to examine its threads, as seed 001 does ("with specific reference to the ‘golden threads’"). */
	private static String curriculumExpectingThreadsInAssessment(String... threads) {
		String text = CURRICULUM;
		for (String thread : threads) {
			String expectation = "\texpect assessment \"Assessments should examine all outcomes, with specific reference to the golden threads\" advised \"with specific reference to the golden threads\"\n";
			int open = text.indexOf("{", text.indexOf("thread " + thread + " ")) + 1;
			text = text.substring(0, open) + "\n" + expectation + text.substring(open);
		}
		return text;
	}

	@Test
	void GT_ASM_007_fires() {
		ConformanceReport report = Fixtures.check(curriculumExpectingThreadsInAssessment("work"), COURSE, Profile.DEFAULT);
		Finding f = fires(report, Rule.THREAD_NOT_ASSESSED);
		assertEquals(Severity.WARNING, f.getSeverity(), "advised: a warning");
		assertTrue(f.getMessage().contains("'Workforce planning'") && f.getMessage().contains("advised by the curriculum"), f.getMessage());
		assertEquals("work", f.getFrameworkElementId());
		// the framework's modality decides, under every profile: advised is never an error
		ConformanceReport accreditation = Fixtures.check(curriculumExpectingThreadsInAssessment("work"), COURSE, Profile.builtIn("accreditation"));
		assertEquals(Severity.WARNING, fires(accreditation, Rule.THREAD_NOT_ASSESSED).getSeverity());
		// required where the framework says so
		ConformanceReport required = Fixtures.check(curriculumExpectingThreadsInAssessment("work").replace("golden threads\" advised", "golden threads\" required"),
				COURSE, Profile.DEFAULT);
		assertEquals(Severity.ERROR, fires(required, Rule.THREAD_NOT_ASSESSED).getSeverity());
		// no assessment weaves any thread: one finding lists them all
		ConformanceReport both = Fixtures.check(curriculumExpectingThreadsInAssessment("work", "part"), COURSE, Profile.DEFAULT);
		assertEquals(1, of(both, Rule.THREAD_NOT_ASSESSED).size(), () -> describe(both).toString());
		assertTrue(of(both, Rule.THREAD_NOT_ASSESSED).get(0).getMessage().contains("part, work")
				|| of(both, Rule.THREAD_NOT_ASSESSED).get(0).getMessage().contains("work, part"));
	}

	@Test
	void GT_ASM_007_quiet() {
		quiet(Rule.THREAD_NOT_ASSESSED);
		String weaving = change(COURSE, "\taddresses project.e1, project.e2\n", "\taddresses project.e1, project.e2\n\tweaves work, part\n");
		ConformanceReport report = Fixtures.check(curriculumExpectingThreadsInAssessment("work", "part"), weaving, Profile.DEFAULT);
		assertTrue(of(report, Rule.THREAD_NOT_ASSESSED).isEmpty(), () -> describe(report).toString());
		// each thread is examined by some summative assessment, or reported on its own
		String formative = change(COURSE, "\tassesses o1\n}", "\tassesses o1\n\tweaves work\n}");
		ConformanceReport partly = Fixtures.check(curriculumExpectingThreadsInAssessment("work", "part"), formative, Profile.DEFAULT);
		assertEquals(1, of(partly, Rule.THREAD_NOT_ASSESSED).size());
		assertTrue(of(partly, Rule.THREAD_NOT_ASSESSED).get(0).getMessage().contains("'Participation'"));
	}

	/** The test curriculum, its project's assessment criteria aligned with outcome o2 (as the shipped one aligns the transformation project's). */
	private static final String CURRICULUM_ALIGNING_PROJECT = change(CURRICULUM, "\telement e2 \"element two\"\n}",
			"\telement e2 \"element two\"\n\taligns o2 required \"All students are assessed on the project.\"\n}");

	@Test
	void GT_ASM_008_fires() {
		// o2 is assessed, but only by the reflective log, which does not fulfil the project
		String notByTheProject = change(change(COURSE, "\tassesses o1, o2\n", "\tassesses o1\n"),
				"assessment log \"Reflective log\" fulfils reflex form reflective-log words 2000 weight 15%",
				"assessment log \"Reflective log\" fulfils reflex form reflective-log words 2000 weight 15% {\n\tassesses o2\n}");
		ConformanceReport report = Fixtures.check(CURRICULUM_ALIGNING_PROJECT, notByTheProject, Profile.DEFAULT);
		Finding f = fires(report, Rule.OUTCOME_NOT_ALIGNED);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertEquals("o2", f.getFrameworkElementId());
		assertTrue(f.getMessage().contains("No assessment that fulfils 'project' (report, talk) assesses the key learning outcome 'o2'"), f.getMessage());
		assertTrue(of(report, Rule.OUTCOME_NOT_ASSESSED).isEmpty(), "o2 is assessed, only not by the project");
	}

	@Test
	void GT_ASM_008_quiet() {
		quiet(Rule.OUTCOME_NOT_ALIGNED);
		assertTrue(of(Fixtures.check(CURRICULUM_ALIGNING_PROJECT, COURSE, Profile.DEFAULT), Rule.OUTCOME_NOT_ALIGNED).isEmpty());
	}

	// ------------------------------------------------------------------ issue 19: non-teaching days

	@Test
	void nonTeachingDaysDoNotCountTowardTheTeachingDays() {
		String day4 = """
					day 4 "Day four" {
						session s7 "Action learning" action-learning 2h covers beta.b1 masters weaves part, work
						session s8 "Closing lecture" lecture 1h weaves part
					}
				""";
		// day 4 becomes an induction day: three teaching days remain, the framework requires four
		String induction = change(COURSE, day4, day4.replace("day 4 \"Day four\"", "induction day \"Welcome\""));
		Finding f = fires(course(induction), Rule.TEACHING_DAYS);
		assertTrue(f.getMessage().contains("3 teaching days"), f.getMessage());
		// added to a conforming course, non-teaching days change no count, numbering or spread
		String extra = change(COURSE, day4, day4 + "\t\tcelebration day \"Graduation\" 2h {\n\t\t\tsession \"Showcase\" lived-experience-panel 2h with \"Young Advisors\"\n\t\t}\n"
				+ "\t\torientation day \"Library\" { }\n");
		assertEquals(List.of(), describe(course(extra)));
	}

	// ------------------------------------------------------------------ versions (change records)

	/** The test curriculum as its version 2, replacing version 1; {@code edit} changes its text further. */
	private List<Finding> checkRevision(String from, String to) throws IOException {
		String revision = change(change(CURRICULUM, "version \"1\"", "version \"2\" replaces test.core version \"1\""), from, to);
		return checkOne("revision.curriculum", revision);
	}

	@Test
	void GT_EVO_001_fires() throws IOException {
		Finding f = firesIn(checkRevision("objective a1 \"first alpha objective\"", "objective a1new \"first alpha objective\""), Rule.CHANGE_UNACCOUNTED);
		assertTrue(f.getMessage().contains("'alpha.a1'") && f.getMessage().contains("retired alpha.a1"), f.getMessage());
	}

	@Test
	void GT_EVO_001_quiet() throws IOException {
		quiet(Rule.CHANGE_UNACCOUNTED);
		List<Finding> findings = checkRevision("objective a1 \"first alpha objective\"",
				"objective a1new \"first alpha objective\" was renamed from alpha.a1");
		assertTrue(findings.stream().noneMatch(f -> f.getRuleId().startsWith("GT-EVO")), findings.toString());
	}

	@Test
	void GT_EVO_002_fires() throws IOException {
		Finding f = firesIn(checkRevision("objective a1 \"first alpha objective\"",
				"objective a1new \"first alpha objective\" was renamed from alpha.a1x"), Rule.CHANGE_UNKNOWN_SOURCE);
		assertTrue(f.getMessage().contains("has no element 'alpha.a1x'"), f.getMessage());
	}

	@Test
	void GT_EVO_002_quiet() {
		quiet(Rule.CHANGE_UNKNOWN_SOURCE);
	}

	@Test
	void GT_EVO_003_fires() throws IOException {
		Finding f = firesIn(checkOne("revision.curriculum", change(CURRICULUM, "version \"1\"", "version \"2\" replaces test.core version \"0\"")),
				Rule.REPLACED_VERSION_MISSING);
		assertEquals(Severity.WARNING, f.getSeverity());
	}

	@Test
	void GT_EVO_003_quiet() {
		quiet(Rule.REPLACED_VERSION_MISSING);
	}

	// ------------------------------------------------------------------ profiles

	@Test
	void accreditationProfileMakesReadingsOfRequiredElementsErrors() {
		// A partly covered required objective: a warning by default, an error under accreditation.
		String partly = change(COURSE, "covers alpha.a2.y weaves", "covers alpha.a2.y partly weaves");
		assertEquals(Severity.WARNING, fires(course(partly), Rule.ONLY_PARTLY_COVERED).getSeverity());
		assertEquals(Severity.ERROR, fires(Fixtures.check(CURRICULUM, partly, Profile.builtIn("accreditation")), Rule.ONLY_PARTLY_COVERED).getSeverity());
		// Not naming the pathway has no sentence of the framework behind it: it stays a warning (it used
		// to become an error, #19 defect 3).
		ConformanceReport unnamed = Fixtures.check(CURRICULUM, change(COURSE, "pathway pgcert ", ""), Profile.builtIn("accreditation"));
		assertEquals(Severity.WARNING, fires(unnamed, Rule.PATHWAY_NOT_NAMED).getSeverity());
	}

	@Test
	void rulesCanBeSwitchedOff(@TempDir Path settingsDir) throws Exception {
		Path settings = settingsDir.resolve(Profile.FILE_NAME);
		Files.writeString(settings, "rule.GT-PTH-002 = off\n");
		assertTrue(of(Fixtures.check(CURRICULUM, change(COURSE, "pathway pgcert ", ""), Profile.read(settings)), Rule.PATHWAY_NOT_NAMED).isEmpty());
	}
}
