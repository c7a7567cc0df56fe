package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleCatalogueMarkdown;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.testing.Repository;
import org.junit.jupiter.api.Test;

/** The catalogue, the docs and the tests agree: no rule without a firing and a quiet test, no stale doc. */
class CatalogueAgreementTest {

	private static String testName(Rule rule) {
		return rule.id().replace('-', '_');
	}

	@Test
	void everyRuleHasAFiringAndAQuietTest() {
		Set<String> methods = Arrays.stream(RuleTests.class.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			for (String suffix : List.of("_fires", "_quiet")) {
				if (!methods.contains(testName(rule) + suffix)) {
					missing.add(testName(rule) + suffix);
				}
			}
		}
		assertEquals(List.of(), missing, "rules without tests");
	}

	@Test
	void everyRuleTestNamesARule() {
		Set<String> ids = Arrays.stream(Rule.values()).map(CatalogueAgreementTest::testName).collect(Collectors.toSet());
		Set<String> orphans = new TreeSet<>();
		for (Method m : RuleTests.class.getDeclaredMethods()) {
			if (m.getName().matches("GT_[A-Z]+_\\d{3}_(fires|quiet)") && !ids.contains(m.getName().replaceAll("_(fires|quiet)$", ""))) {
				orphans.add(m.getName());
			}
		}
		assertEquals(Set.of(), orphans, "tests named after rules that are not in the catalogue");
	}

	@Test
	void everyLanguageIssueCodeIsInTheCatalogue() throws IllegalAccessException {
		for (var field : GoldthreadIssueCodes.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				String code = (String) field.get(null);
				assertTrue(Rule.byId(code) != null && Rule.byId(code).origin() == Rule.Origin.LANGUAGE, code + " is not a language rule of the catalogue");
			}
		}
	}

	@Test
	void idsAreUniqueAndWellFormed() {
		Set<String> seen = new TreeSet<>();
		for (Rule rule : Rule.values()) {
			assertTrue(rule.id().matches("GT-[A-Z]{3}-\\d{3}"), rule.id());
			assertTrue(seen.add(rule.id()), "duplicate id " + rule.id());
			assertTrue(!rule.title().isBlank() && !rule.rationale().isBlank(), rule.id());
		}
	}

	@Test
	void docsAreGeneratedFromTheCatalogue() throws IOException {
		// the build never writes into the source tree: the catalogue's page is rendered here, into
		// target/, and docs/rules.md must be that page
		Path docs = repositoryRoot().resolve("docs/rules.md");
		Path rendered = Path.of("target/rules.md").toAbsolutePath();
		Files.createDirectories(rendered.getParent());
		Files.writeString(rendered, RuleCatalogueMarkdown.render(), StandardCharsets.UTF_8);
		assertTrue(Files.exists(docs), "docs/rules.md exists");
		assertEquals(RuleCatalogueMarkdown.render(), Files.readString(docs, StandardCharsets.UTF_8),
				"docs/rules.md is stale: the rule catalogue changed. Update it with: cp " + rendered + " " + docs);
		String text = Files.readString(docs, StandardCharsets.UTF_8);
		for (Rule rule : Rule.values()) {
			assertTrue(text.contains("### " + rule.id()), rule.id() + " is documented");
		}
	}

	static Path repositoryRoot() {
		return Repository.root();
	}
}
