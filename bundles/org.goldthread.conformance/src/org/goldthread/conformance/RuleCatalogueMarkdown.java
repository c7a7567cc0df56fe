package org.goldthread.conformance;

import org.goldthread.model.findings.Severity;

/** docs/rules.md, rendered from the {@link Rule} catalogue (a test checks the file against it; never edit the file by hand). */
public final class RuleCatalogueMarkdown {

	private RuleCatalogueMarkdown() {
	}

	public static String render() {
		StringBuilder md = new StringBuilder();
		md.append("# Goldthread rule catalogue\n\n");
		md.append("<!-- Generated from org.goldthread.conformance.Rule by the build (bundles/org.goldthread.cli). Do not edit. -->\n\n");
		md.append("Every finding Goldthread reports comes from one of these rules. The id is what markers, reports, ")
				.append("`goldthread.properties` and the tests (`RuleTests.<ID>_fires` / `_quiet`) use. Severities are the defaults; ")
				.append("a profile can change them (see [profiles](#profiles)). The numbers a rule checks (teaching days, study days, ")
				.append("formats, threads, outcomes, required assessments) are read from the framework the course implements; ")
				.append("the passages quote the CYP MH Leadership curriculum.\n\n");
		md.append("| id | rule | severity | category |\n|---|---|---|---|\n");
		for (Rule rule : Rule.values()) {
			md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase()).append(") | ").append(rule.title())
					.append(" | ").append(rule.defaultSeverity().getLiteral()).append(" | ").append(rule.category().title()).append(" |\n");
		}
		RuleCategory category = null;
		for (Rule rule : Rule.values()) {
			if (rule.category() != category) {
				category = rule.category();
				md.append("\n## ").append(category.title()).append("\n");
			}
			md.append("\n### ").append(rule.id()).append("\n\n");
			md.append("**").append(rule.title()).append("** — default severity: ").append(rule.defaultSeverity().getLiteral())
					.append("; reported by ").append(rule.origin() == Rule.Origin.ENGINE ? "the conformance engine" : "the language")
					.append(".\n\n");
			md.append(rule.rationale()).append("\n");
			if (rule.passage() != null) {
				md.append("\n> ").append(rule.passage()).append("\n");
			}
		}
		md.append("\n## Profiles\n\n");
		md.append("A `goldthread.properties` file in a course's folder (or the nearest parent folder) sets the profile, ")
				.append("severities and thresholds; `--profile` overrides it on the command line.\n\n");
		md.append("```properties\nprofile = accreditation          # default | accreditation | cpd\n")
				.append("rule.GT-ASM-003 = error          # error | warning | info | off\n")
				.append("threads.minDayShare = 0.33       # share of teaching days each golden thread must appear in\n")
				.append("threads.everyModule = true       # each golden thread in every module\n```\n\n");
		md.append("- **default**: the severities above; a third of the teaching days for \"throughout the programme\".\n");
		md.append("- **accreditation**: every ").append(Severity.WARNING.getLiteral())
				.append(" of the conformance engine is an error.\n");
		md.append("- **cpd**: assessment findings are information only (as on a pathway where formal assessment is advisory).\n");
		return md.toString();
	}
}
