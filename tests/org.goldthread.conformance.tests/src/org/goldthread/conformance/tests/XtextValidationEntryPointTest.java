package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.xtext.ConformanceStandaloneSetup;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * One implementation, two entry points: the editor's Xtext validation (with the conformance
 * module) reports exactly the engine's findings, with the rule id as issue code and the framework
 * element's id as issue data (for quick fixes).
 */
class XtextValidationEntryPointTest {

	@Test
	void xtextValidationReportsTheEnginesFindings() throws Exception {
		Injector injector = ConformanceStandaloneSetup.doSetup();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		load(set, "memory:/test.curriculum", Fixtures.CURRICULUM);
		String course = Fixtures.change(Fixtures.COURSE, "covers alpha.a1, alpha.a2.x", "covers alpha.a1");
		Resource resource = load(set, "memory:/uni.course", course);

		List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		ConformanceReport report = new ConformanceEngine().check((Document) resource.getContents().get(0), Profile.DEFAULT);

		List<String> fromXtext = issues.stream().map(i -> i.getCode() + " " + i.getSeverity().name().toLowerCase() + " " + i.getMessage()).sorted().toList();
		List<String> fromEngine = report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getSeverity().getLiteral() + " " + f.getMessage())
				.sorted().toList();
		assertEquals(fromEngine, fromXtext);
		Issue uncovered = issues.stream().filter(i -> "GT-COV-001".equals(i.getCode())).findFirst().orElseThrow();
		assertEquals("alpha.a2.x", uncovered.getData()[0]);
		// the fix hint travels with the issue (the language server shows it and puts it in the diagnostic's data)
		var finding = report.getFindings().stream().filter(f -> "GT-COV-001".equals(f.getRuleId())).findFirst().orElseThrow();
		assertTrue(finding.getFixHint() != null && !finding.getFixHint().isBlank());
		assertEquals(List.of("alpha.a2.x", finding.getFixHint()), List.of(uncovered.getData()));
		assertTrue(uncovered.getLineNumber() >= 1);
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws Exception {
		Resource r = set.createResource(URI.createURI(uri));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return r;
	}
}
