package org.goldthread.reports.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportNames;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.csv.CsvCoverageRenderer;
import org.goldthread.reports.docs.DocsSiteRenderer;
import org.goldthread.reports.html.HtmlReportRenderer;
import org.goldthread.reports.json.JsonReportRenderer;
import org.goldthread.reports.junit.JUnitXmlRenderer;
import org.goldthread.reports.markdown.MarkdownReportRenderer;
import org.goldthread.reports.pdf.PdfReportRenderer;
import org.goldthread.reports.sarif.SarifRenderer;
import org.goldthread.reports.xlsx.XlsxReportRenderer;
import org.goldthread.reports.pack.SubmissionPackRenderer;

/**
 * The renderer of each format, which checked documents get a report, and how report files are
 * named and laid out. The command line ({@code goldthread report}, {@code goldthread docs}) and the
 * Maven plugin ({@code report}, {@code docs} goals) both write exactly the files listed here.
 */
public final class Reports {

	/** The subfolder of the output folder that JUnit XML goes into, where CI test-report collectors look for it. */
	public static final String JUNIT_FOLDER = "junit";

	private Reports() {
	}

	public static ReportRenderer renderer(ReportFormat format) {
		return switch (format) {
			case HTML -> new HtmlReportRenderer();
			case PDF -> new PdfReportRenderer();
			case MD -> new MarkdownReportRenderer();
			case JSON -> new JsonReportRenderer();
			case JUNIT -> new JUnitXmlRenderer();
			case SARIF -> new SarifRenderer();
			case CSV -> new CsvCoverageRenderer();
			case XLSX -> new XlsxReportRenderer();
			case PACK -> new SubmissionPackRenderer();
		};
	}

	/**
	 * The reports of the checked files that get one, in order: every course and local plan, and other
	 * documents (curricula, frameworks) only when they have findings.
	 */
	public static List<ConformanceReport> reported(List<CheckedFile> checked) {
		List<ConformanceReport> reports = new ArrayList<>();
		for (CheckedFile file : checked) {
			if (file.document() instanceof Course || file.document() instanceof LocalPlan || !file.report().getFindings().isEmpty()) {
				reports.add(file.report());
			}
		}
		return reports;
	}

	/**
	 * The report files of {@code reports} in {@code formats}, in order: for each format (once each),
	 * one file per report named by {@link ReportNames#fileNames} ({@code <id>.<ext>}; JUnit XML as
	 * {@code junit/TEST-<id>.xml}), then, when there are several reports and the format has one, the
	 * index ({@code index.<ext>}). The submission pack is three files per report ({@code <id>.pack.html},
	 * {@code .pack.pdf}, {@code .pack.docx}), for courses only.
	 */
	public static List<ReportFile> files(Collection<ReportFormat> formats, List<ConformanceReport> reports, RenderContext context) {
		List<ReportFile> files = new ArrayList<>();
		for (ReportFormat format : new LinkedHashSet<>(formats)) {
			ReportRenderer renderer = renderer(format);
			// the submission pack is about a course: plans and frameworks get none
			List<ConformanceReport> subjects = format == ReportFormat.PACK
					? reports.stream().filter(r -> r.getDocument() instanceof Course).toList() : reports;
			List<String> names = ReportNames.fileNames(subjects);
			String folder = format == ReportFormat.JUNIT ? JUNIT_FOLDER + "/" : "";
			String prefix = format == ReportFormat.JUNIT ? "TEST-" : "";
			for (int i = 0; i < subjects.size(); i++) {
				ConformanceReport report = subjects.get(i);
				if (renderer instanceof SubmissionPackRenderer pack) {
					// the pack is three files: HTML, PDF and Word
					for (String extension : SubmissionPackRenderer.EXTENSIONS) {
						files.add(new ReportFile(names.get(i) + "." + extension, () -> pack.render(report, context, extension)));
					}
					continue;
				}
				files.add(new ReportFile(folder + prefix + names.get(i) + "." + format.extension(), () -> renderer.render(report, context)));
			}
			if (subjects.size() > 1 && hasIndex(format)) {
				List<ConformanceReport> all = List.copyOf(subjects);
				files.add(new ReportFile(folder + "index." + format.extension(), () -> renderer.renderIndex(all, context)));
			}
		}
		return files;
	}

	/** JUnit and SARIF consumers merge per-document files themselves: a combined file would count every finding twice. */
	public static boolean hasIndex(ReportFormat format) {
		return format != ReportFormat.JUNIT && format != ReportFormat.SARIF;
	}

	/**
	 * The documentation site of the checked files' documents ({@link DocsSiteRenderer}; the
	 * frameworks their courses and plans implement are documented with them), rendered: page paths
	 * from the site's root to UTF-8 HTML ({@code index.html} among them), in a stable order.
	 */
	public static List<ReportFile> docsSite(List<CheckedFile> checked, RenderContext context) {
		List<Document> documents = checked.stream().map(CheckedFile::document).filter(Objects::nonNull).toList();
		List<ReportFile> pages = new ArrayList<>();
		for (Map.Entry<String, String> page : new DocsSiteRenderer().render(documents, context).entrySet()) {
			byte[] html = page.getValue().getBytes(StandardCharsets.UTF_8);
			pages.add(new ReportFile(page.getKey(), () -> html));
		}
		return pages;
	}
}
