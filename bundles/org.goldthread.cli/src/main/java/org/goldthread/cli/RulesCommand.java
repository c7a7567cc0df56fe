package org.goldthread.cli;

import java.util.concurrent.Callable;

import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleCatalogueMarkdown;
import org.goldthread.conformance.RuleCategory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rule catalogue: every rule's id, severity (by the modality of what it checks) and title.",
		footer = { "", "Examples:", "  goldthread rules", "  goldthread rules GT-THR-004", "  goldthread rules --markdown > rules.md" })
class RulesCommand implements Callable<Integer> {

	@Parameters(arity = "0..*", paramLabel = "ID", description = "Show these rules in full (rationale and the curriculum passage).")
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
			for (Rule rule : Rule.values()) {
				if (rule.category() != category) {
					category = rule.category();
					System.out.println((category == RuleCategory.SYNTAX ? "" : "\n") + category.title());
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
		}
		return status;
	}
}
