package org.goldthread.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks courses and local plans against the frameworks they implement, and every file against the language's rules.",
				"Prints findings like a compiler (file:line:col: severity RULE message) and a summary per course or plan." },
		footer = { "", "Examples:", "  goldthread check examples/", "  goldthread check my.course --framework local/curriculum.curriculum --fail-on warning",
				"", "Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage or I/O error." })
class CheckCommand implements Callable<Integer> {

	@Mixin
	InputOptions inputs;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
			description = "Exit with 1 when there are findings at or above this level: error, warning or none (default: ${DEFAULT-VALUE}).")
	FailLevel failOn;

	@Option(names = { "-q", "--quiet" }, description = "Print only the summaries, not each finding.")
	boolean quiet;

	enum FailLevel {
		error, warning, none
	}

	@Override
	public Integer call() {
		List<CheckedFile> checked = inputs.run();
		if (checked == null) {
			return 2;
		}
		PrintStream out = System.out;
		Path cwd = Path.of("").toAbsolutePath();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		List<String> summaries = new ArrayList<>();
		for (CheckedFile file : checked) {
			ConformanceReport report = file.report();
			if (!quiet) {
				for (Finding f : report.getFindings()) {
					out.println(Output.compilerLine(cwd, file.path(), f));
				}
			}
			errors += report.count(Severity.ERROR);
			warnings += report.count(Severity.WARNING);
			infos += report.count(Severity.INFO);
			if (file.document() instanceof Course || file.document() instanceof LocalPlan) {
				summaries.add(Output.summary(report));
			}
		}
		if (!summaries.isEmpty()) {
			out.println();
			summaries.forEach(out::println);
		}
		out.println();
		out.println(checked.size() + " file" + (checked.size() == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s")
				+ ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info");
		boolean fail = failOn != FailLevel.none && (errors > 0 || (failOn == FailLevel.warning && warnings > 0));
		return fail ? 1 : 0;
	}
}
