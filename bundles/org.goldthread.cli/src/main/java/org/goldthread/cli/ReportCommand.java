package org.goldthread.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.Reports;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Checks courses and local plans like 'check' and writes validation reports: one file per course or plan and format,"
				+ " named after its id, plus an index when there are several." },
		footer = { "", "Formats (--format, comma-separated):",
				"  html   one self-contained page (no external requests, prints well), index.html",
				"  pdf    the same page as a PDF for accreditation panels, index.pdf",
				"  md     Markdown for pull requests and wikis, index.md",
				"  json   JSON as described by docs/report-schema.json, index.json (all reports)",
				"  junit  JUnit XML for CI test reports, in DIR/junit/TEST-<id>.xml (one test case per rule)",
				"  sarif  SARIF 2.1.0 for code-scanning tools, <id>.sarif",
				"  csv    the coverage matrix: one row per objective, one column per session; index.csv (UTF-8 with a byte order mark)",
				"  xlsx   a workbook: coverage, threads, assessment, findings and provenance sheets; index.xlsx",
				"Files of other documents (frameworks) are reported only when they have findings.",
				"Reports name no date unless SOURCE_DATE_EPOCH (seconds since 1970) is set: then they name that date, and the same",
				"sources give byte-identical reports.",
				"", "Examples:",
				"  goldthread report examples/ --format html,pdf --output reports/",
				"  goldthread report my.course --format junit,sarif --output build/goldthread --fail-on warning",
				"  goldthread report courses/ --format html,md,json,junit,sarif,csv,xlsx,pdf -o out/ --profile accreditation",
				"", "Exit codes: 0 no findings at or above --fail-on, 1 findings at or above --fail-on, 2 usage or I/O error, 3 internal error (--debug shows the trace)." })
class ReportCommand implements Callable<Integer> {

	@Mixin
	InputOptions inputs;

	@Option(names = { "-f", "--format" }, split = ",", paramLabel = "FORMAT", defaultValue = "html", converter = FormatConverter.class,
			completionCandidates = FormatConverter.Candidates.class,
			description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
	List<ReportFormat> formats;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR", description = "The folder to write the reports to (created when missing).")
	File output;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = CheckCommand.FailLevelConverter.class,
			description = "Exit with 1 when there are findings at or above this level: error, warning or none (default: ${DEFAULT-VALUE}).")
	FailLevel failOn;

	@Option(names = { "-q", "--quiet" }, description = "Print nothing but errors.")
	boolean quiet;

	@Option(names = "--csv-bom", negatable = true, defaultValue = "true", fallbackValue = "true",
			description = "Start CSV files with a UTF-8 byte order mark, so that Excel reads them as UTF-8 (default: on; --no-csv-bom leaves it out).")
	boolean csvBom;

	@Override
	public Integer call() {
		String date;
		try {
			date = RenderContext.sourceDate(System.getenv("SOURCE_DATE_EPOCH"));
		} catch (IllegalArgumentException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
		Path folder = OutputFolder.prepare(output);
		if (folder == null) {
			return 2;
		}
		List<CheckedFile> checked = inputs.run();
		if (checked == null) {
			return 2;
		}
		List<ConformanceReport> reports = Reports.reported(checked);
		Path cwd = Path.of("").toAbsolutePath();
		List<Path> inputPaths = new ArrayList<>(inputs.paths.stream().map(File::toPath).toList());
		RenderContext context = new RenderContext(RenderContext.baseFor(cwd, inputPaths), GoldthreadCommand.version(), csvBom, date);
		List<ReportFile> files = Reports.files(formats, reports, context);
		int written;
		try (OutputFolder.Run run = OutputFolder.Run.start(folder)) {
			if (run == null) {
				return 2;
			}
			for (ReportFile file : files) {
				byte[] bytes = render(file);
				if (bytes == null || !run.write(file.path(), bytes)) {
					System.err.println("goldthread: no report was written; " + Output.display(cwd, folder) + " is as it was");
					return 2;
				}
			}
			if (!run.commit()) {
				return 2;
			}
			written = run.count();
		}
		CheckSummary summary = CheckSummary.of(checked);
		if (!quiet) {
			for (ConformanceReport report : reports) {
				if (report.getDocumentId() != null) {
					System.out.println(Output.summary(report));
				}
			}
			System.out.println(summary.line() + "; " + written + " report file" + (written == 1 ? "" : "s") + " written to "
					+ Output.display(cwd, folder));
		}
		return summary.fails(failOn) ? 1 : 0;
	}

	/** The file's content, or null after printing why it could not be rendered. */
	private static byte[] render(ReportFile file) {
		try {
			return file.render();
		} catch (RuntimeException | StackOverflowError e) {
			System.err.println("goldthread: cannot render " + file.path() + ": " + e);
			return null;
		}
	}

	/** Parses one format name (html, pdf, md, json, junit, sarif, csv, xlsx). */
	static class FormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
		@Override
		public ReportFormat convert(String value) {
			ReportFormat format = ReportFormat.byKey(value);
			if (format == null) {
				throw new CommandLine.TypeConversionException("'" + value + "' is not a report format; use one of html, pdf, md, json, junit, sarif, csv, xlsx");
			}
			return format;
		}

		static class Candidates extends ArrayList<String> {
			private static final long serialVersionUID = 1L;

			Candidates() {
				for (ReportFormat f : ReportFormat.values()) {
					add(f.key());
				}
			}
		}
	}
}
