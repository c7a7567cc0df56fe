package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.Rule;
import org.goldthread.conformance.xtext.ConformanceStandaloneSetup;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, defect 6: one syntax error must not flood the output. Reproduced on the Southmoor
 * example: syntax errors come first, the engine's findings about the text after the error are
 * withheld behind one error, the file never conforms, and the command line (GoldthreadChecker) and
 * the editors and language server (Xtext validation) report the same.
 */
class SyntaxCascadeTest {

	@TempDir
	Path dir;

	private static String southmoor() throws IOException {
		return Files.readString(CatalogueAgreementTest.repositoryRoot().resolve("examples/southmoor/southmoor-pgcert.course"), StandardCharsets.UTF_8);
	}

	/** The example without the line that opens its day 2: before the fix, 17 findings, the syntax error 12th. */
	private static String withoutDay2Header() throws IOException {
		return Fixtures.change(southmoor(), "\tday 2 \"Inclusion and intersectionality\" 6h {\n", "");
	}

	/** The example with one closing brace (of day 1) dropped. */
	private static String withoutOneBrace() throws IOException {
		String text = southmoor();
		int day2 = text.indexOf("\tday 2 ");
		int brace = text.lastIndexOf("\t}\n", day2);
		return text.substring(0, brace) + text.substring(brace + 3);
	}

	private ConformanceReport check(String text) throws IOException {
		Path file = dir.resolve("southmoor-pgcert.course");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(), null).get(0).report();
	}

	private static List<String> ids(ConformanceReport report) {
		return report.getFindings().stream().map(Finding::getRuleId).toList();
	}

	@Test
	void theSyntaxErrorComesFirstAndItsCascadeIsWithheld() throws IOException {
		ConformanceReport report = check(withoutDay2Header());
		assertEquals(List.of(Rule.SYNTAX_ERROR.id(), Rule.INCOMPLETE_CHECK.id()), ids(report), () -> report.getFindings().toString());
		Finding incomplete = report.getFindings().get(1);
		assertTrue(incomplete.getMessage().contains("GT-COV-001") && incomplete.getMessage().contains("withheld"), incomplete.getMessage());
		assertEquals(report.getFindings().get(0).getLocation().getLine(), incomplete.getLocation().getLine(), "placed at the syntax error");
		assertEquals(Verdict.DOES_NOT_CONFORM, report.getVerdict(), "fail closed");
	}

	@Test
	void aMissingBraceGivesTheSyntaxErrorFirstAndNothingFalse() throws IOException {
		ConformanceReport report = check(withoutOneBrace());
		assertEquals(Rule.SYNTAX_ERROR.id(), ids(report).get(0), () -> report.getFindings().toString());
		assertTrue(report.getFindings().size() <= 2, () -> "no flood: " + ids(report));
		assertTrue(ids(report).stream().allMatch(id -> id.startsWith("GT-SYN-")), () -> ids(report).toString());
		assertEquals(Verdict.DOES_NOT_CONFORM, report.getVerdict());
	}

	@Test
	void findingsBeforeTheSyntaxErrorAreKept() throws IOException {
		// a session of day 1 claims an objective twice (before the error): still reported
		String text = Fixtures.change(withoutDay2Header(), "covers landscape.populationNeeds", "covers landscape.populationNeeds, landscape.populationNeeds");
		ConformanceReport report = check(text);
		assertTrue(ids(report).contains(Rule.DUPLICATE_COVERAGE.id()), () -> ids(report).toString());
		assertEquals(List.of(Rule.SYNTAX_ERROR.id(), Rule.INCOMPLETE_CHECK.id()), ids(report).subList(0, 2));
	}

	private ConformanceReport checkPlan(String text) throws IOException {
		Path file = dir.resolve("northtown-inpatient-workforce.plan");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(), null).get(0).report();
	}

	private static String inpatientPlan() throws IOException {
		return Files.readString(CatalogueAgreementTest.repositoryRoot().resolve("examples/plans/northtown-inpatient-workforce.plan"), StandardCharsets.UTF_8);
	}

	/** A syntax error in the header (two kinds after `for`) does not also claim that the plan names no framework: it does. */
	@Test
	void aSyntaxErrorBeforeImplementsIsNotAlsoAMissingFramework() throws IOException {
		ConformanceReport report = checkPlan(Fixtures.change(inpatientPlan(), "for service-provider", "for service-provider, education-provider"));
		assertEquals(Rule.SYNTAX_ERROR.id(), ids(report).get(0), () -> ids(report).toString());
		assertTrue(!ids(report).contains(Rule.MISSING_FRAMEWORK.id()), () -> ids(report).toString());
		assertEquals(Verdict.DOES_NOT_CONFORM, report.getVerdict(), "fail closed");
	}

	/**
	 * An action cut short by a syntax error (a misspelt clause) is not reported for what the parser
	 * never read: its `owner` and `due` come after the error, so "no owner and no due date" would be false.
	 */
	@Test
	void anElementCutShortByTheErrorIsNotReportedForWhatFollowsIt() throws IOException {
		String plan = inpatientPlan();
		String broken = Fixtures.change(plan, "\taddresses culture.blanketRules, culture.parentsAndCarers\n",
				"\tadresses culture.blanketRules, culture.parentsAndCarers\n");
		ConformanceReport report = checkPlan(broken);
		assertEquals(Rule.SYNTAX_ERROR.id(), ids(report).get(0), () -> ids(report).toString());
		assertTrue(!ids(report).contains(Rule.ACTION_INCOMPLETE.id()), () -> report.getFindings().toString());
		// an action that ends well before the error is still checked: drop the owner of the first action
		int first = plan.indexOf("\towner ");
		String earlier = broken.substring(0, first) + broken.substring(broken.indexOf('\n', first) + 1);
		ConformanceReport withEarlier = checkPlan(earlier);
		assertTrue(ids(withEarlier).contains(Rule.ACTION_INCOMPLETE.id()), () -> ids(withEarlier).toString());
	}

	@Test
	void theEditorsAndTheLanguageServerGetTheSameFindings() throws Exception {
		var injector = ConformanceStandaloneSetup.doSetup();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		// the shipped curriculum, as the editors see it
		Resource curriculum = set.createResource(URI.createURI("memory:/cypmh-leadership.curriculum"));
		try (var in = org.goldthread.curricula.ShippedFrameworks.open("cypmh-leadership.curriculum")) {
			curriculum.load(in, set.getLoadOptions());
		}
		Resource course = set.createResource(URI.createURI("memory:/southmoor-pgcert.course"));
		course.load(new ByteArrayInputStream(withoutDay2Header().getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(course, CheckMode.ALL, CancelIndicator.NullImpl);
		List<String> codes = issues.stream().map(Issue::getCode).filter(c -> c != null && c.startsWith("GT-")).sorted().toList();
		assertTrue(codes.contains(Rule.INCOMPLETE_CHECK.id()), codes::toString);
		assertTrue(codes.stream().noneMatch(c -> c.startsWith("GT-COV") || c.startsWith("GT-DEL") || c.startsWith("GT-THR")), codes::toString);
		assertTrue(issues.stream().anyMatch(Issue::isSyntaxError));
	}
}
