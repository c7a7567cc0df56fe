package org.goldthread.lang.tests;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.Document;
import org.goldthread.model.GoldthreadPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The documents' own rules, with Xtext's validation test helper (code, element type, position). */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class DocumentValidationTest {

	@Inject
	private ParseHelper<Document> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void duplicateIdsAreErrors() throws Exception {
		String text = """
				curriculum demo.leadership "Demo" version "1"
				theme landscape "Landscape" {
					objective ukPolicy "one"
					objective ukPolicy "two"
				}
				""";
		Document doc = parser.parse(text);
		validation.assertError(doc, GoldthreadPackage.Literals.ITEM, GoldthreadIssueCodes.DUPLICATE_ID, text.lastIndexOf("ukPolicy"), "ukPolicy".length(),
				"Duplicate id 'landscape.ukPolicy'");
	}

	@Test
	void aSecondOralAndWrittenMixIsAnError() throws Exception {
		Document doc = parser.parse("""
				curriculum demo.leadership "Demo" version "1"
				mix oral and written required "a combination"
				mix oral and written advised
				""");
		validation.assertError(doc, GoldthreadPackage.Literals.FRAMEWORK, GoldthreadIssueCodes.DUPLICATE_BLOCK, "'mix oral and written' is declared more than once");
		validation.assertNoIssues(parser.parse("curriculum demo.leadership \"Demo\" version \"1\"\nmix oral and written required \"a combination\"\n"));
	}

	/**
	 * Header and action clauses come in any order (an outside reviewer wrote `entry` before `credits`
	 * and `owner` before `addresses`, and got "missing EOF"); one that holds a single value and is
	 * given twice is an error, since only the last would count.
	 */
	@Test
	void clausesComeInAnyOrderAndOnceEach() throws Exception {
		String course = """
				course uni.pgcert "PGCert"
					entry "A first degree."
					pathway pgcert
					credits 60
					implements demo.leadership version "1"
					provider "University"
					about "A course."
					level 7
				""";
		org.goldthread.model.Course parsed = (org.goldthread.model.Course) parser.parse(course);
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), parsed.eResource().getErrors());
		org.junit.jupiter.api.Assertions.assertEquals(60, parsed.getCredits());
		org.junit.jupiter.api.Assertions.assertEquals(7, parsed.getLevel());
		org.junit.jupiter.api.Assertions.assertEquals("University", parsed.getProvider());
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("A first degree."), parsed.getEntryRequirements());
		Document twice = parser.parse(course.replace("level 7", "level 7\n\tcredits 30"));
		validation.assertError(twice, GoldthreadPackage.Literals.COURSE, GoldthreadIssueCodes.DUPLICATE_BLOCK, "'credits' is given more than once");

		String plan = """
				plan trust.workforce "Plan"
					implements demo.workforce version "1"
					for service-provider
					organisation "Trust"
				action mentors "Mentoring time"
					owner "Chief Nurse"
					due "2026-09"
					addresses supervision
					status started
					with "University"
				""";
		org.goldthread.model.LocalPlan parsedPlan = (org.goldthread.model.LocalPlan) parser.parse(plan);
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), parsedPlan.eResource().getErrors());
		org.goldthread.model.PlanAction action = parsedPlan.getActions().get(0);
		org.junit.jupiter.api.Assertions.assertEquals("Chief Nurse", action.getOwner());
		org.junit.jupiter.api.Assertions.assertEquals("2026-09", action.getDue());
		org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("University"), action.getPartners());
		Document dueTwice = parser.parse(plan.replace("status started", "status started\n\tdue \"2027-01\""));
		validation.assertError(dueTwice, GoldthreadPackage.Literals.PLAN_ACTION, GoldthreadIssueCodes.DUPLICATE_BLOCK, "'due' is given more than once");
	}

	@Test
	void sameIdInDifferentContainersIsFine() throws Exception {
		Document doc = parser.parse("""
				curriculum demo.leadership "Demo" version "1"
				theme landscape "Landscape" {
					objective needs "one"
				}
				theme inclusion "Inclusion" {
					objective needs "two"
				}
				""");
		validation.assertNoIssues(doc);
	}

	@Test
	void emptyTextsAreErrors() throws Exception {
		Document doc = parser.parse("""
				curriculum demo.leadership "Demo" version "1"
				theme landscape "" {
					objective ukPolicy " "
				}
				""");
		validation.assertError(doc, GoldthreadPackage.Literals.SECTION, GoldthreadIssueCodes.EMPTY_TEXT, "Empty title");
		validation.assertError(doc, GoldthreadPackage.Literals.ITEM, GoldthreadIssueCodes.EMPTY_TEXT, "Empty text");
	}

	@Test
	void aCourseMustSayWhichFrameworkItImplements() throws Exception {
		Document doc = parser.parse("""
				course uni.pg "PG"
				module m1 "M1" {
				}
				""");
		validation.assertError(doc, GoldthreadPackage.Literals.COURSE, GoldthreadIssueCodes.MISSING_FRAMEWORK, "does not say which framework");
	}

	@Test
	void anUnknownFrameworkIsReportedWithTheKnownOnes() throws Exception {
		Document doc = parser.parse("""
				course uni.pg "PG"
					implements nowhere.curriculum version "1"
				""");
		validation.assertError(doc, GoldthreadPackage.Literals.COURSE, GoldthreadIssueCodes.UNKNOWN_FRAMEWORK, "Unknown framework 'nowhere.curriculum'");
	}
}
