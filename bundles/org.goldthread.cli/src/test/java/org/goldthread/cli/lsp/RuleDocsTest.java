package org.goldthread.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Where the diagnostics' rule links point. */
class RuleDocsTest {

	@Test
	void linksToTheRulesSectionOfTheConfiguredBase() {
		RuleDocs docs = new RuleDocs("https://example.org/goldthread/rules.html#top");
		assertEquals("https://example.org/goldthread/rules.html#gt-cov-001", docs.href("GT-COV-001"));
		assertNull(new RuleDocs(" ").href("GT-COV-001"));
	}

	@Test
	void defaultsToTheInstallationsRulesDoc() throws Exception {
		String installed = RuleDocs.installedRulesDoc();
		assertTrue(installed != null && installed.startsWith("file:") && installed.endsWith("/docs/rules.md"), String.valueOf(installed));
		String rules = Files.readString(Path.of(java.net.URI.create(installed)));
		// every anchor the links use is a heading of docs/rules.md (GitHub-style anchors: the heading in lower case)
		for (String rule : new String[] { "GT-SYN-001", "GT-INT-001", "GT-COV-001", "GT-THR-002", "GT-ASM-003" }) {
			assertTrue(rules.contains("\n### " + rule + "\n"), rule);
			assertTrue(rules.contains("](#" + rule.toLowerCase() + ")"), rule);
		}
	}
}
