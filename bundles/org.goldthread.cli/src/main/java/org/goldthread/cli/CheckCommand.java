package org.goldthread.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.model.Course;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
		description = { "Checks courses and local plans against the frameworks they implement, and every file against the language's rules.",
				"Prints findings like a compiler (file:line:col: severity RULE message) and a summary per course or plan." },
		footer = { "", "Examples:", "  goldthread check examples/", "  goldthread check my.course --framework local/curriculum.curriculum --fail-on warning",
				"  goldthread check --explain examples/eastfield/   (the passage and the fix under each finding)",
				"", "Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage or I/O error, 3 internal error (--debug shows the trace)." })
class CheckCommand implements Callable<Integer> {

	@Mixin
	InputOptions inputs;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailLevelConverter.class,
			description = "Exit with 1 when there are findings at or above this level: error, warning or none (default: ${DEFAULT-VALUE}).")
	FailLevel failOn;

	@Option(names = { "-q", "--quiet" }, description = "Print only the summaries, not each finding.")
	boolean quiet;

	@Option(names = { "-v", "--explain" }, description = "Print under each finding the framework passage it checks and how to fix it.")
	boolean explain;

	@Mixin
	Colors colors;

	/** Parses --fail-on: error, warning or none. */
	static class FailLevelConverter implements CommandLine.ITypeConverter<FailLevel> {
		@Override
		public FailLevel convert(String value) {
			FailLevel level = FailLevel.byKey(value);
			if (level == null) {
				throw new CommandLine.TypeConversionException("'" + value + "' is not a level; use " + FailLevel.KEYS);
			}
			return level;
		}
	}

	@Override
	public Integer call() {
		PrintStream out = System.out;
		Path cwd = Path.of("").toAbsolutePath();
		List<String> summaries = new ArrayList<>();
		CheckSummary[] summary = { CheckSummary.NONE };
		// each file is printed as soon as it is checked and then let go: memory stays flat in the number of courses
		boolean ran = inputs.run(file -> {
			ConformanceReport report = file.report();
			if (!quiet) {
				for (Finding f : report.getFindings()) {
					out.println(Output.finding(cwd, file.path(), f, colors, explain));
				}
			}
			if (file.document() instanceof Course || file.document() instanceof LocalPlan) {
				summaries.add(Output.summary(report, colors));
			}
			summary[0] = summary[0].with(report);
		}, true);
		if (!ran) {
			return 2;
		}
		if (!summaries.isEmpty()) {
			out.println();
			summaries.forEach(out::println);
		}
		out.println();
		out.println(summary[0].line());
		return summary[0].fails(failOn) ? 1 : 0;
	}
}
