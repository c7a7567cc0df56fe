package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/** GT-EVO-001 to -003: the change records of a version that replaces another are verified against it. */
class ChangeRecordRuleTest {

	private static List<String> issues(String oldText, String newText) {
		XtextResourceSet set = EvolutionFixtures.injector().getInstance(XtextResourceSet.class);
		if (oldText != null) {
			EvolutionFixtures.load(set, "memory:/v1.curriculum", oldText);
		}
		Resource r = EvolutionFixtures.load(set, "memory:/v2.curriculum", newText);
		return evo(r);
	}

	private static List<String> evo(Resource r) {
		List<Issue> issues = EvolutionFixtures.injector().getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().filter(i -> i.getCode() != null && i.getCode().startsWith("GT-EVO"))
				.map(i -> i.getCode() + " " + i.getSeverity() + " " + (i.getData() == null || i.getData().length == 0 ? "-" : i.getData()[0])).sorted().toList();
	}

	@Test
	void aVersionWhoseRecordsAccountForEveryOldElementPasses() {
		assertEquals(List.of(), issues(EvolutionFixtures.V1, EvolutionFixtures.V2));
	}

	@Test
	void anOldElementNeitherKeptChangedNorRetiredIsAnError() {
		String v2 = EvolutionFixtures.V2.replace("retired a.gone because \"no longer needed\"\n", "");
		assertEquals(List.of("GT-EVO-001 ERROR a.gone"), issues(EvolutionFixtures.V1, v2));
	}

	@Test
	void aRecordNamingAnUnknownOldIdIsAnErrorAndLeavesItsElementUnaccounted() {
		String v2 = EvolutionFixtures.V2.replace("was renamed from a.oldName", "was renamed from a.oldNmae");
		assertEquals(List.of("GT-EVO-001 ERROR a.oldName", "GT-EVO-002 ERROR a.oldNmae"), issues(EvolutionFixtures.V1, v2));
		String retired = EvolutionFixtures.V2.replace("retired a.gapped", "retired a.gaped");
		assertEquals(List.of("GT-EVO-001 ERROR a.gapped", "GT-EVO-002 ERROR a.gaped"), issues(EvolutionFixtures.V1, retired));
	}

	@Test
	void aRetiredOrRenamedThemeTakesItsObjectivesWithIt() {
		String v2 = EvolutionFixtures.V2.replace("theme b \"Theme B\" {", "theme bee \"Theme B\" was renamed from b {")
				.replace("retired a.gapped", "retired a.gapped\nretired t1").replace("thread t1 \"Thread one\" {\n\texpect \"weave it\"\n}\n", "");
		assertEquals(List.of(), issues(EvolutionFixtures.V1, v2));
	}

	@Test
	void aMissingReplacedVersionIsAWarning() {
		assertEquals(List.of("GT-EVO-003 WARNING -"), issues(null, EvolutionFixtures.V2));
	}

	@Test
	void theFictionalRevisionAccountsForEveryElementOfTheShipped2024Curriculum() throws IOException {
		XtextResourceSet set = EvolutionFixtures.injector().getInstance(XtextResourceSet.class);
		EvolutionFixtures.load(set, "memory:/2024.curriculum", Files.readString(EvolutionFixtures.repositoryRoot()
				.resolve("bundles/org.goldthread.curricula/frameworks/cypmh-leadership.curriculum"), StandardCharsets.UTF_8));
		Resource revision = set.createResource(URI.createFileURI(EvolutionFixtures.revision().toString()));
		revision.load(set.getLoadOptions());
		assertTrue(revision.getErrors().isEmpty(), revision.getErrors().toString());
		assertEquals(List.of(), evo(revision));
	}
}
