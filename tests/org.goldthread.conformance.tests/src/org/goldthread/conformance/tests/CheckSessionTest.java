package org.goldthread.conformance.tests;

import static org.goldthread.testing.Findings.assertFinding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.CheckSession;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.ConformanceService;
import org.goldthread.conformance.FindingMapper;
import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The check session on a document a front end keeps loaded (an editor's buffer, a language server
 * document): the language's findings and the engine's in one report, the engine run once, and the
 * same findings as Xtext issues (rule id as code, element and fix hint as data).
 */
class CheckSessionTest {

	@Test
	void aLoadedDocumentGetsLanguageAndEngineFindingsFromOneEngineRun() throws Exception {
		CheckSession session = new CheckSession(Fixtures.injector(), new ConformanceService());
		XtextResourceSet set = Fixtures.injector().getInstance(XtextResourceSet.class);
		load(set, "memory:/test.curriculum", Fixtures.CURRICULUM);
		Resource course = load(set, "memory:/uni.course", Fixtures.change(Fixtures.COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1, alpha.a2.xx"));

		long before = ConformanceEngine.runs();
		ConformanceReport report = session.check(course, "courses/uni.course", null);
		assertEquals(1, ConformanceEngine.runs() - before, "the engine runs once per check");

		Finding typo = assertFinding(report, Rule.UNKNOWN_REFERENCE, 11); // the language's
		assertEquals("courses/uni.course", typo.getLocation().getUri());
		assertTrue(typo.getFixHint() != null && !typo.getFixHint().isBlank(), "the language's findings have fix hints too");
		Finding uncovered = report.getFindings().stream().filter(f -> Rule.OBJECTIVE_NOT_COVERED.id().equals(f.getRuleId())).findFirst().orElseThrow(); // the engine's
		assertEquals("alpha.a2.x", uncovered.getFrameworkElementId());
		assertEquals(Verdict.DOES_NOT_CONFORM, report.getVerdict());
		assertTrue(report.getCoverage() != null, "the engine's coverage model comes with the findings");

		List<Issue> issues = session.issues(course, null);
		assertEquals(report.getFindings().size(), issues.size());
		Issue issue = issues.stream().filter(i -> Rule.OBJECTIVE_NOT_COVERED.id().equals(i.getCode())).findFirst().orElseThrow();
		assertEquals("alpha.a2.x", FindingMapper.frameworkElementId(issue.getData()));
		assertEquals(uncovered.getFixHint(), FindingMapper.fixHint(issue.getData()));
		assertTrue(issues.stream().anyMatch(i -> Rule.UNKNOWN_REFERENCE.id().equals(i.getCode()) && i.getLineNumber() == 11
				&& FindingMapper.fixHint(i.getData()) != null), "the language's finding, with its fix hint, as an issue at its line");
	}

	@Test
	void aCancelledCheckNeverReturnsPartOfTheFindings() throws Exception {
		CheckSession session = new CheckSession(Fixtures.injector(), new ConformanceService());
		XtextResourceSet set = Fixtures.injector().getInstance(XtextResourceSet.class);
		load(set, "memory:/test.curriculum", Fixtures.CURRICULUM);
		Resource course = load(set, "memory:/uni.course", Fixtures.COURSE);
		assertThrows(OperationCanceledError.class, () -> session.check(course, () -> true));
	}

	@Test
	void xtextsOwnCodesAreMappedOntoTheCatalogue() {
		assertEquals("GT-INT-001", FindingMapper.ruleId(org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC, false));
		assertEquals("GT-SYN-001", FindingMapper.ruleId("org.eclipse.xtext.diagnostics.Diagnostic.Syntax", true));
		assertEquals("GT-SYN-003", FindingMapper.ruleId(null, false));
		assertEquals("GT-COV-001", FindingMapper.ruleId("GT-COV-001", false));
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws Exception {
		Resource r = set.createResource(URI.createURI(uri));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return r;
	}
}
