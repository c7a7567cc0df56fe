package org.goldthread.cli;

import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.goldthread.conformance.FindingCollector;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleExamples;
import org.goldthread.conformance.RuleCatalogueMarkdown;
import org.goldthread.conformance.RuleCategory;
import org.goldthread.model.Modality;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rule catalogue: every rule's id, severity (by the modality of what it checks) and title.",
		footer = { "", "Examples:", "  goldthread rules", "  goldthread rules GT-THR-004", "  goldthread rules --markdown > rules.md" })
class RulesCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", paramLabel = "ID", description = "Show these rules in full: rationale, modality, the curriculum passage, the severity under each profile, a failing and a fixed example, and the fix.")
	String[] ids = new String[0];

	@Option(names = "--markdown", description = "Print the whole catalogue as Markdown (as in docs/rules.md).")
	boolean markdown;

	@Override
	public Integer call() {
		if (markdown) {
			System.out.print(RuleCatalogueMarkdown.render());
			return 0;
		}
		if (ids.length == 0) {
			RuleCategory category = null;
			for (Rule rule : Rule.inCatalogueOrder()) {
				if (rule.category() != category) {
					System.out.println((category == null ? "" : "\n") + rule.category().title());
					category = rule.category();
				}
				System.out.printf("  %s  %-37s  %s%n", rule.id(), rule.severitiesBrief(), rule.title());
			}
			return 0;
		}
		int status = 0;
		for (String id : ids) {
			Rule rule = Rule.byId(id.toUpperCase());
			if (rule == null) {
				System.err.println("goldthread: no rule '" + id + "' (goldthread rules lists them)");
				status = 2;
				continue;
			}
			System.out.println(rule.id() + " — " + rule.title());
			System.out.println("  category: " + rule.category().title() + "; severity: " + rule.severities());
			System.out.println("  " + rule.rationale());
			System.out.println("  modality: " + (rule.enforces() != null ? rule.enforces() : rule.basis().label()));
			if (rule.passage() != null) {
				System.out.println("  curriculum: “" + rule.passage() + "”");
			}
			System.out.println("  severity " + (rule.concernsAdviceOnly() ? "(the pathway advises it)" : "for a required element")
					+ ", by profile: " + bySeverity(rule));
			RuleExamples.Example example = RuleExamples.of(rule);
			if (example != null) {
				System.out.println("  example (a change to " + example.file() + "):");
				snippet("    fails:  ", example.failing());
				snippet("    fixed:  ", example.fixed());
				System.out.println("  fix: " + example.fix());
			}
		}
		return status;
	}

	/**
	 * The profiles' severities for the rule, as the engine reports them (bounded as {@link FindingCollector#severity}
	 * bounds them: a heuristic is a warning at most), on an element the framework requires, or for a rule that
	 * only ever concerns advice (a pathway's advised assessment), on an advised one: e.g. "default warning,
	 * accreditation error, cpd warning".
	 */
	static String bySeverity(Rule rule) {
		Modality modality = rule.concernsAdviceOnly() ? Modality.ADVISED : Modality.REQUIRED;
		StringJoiner out = new StringJoiner(", ");
		for (String name : PROFILES) {
			out.add(name + " " + Profile.builtIn(name).severity(rule).map(base -> FindingCollector.severity(rule, base, modality).getLiteral())
					.orElse("off"));
		}
		return out.toString();
	}

	static final List<String> PROFILES = List.of("default", "accreditation", "cpd");

	/** A snippet of a course, one line after the label and the rest under it; "(removed)" for nothing. */
	private static void snippet(String label, String text) {
		List<String> lines = text.strip().lines().map(String::strip).toList();
		if (lines.isEmpty()) {
			System.out.println(label + "(the text below removed)");
			return;
		}
		String indent = " ".repeat(label.length());
		for (int i = 0; i < lines.size(); i++) {
			System.out.println((i == 0 ? label : indent) + lines.get(i));
		}
	}
}
