package org.goldthread.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.output.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "docs", mixinStandardHelpOptions = true,
		description = { "Generates human documentation from Goldthread sources, as a static HTML site that works offline:",
				"for a curriculum or framework, an overview and one page per theme (objectives, content ideas), the golden threads,"
						+ " assessment and appendices; for a course, a handbook (modules, days, sessions, what each covers, assessments)"
						+ " linking every item it meets to the framework's pages, which are generated with it." },
		footer = { "", "Examples:",
				"  goldthread docs examples/northtown/ --output site/",
				"  goldthread docs local/curriculum.curriculum --output docs/curriculum",
				"  goldthread docs my.course --framework local/curriculum.curriculum -o handbook/",
				"", "Open DIR/index.html in a browser.",
				"", "Exit codes: 0 no findings at or above --fail-on, 1 findings at or above --fail-on, 2 usage or I/O error, 3 internal error (--debug shows the trace)." })
class DocsCommand implements Callable<Integer> {

	@Mixin
	InputOptions inputs;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the site to (created when missing).")
	File output;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = CheckCommand.FailLevelConverter.class,
			description = "Exit with 1 when the sources have findings at or above this level: error, warning or none (default: ${DEFAULT-VALUE}).")
	FailLevel failOn;

	@Option(names = { "-q", "--quiet" }, description = "Print nothing but errors.")
	boolean quiet;

	@Override
	public Integer call() {
		Path folder = OutputFolder.prepare(output);
		if (folder == null) {
			return 2;
		}
		List<CheckedFile> checked = inputs.run();
		if (checked == null) {
			return 2;
		}
		Path cwd = Path.of("").toAbsolutePath();
		List<ReportFile> pages;
		try {
			pages = Reports.docsSite(checked, new RenderContext(cwd, GoldthreadCommand.version()));
		} catch (RuntimeException | StackOverflowError e) {
			System.err.println("goldthread: cannot generate the documentation: " + e);
			return 2;
		}
		try (OutputFolder.Run run = OutputFolder.Run.start(folder)) {
			if (run == null) {
				return 2;
			}
			for (ReportFile page : pages) {
				if (!run.write(page.path(), page.render())) {
					System.err.println("goldthread: no page was written; " + Output.display(cwd, folder) + " is as it was");
					return 2;
				}
			}
			if (!run.commit()) {
				return 2;
			}
		}
		CheckSummary summary = CheckSummary.of(checked);
		if (!quiet) {
			System.out.println(summary.line() + "; " + pages.size() + " page" + (pages.size() == 1 ? "" : "s") + " written to "
					+ Output.display(cwd, folder) + " (open " + Output.display(cwd, folder.resolve("index.html")) + ")");
		}
		return summary.fails(failOn) ? 1 : 0;
	}
}
