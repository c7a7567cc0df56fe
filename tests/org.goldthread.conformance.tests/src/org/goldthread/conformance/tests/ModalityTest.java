package org.goldthread.conformance.tests;

import static org.goldthread.conformance.tests.Fixtures.COURSE;
import static org.goldthread.conformance.tests.Fixtures.CURRICULUM;
import static org.goldthread.conformance.tests.Fixtures.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FindingCollector;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.Rule;
import org.goldthread.model.Modality;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.support.Modalities;
import org.goldthread.model.support.Percentages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #19: the framework's own words decide whether an element is required, advised, an example
 * or guidance, and every rule takes its severity from that. Each test here failed before the change.
 */
class ModalityTest {

	@TempDir
	Path dir;

	private static Path examples() {
		return CatalogueAgreementTest.repositoryRoot().resolve("examples");
	}

	private static String example(String path) throws IOException {
		return Files.readString(examples().resolve(path), StandardCharsets.UTF_8);
	}

	/** Checks {@code files} (name → text) in a fresh folder, with the shipped frameworks, under {@code profile}. */
	private List<CheckedFile> check(Map<String, String> files, Profile profile) throws IOException {
		Path folder = Files.createTempDirectory(dir, "check");
		List<Path> paths = new ArrayList<>();
		for (var e : files.entrySet()) {
			Path p = folder.resolve(e.getKey());
			Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
			paths.add(p);
		}
		GoldthreadChecker checker = new GoldthreadChecker(Fixtures.injector());
		checker.service().setProfileOverride(profile);
		return checker.check(paths, List.of(), null);
	}

	private ConformanceReport checkOne(String name, String text, Profile profile) throws IOException {
		return check(Map.of(name, text), profile).get(0).report();
	}

	private static List<Finding> of(ConformanceReport report, Rule rule) {
		return report.getFindings().stream().filter(f -> f.getRuleId().equals(rule.id())).toList();
	}

	private static List<String> describe(ConformanceReport report) {
		return report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getMessage()).toList();
	}

	// ------------------------------------------------------------------ defect 1: example forms are not a closed list

	private static final String NORTHTOWN_LOG = "fulfils reflexivity form reflective-log words 2500 weight 20%";

	private static final String LOG_ABOUT = "\tabout \"A reflective log kept across the year on the participant's leadership practice, drawing on 360-degree feedback and the action learning sets.\"\n";

	@Test
	void aFormOutsideTheCurriculumsExamplesIsNoError() throws IOException {
		for (String form : List.of("essay words 2500", "podcast minutes 20", "presentation minutes 15")) {
			String course = change(change(example("northtown/northtown-pgcert.course"), NORTHTOWN_LOG, "fulfils reflexivity form " + form + " weight 20%"),
					LOG_ABOUT, "");
			ConformanceReport report = checkOne("northtown.course", course, null);
			assertEquals(0, report.count(Severity.ERROR), () -> form + ": " + describe(report));
			List<Finding> found = of(report, Rule.FORM_NOT_ALLOWED);
			assertEquals(1, found.size(), () -> form + ": " + describe(report));
			Finding f = found.get(0);
			assertEquals(Severity.INFO, f.getSeverity());
			assertTrue(f.getMessage().contains("is not among the curriculum's examples for 'Leadership skills and reflexivity'")
					&& f.getMessage().contains("say how it assesses leadership skills and reflexivity"), f.getMessage());
			assertTrue(f.getMessage().contains("[listed as an example in the curriculum: “For example, this may include:”]"), f.getMessage());
			assertTrue(f.getPassage().contains("For example, this may include:"), "the passage keeps 'For example': " + f.getPassage());
		}
	}

	@Test
	void aFormTheCourseJustifiesIsNoFindingAtAll() throws IOException {
		String course = change(example("northtown/northtown-pgcert.course"), NORTHTOWN_LOG,
				"fulfils reflexivity form essay words 2500 weight 20% {\n\tabout \"A reflective essay on a leadership conversation recorded in practice, assessing the participant's reflexivity.\"\n}");
		ConformanceReport report = checkOne("northtown.course", course, null);
		assertEquals(List.of(), of(report, Rule.FORM_NOT_ALLOWED).stream().map(Finding::getMessage).toList());
	}

	@Test
	void aFormOutsideARequiredListIsStillAnError() throws IOException {
		String course = change(example("northtown/northtown-pgcert.course"), "fulfils project form written-report", "fulfils project form exam");
		ConformanceReport report = checkOne("northtown.course", course, null);
		Finding f = of(report, Rule.FORM_NOT_ALLOWED).get(0);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertTrue(f.getMessage().contains("[required by the curriculum: “either through written assignments or oral presentations”]"), f.getMessage());
		// the passage is the curriculum's paragraph that says so, not a lead-in to the project's elements
		assertTrue(f.getPassage().startsWith("All students should be assessed, either through written assignments or oral presentations"), f.getPassage());
		assertTrue(!f.getPassage().contains("This will include a combination of the following"), f.getPassage());
	}

	/**
	 * "All students should be assessed, either through written assignments or oral presentations, on … their
	 * transformation project", and the curriculum names "written essays and reflective diaries" among written
	 * assignments: a project assessed by essay, reflective log or portfolio is no error.
	 */
	@Test
	void aProjectAssessedByAnyWrittenAssignmentIsAllowed() throws IOException {
		for (String form : List.of("essay", "reflective-log", "portfolio")) {
			String course = change(example("northtown/northtown-pgcert.course"), "fulfils project form written-report", "fulfils project form " + form);
			ConformanceReport report = checkOne("northtown.course", course, null);
			assertEquals(List.of(), of(report, Rule.FORM_NOT_ALLOWED).stream().map(Finding::getMessage).toList(), form);
		}
	}

	/**
	 * `--profile cpd` makes assessment findings information for a course on the CPD pathway, or one that names no
	 * pathway; a course that names `pathway pgcert` is held to what that pathway requires: "All students should also
	 * be assessed in relation to leadership skills and reflexivity".
	 */
	@Test
	void theCpdProfileDoesNotMakeAPgcertsRequiredAssessmentAdvice() throws IOException {
		String northtown = example("northtown/northtown-pgcert.course");
		int log = northtown.indexOf("assessment reflexivityLog");
		String withoutReflexivity = northtown.substring(0, log) + northtown.substring(northtown.indexOf("\n}\n", log) + 3);
		Finding pgcert = of(checkOne("northtown.course", withoutReflexivity, Profile.builtIn("cpd")), Rule.ASSESSMENT_MISSING).get(0);
		assertEquals(Severity.ERROR, pgcert.getSeverity(), pgcert.getMessage());
		Finding unnamed = of(checkOne("northtown.course", change(withoutReflexivity, "\tpathway pgcert\n", ""), Profile.builtIn("cpd")),
				Rule.ASSESSMENT_MISSING).get(0);
		assertEquals(Severity.INFO, unnamed.getSeverity(), unnamed.getMessage());
	}

	// ------------------------------------------------------------------ defect 3: no profile makes a heuristic an error

	@Test
	void accreditationLeavesAThreadMissingFromAModuleAWarning() throws IOException {
		String notInModule2 = change(change(change(COURSE, "covers alpha.a1 masters weaves part, work", "covers alpha.a1 masters weaves part"),
				"2h weaves work\n", "2h\n"), "covers beta.b1 masters weaves part, work", "covers beta.b1 masters weaves part");
		ConformanceReport report = Fixtures.check(CURRICULUM, notInModule2, Profile.builtIn("accreditation"));
		Finding f = of(report, Rule.THREAD_MODULE).get(0);
		assertEquals(Severity.WARNING, f.getSeverity());
		assertTrue(f.getMessage().contains("a check of Goldthread's own, not a requirement of the framework"), f.getMessage());
	}

	@Test
	void aSettingsFileCannotRaiseAHeuristicToAnError() throws Exception {
		Path settings = dir.resolve(Profile.FILE_NAME);
		Files.writeString(settings, "profile = accreditation\nrule.GT-THR-003 = error\nrule.GT-ASM-003 = error\n");
		String course = change(change(COURSE, "weaves work, part", "weaves part"), "addresses project.e1, project.e2", "addresses project.e1");
		ConformanceReport report = Fixtures.check(CURRICULUM, change(course, "2h weaves work\n", "2h\n"), Profile.read(settings));
		assertEquals(Severity.WARNING, of(report, Rule.ELEMENT_NOT_ADDRESSED).get(0).getSeverity(), "an advised element stays a warning");
	}

	/** The severity function: no profile severity gives an error without a required element (or a document rule) behind it. */
	@Test
	void onlyRequiredElementsAndDocumentRulesGiveErrors() {
		for (Rule rule : Rule.values()) {
			for (Severity base : Severity.VALUES) {
				for (Modality modality : Modality.VALUES) {
					Severity s = FindingCollector.severity(rule, base, modality);
					if (s == Severity.ERROR) {
						assertTrue(rule.basis() == Rule.Basis.DOCUMENT
								|| rule.basis() != Rule.Basis.HEURISTIC && (modality == Modality.REQUIRED || modality == Modality.UNSTATED),
								rule.id() + " at " + base + " gives an error for a " + modality + " element");
					}
				}
			}
		}
	}

	/** Every error any built-in profile reports on the examples and on mutated courses traces to a required element. */
	@Test
	void everyErrorUnderEveryProfileHasARequiredElementBehindIt() throws IOException {
		List<Map<String, String>> inputs = new ArrayList<>();
		for (String path : List.of("northtown/northtown-pgcert.course", "eastfield/eastfield-pgcert.course", "westbridge-cpd/westbridge-cpd.course",
				"plans/northtown-inpatient-workforce.plan")) {
			inputs.add(Map.of(Path.of(path).getFileName().toString(), example(path)));
		}
		String broken = change(change(example("northtown/northtown-pgcert.course"), NORTHTOWN_LOG, "fulfils reflexivity form essay weight 20%"),
				"pathway pgcert", "");
		inputs.add(Map.of("broken.course", broken));
		inputs.add(Map.of("emptyPlan.plan", "plan empty.plan \"Empty\" implements cypmh.workforceToolkit version \"1.0\"\n"));
		inputs.add(Map.of("emptyCourse.course", "course empty.course \"Empty\" implements cypmh.leadership version \"2024\"\n"));
		int errors = 0;
		for (String profile : List.of("default", "accreditation", "cpd")) {
			for (Map<String, String> input : inputs) {
				for (CheckedFile file : check(input, Profile.builtIn(profile))) {
					for (Finding f : file.report().getFindings()) {
						if (f.getSeverity() != Severity.ERROR) {
							continue;
						}
						errors++;
						Rule rule = Rule.byId(f.getRuleId());
						if (rule.basis() == Rule.Basis.DOCUMENT) {
							continue;
						}
						assertNotNull(f.getFrameworkElement(), () -> profile + ": error without a framework element: " + f.getMessage());
						assertTrue(f.getMessage().contains("[required by the "), () -> profile + ": " + f.getMessage());
						assertEquals(Modality.REQUIRED, Modalities.of(f.getFrameworkElement()),
								() -> profile + ": error for an element that is not required: " + f.getMessage());
					}
				}
			}
		}
		assertTrue(errors > 0, "the inputs give errors to check");
	}

	// ------------------------------------------------------------------ defect 4: guidance sections are not requirements

	@Test
	void aStrategyAddressingAllSevenStepsConforms() throws IOException {
		StringBuilder plan = new StringBuilder("plan local.strategy \"Local strategy\" organisation \"ICS\" implements cypmh.workforceToolkit version \"1.0\"\n");
		for (String step : List.of("whoAreWe", "whereHeading", "whereNow", "whereWantToBe", "whatMissing", "makeItHappen", "onTrack")) {
			plan.append("action ").append(step).append("Action \"Act on ").append(step).append("\" addresses ").append(step)
					.append(" owner \"Lead\" due \"2026-03\"\n");
		}
		ConformanceReport report = checkOne("strategy.plan", plan.toString(), null);
		assertEquals(List.of(), describe(report));
		ConformanceReport missingOne = checkOne("strategy.plan", plan.toString().replace("addresses onTrack", ""), null);
		Finding f = of(missingOne, Rule.SECTION_NOT_ADDRESSED).get(0);
		assertEquals(Severity.ERROR, f.getSeverity());
		assertEquals("onTrack", f.getFrameworkElementId());
		assertTrue(f.getMessage().contains("[required by the toolkit: “delivery of each step should be undertaken via a shared load and partnership approach”]"), f.getMessage());
		// a step has no aim of its own: the finding quotes the sentence that asks for it (shown by --explain, carried in JSON)
		assertEquals("delivery of each step should be undertaken via a shared load and partnership approach", f.getPassage());
	}

	@Test
	void anUnaddressedRecommendationOfAnAdvisingFrameworkIsAWarning() throws IOException {
		String plan = example("plans/northtown-inpatient-workforce.plan");
		// a plan that does not say whom it is for is checked section by section
		ConformanceReport report = checkOne("p.plan", plan.replace("\tfor service-provider\n", "").replaceAll("addresses [^\\n]*", "addresses recruitment"), null);
		List<Finding> found = of(report, Rule.SECTION_NOT_ADDRESSED);
		assertFalse(found.isEmpty(), () -> describe(report).toString());
		found.forEach(f -> assertEquals(Severity.WARNING, f.getSeverity(), f.getMessage()));
		assertTrue(found.get(0).getMessage().contains("[advised by the framework: “overarching recommendations"), found.get(0).getMessage());
	}

	/**
	 * Seed 000 addresses its key considerations to services in its own words ("Services should …",
	 * "Leaders should …", "… should be promoted by services"), and the others say what should or must happen in the
	 * inpatient service ("Following incidents, meaningful debriefing should take place"): each is marked `to service-provider`, and a plan for a
	 * service provider is asked to act on each of them (advised: a warning).
	 */
	@Test
	void theInpatientFrameworksConsiderationsAreAddressedToServicesInTheirOwnWords() throws IOException {
		String framework = Files.readString(CatalogueAgreementTest.repositoryRoot()
				.resolve("bundles/org.goldthread.curricula/frameworks/hee-cypmh-inpatient-workforce.framework"), StandardCharsets.UTF_8);
		List<String> addressed = framework.lines().filter(l -> l.endsWith(" to service-provider")).toList();
		assertTrue(addressed.size() >= 25, "the considerations that say 'Services should' are addressed: " + addressed.size());
		for (String line : addressed) {
			// in its own words for services, or what should or must happen in the inpatient service with nobody else named
			// (the recommendations "provide a guide for services to address common challenges in CYPMH inpatient settings")
			assertTrue(line.matches(".*\\b([Ss]ervices (should|must)|[Ll]eaders (at all levels )?should|[Ss]ervices and leaders should|should (be )?(continuously )?promoted by services)\\b.*")
					|| line.matches("\\tconsideration \\w+ \"[^\"]*?\\b(should|must) (be|take place)\\b.*"),
					"addressed without the framework saying so: " + line);
		}
		String plan = example("plans/northtown-inpatient-workforce.plan");
		ConformanceReport report = checkOne("p.plan", plan.replace("addresses leadership.staffEngagement, ", "addresses "), null);
		List<Finding> found = of(report, Rule.ITEM_NOT_ADDRESSED);
		assertEquals(1, found.size(), () -> describe(report).toString());
		assertEquals(Severity.WARNING, found.get(0).getSeverity());
		assertEquals("leadership.staffEngagement", found.get(0).getFrameworkElementId());
	}

	// ------------------------------------------------------------------ defect 5: advice reads as advice

	@Test
	void onTheCpdPathwayAssessmentFindingsAreWordedAsAdvice() throws IOException {
		ConformanceReport report = checkOne("westbridge.course", example("westbridge-cpd/westbridge-cpd.course"), null);
		Finding missing = of(report, Rule.ASSESSMENT_MISSING).get(0);
		assertEquals(Severity.INFO, missing.getSeverity());
		assertTrue(missing.getMessage().startsWith("Advised: an assessment of 'Leadership skills and reflexivity'"), missing.getMessage());
		assertFalse(missing.getMessage().contains("missing"), missing.getMessage());
		assertTrue(missing.getMessage().contains("[advised: on the CPD pathway formal assessment is advisory]"), missing.getMessage());
		assertEquals("westbridge.cpdLeadership (CYP Mental Health Leadership (CPD Programme)): conforms — 0 errors, 0 warnings, 2 info; pathway: cpd, assessment advisory; implements cypmh.leadership version \"2024\"",
				CheckSummary.documentLine("westbridge.cpdLeadership", report));
	}

	@Test
	void theSummaryLineSaysWhichPathwayWasAssumed() {
		ConformanceReport report = Fixtures.check(CURRICULUM, change(COURSE, "pathway pgcert ", ""), Profile.DEFAULT);
		assertTrue(CheckSummary.documentLine("uni.course", report).contains("; pathway: pgcert (assumed)"), CheckSummary.documentLine("uni.course", report));
	}

	// ------------------------------------------------------------------ modality in messages; examples and guidance never missing

	@Test
	void findingsNameTheModalityInTheFrameworksWords() throws IOException {
		ConformanceReport report = checkOne("eastfield.course", example("eastfield/eastfield-pgcert.course"), null);
		Finding uncovered = of(report, Rule.OBJECTIVE_NOT_COVERED).get(0);
		assertTrue(uncovered.getMessage().endsWith(
				"[required by the curriculum: “should be covered in the curriculum of all CYP MH leadership programmes”]"), uncovered.getMessage());
		Finding days = of(report, Rule.TEACHING_DAYS).get(0);
		assertTrue(days.getMessage().contains("the curriculum requires 12") && days.getMessage().contains("“The course will be delivered across 12 teaching days.”"),
				days.getMessage());
		Finding element = of(report, Rule.ELEMENT_NOT_ADDRESSED).get(0);
		assertEquals(Severity.WARNING, element.getSeverity());
		assertTrue(element.getMessage().contains("[advised by the curriculum: “This will include a combination of the following:”]"), element.getMessage());
	}

	@Test
	void objectivesTheCurriculumGivesAsIdeasAreNeverMissing() throws IOException {
		// Appendix 3 offers "more ideas on possible learning objectives": a course that teaches none of them conforms.
		String course = example("northtown/northtown-pgcert.course").replaceAll(",? ?workforceDesign\\.\\w+( (introduces|develops|masters|partly))?", "")
				.replace("covers \n", "\n").replaceAll("covers\\s*\\n", "\n");
		ConformanceReport report = checkOne("northtown.course", course, null);
		assertTrue(report.getFindings().stream().noneMatch(f -> "workforceDesign".equals(f.getTheme())), () -> describe(report).toString());
	}

	// ------------------------------------------------------------------ examples written from the seeds

	/** A second course written from seed 001 and a strategy for the toolkit: no errors or warnings under either profile. */
	@Test
	void theSouthmoorExamplesConformUnderBothProfiles() throws IOException {
		for (String profile : List.of("default", "accreditation")) {
			for (String path : List.of("southmoor/southmoor-pgcert.course", "plans/southmoor-cypmh-workforce-strategy.plan")) {
				ConformanceReport report = checkOne(Path.of(path).getFileName().toString(), example(path), Profile.builtIn(profile));
				assertEquals(List.of(), report.getFindings().stream().filter(f -> f.getSeverity() != Severity.INFO)
						.map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getMessage()).toList(), profile + ": " + path);
			}
		}
	}

	// ------------------------------------------------------------------ defect 9: percentages round half up

	@Test
	void percentagesRoundHalfUp() {
		assertEquals(67, Percentages.of(4, 6));
		assertEquals(67, Percentages.of(2, 3));
		assertEquals(13, Percentages.of(1, 8));
		assertEquals(50, Percentages.of(1, 2));
		assertEquals(99, Percentages.of(199, 200), "an incomplete share never shows as 100%");
		assertEquals(1, Percentages.of(1, 300), "a share that is not nothing never shows as 0%");
		assertEquals(100, Percentages.of(3, 3));
		assertEquals(0, Percentages.of(0, 3));
		assertEquals(100, Percentages.of(0, 0));
	}
}
