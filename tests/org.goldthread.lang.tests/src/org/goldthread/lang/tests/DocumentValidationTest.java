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
