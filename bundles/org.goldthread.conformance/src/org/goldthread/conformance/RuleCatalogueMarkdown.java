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
				.append("`goldthread.properties` and the tests (`RuleTests.<ID>_fires` / `_quiet`) use. The numbers a rule checks ")
				.append("(teaching days, study days, formats, threads, outcomes, assessments) are read from the framework the course ")
				.append("implements; the passages quote the CYP MH Leadership curriculum.\n\n");
		md.append("**The framework's own words decide the severity.** A framework states per element how strongly it applies ")
				.append("(`required`, `advised`, `example`, `guidance`; see docs/language.md): a rule that checks a requirement ")
				.append("reports an error where the element is required, a warning where it is advised, and at most information ")
				.append("where it is an example or guidance; each finding's message names the modality (\"required by the ")
				.append("curriculum: “…”\", \"advised by …\", \"listed as an example in …\"). A rule that reads how well a ")
				.append("requirement is met (a thread's spread, partial coverage) warns; a check of Goldthread's own with no ")
				.append("sentence of the framework behind it is never more than a warning. Only the rules about the document ")
				.append("itself (syntax, ids, references) give errors of their own. A profile can tighten, never beyond that ")
				.append("(see [profiles](#profiles)).\n\n");
		md.append("| id | rule | severity | category |\n|---|---|---|---|\n");
		java.util.List<Rule> rules = Rule.inCatalogueOrder();
		for (Rule rule : rules) {
			md.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase()).append(") | ").append(rule.title())
					.append(" | ").append(rule.severitiesBrief()).append(" | ").append(rule.category().title()).append(" |\n");
		}
		RuleCategory category = null;
		for (Rule rule : rules) {
			if (rule.category() != category) {
				category = rule.category();
				md.append("\n## ").append(category.title()).append("\n");
			}
			md.append("\n### ").append(rule.id()).append("\n\n");
			md.append("**").append(rule.title()).append("** — severity: ").append(rule.severities())
					.append("; reported by ").append(rule.origin() == Rule.Origin.ENGINE ? "the conformance engine" : "the language")
					.append(".\n\n");
			md.append(rule.rationale()).append("\n");
			md.append("\nModality: ").append(rule.enforces() != null ? rule.enforces() : rule.basis().label()).append(".\n");
			if (rule.passage() != null) {
				md.append("\n> ").append(rule.passage()).append("\n");
			}
			RuleExamples.Example example = RuleExamples.of(rule);
			if (example != null) {
				md.append("\nExample, a change to `").append(example.file()).append("` that makes the rule fire:\n\n");
				md.append(example.failing().isBlank() ? "- fails: without the lines below\n" : "- fails:\n" + snippet(example.failing()));
				md.append("- fixed:\n").append(snippet(example.fixed()));
				md.append("- fix: ").append(example.fix()).append("\n");
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
		md.append("- **accreditation**: the readings of what the framework requires (rules whose severity is a ")
				.append(Severity.WARNING.getLiteral()).append(" where required) are errors, for required elements only; ")
				.append("advised elements, examples, guidance and Goldthread's own checks (modules, hours, credits, weights, ")
				.append("owners) never become errors; anything still marked `tbc` (GT-INT-010) is an error.\n");
		md.append("- **cpd**: assessment findings are information only (as on a pathway where formal assessment is advisory), for a course on the CPD pathway or one that names no pathway; a course that names `pathway pgcert` is still held to the assessments that pathway requires.\n\n");
		md.append("A severity set in the settings file (`rule.<id> = …`) is the rule's severity for a required element; an ")
				.append("advised element is reported one step lower, and the same bounds hold: `rule.GT-THR-003 = error` leaves ")
				.append("GT-THR-003 a warning, and a requirement rule is an error only for a required element.\n");
		return md.toString();
	}

	/** A piece of a course as an indented code block in a list item, each line without its leading tabs. */
	private static String snippet(String text) {
		StringBuilder md = new StringBuilder("\n  ```\n");
		text.strip().lines().forEach(line -> md.append("  ").append(line.strip()).append("\n"));
		return md.append("  ```\n\n").toString();
	}
}
