package org.goldthread.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;
import org.goldthread.reports.output.Reports;
import org.goldthread.reports.ReportNames;

/**
 * The Goldthread page of a Maven site, written to Doxia's sink (the site plugin puts it in the
 * site's skin): a summary line, a table of the reported documents (verdict, finding counts, the
 * framework implemented, links to the full report and the course handbook), the findings with their
 * fix hints, and links to the full reports and the documentation site.
 */
final class SitePage extends AbstractMavenReportRenderer {

	private final List<CheckedFile> checked;
	private final Path baseDir;
	private final List<String> reportPaths;
	private final List<String> docPaths;

	/**
	 * {@code reportPaths} and {@code docPaths}: the files written into the site (relative to its
	 * root), which the page links where they exist.
	 */
	SitePage(Sink sink, List<CheckedFile> checked, Path baseDir, List<String> reportPaths, List<String> docPaths) {
		super(sink);
		this.checked = checked;
		this.baseDir = baseDir;
		this.reportPaths = reportPaths;
		this.docPaths = docPaths;
	}

	@Override
	public String getTitle() {
		return "Goldthread conformance";
	}

	@Override
	protected void renderBody() {
		List<ConformanceReport> reports = Reports.reported(checked);
		List<String> names = ReportNames.fileNames(reports);

		startSection(getTitle());
		paragraph("Goldthread checked the project's Goldthread files (courses, local plans, curricula and frameworks) against the curricula and "
				+ "frameworks they implement: " + CheckSummary.of(checked).line() + ".");
		if (reports.isEmpty()) {
			paragraph("No course or local plan to report, and no framework with findings.");
		} else {
			startTable();
			tableHeader(new String[] {"Document", "Implements", "Verdict", "Errors", "Warnings", "Info", "Full report", "Handbook"});
			for (int i = 0; i < reports.size(); i++) {
				ConformanceReport report = reports.get(i);
				sink.tableRow();
				tableCell(report.getDocumentId() + (report.getDocumentTitle() == null ? "" : " (" + report.getDocumentTitle() + ")"));
				tableCell(report.getFramework() == null ? "" : report.getFramework().getName() + " " + report.getFramework().getVersion());
				tableCell(report.getVerdict().getLiteral());
				tableCell(Integer.toString(report.count(Severity.ERROR)));
				tableCell(Integer.toString(report.count(Severity.WARNING)));
				tableCell(Integer.toString(report.count(Severity.INFO)));
				String full = SiteReportMojo.REPORTS_FOLDER + "/" + names.get(i) + ".html";
				linkCell(reportPaths.contains(full) ? full : null, "report");
				linkCell(handbook(report), "handbook");
				sink.tableRow_();
			}
			endTable();
		}
		List<String> links = new ArrayList<>();
		if (reportPaths.contains(SiteReportMojo.REPORTS_FOLDER + "/index.html")) {
			links.add(SiteReportMojo.REPORTS_FOLDER + "/index.html");
		}
		sink.paragraph();
		if (!links.isEmpty()) {
			link(links.get(0), "All reports");
			text(" (the standalone HTML reports: coverage matrix, thread weave, findings). ");
		}
		if (docPaths.contains(SiteReportMojo.DOCS_FOLDER + "/index.html")) {
			link(SiteReportMojo.DOCS_FOLDER + "/index.html", "Documentation site");
			text(": the course handbooks and the pages of the curricula and frameworks they implement.");
		}
		sink.paragraph_();
		endSection();

		startSection("Findings");
		int count = 0;
		for (CheckedFile file : checked) {
			count += file.report().getFindings().size();
		}
		if (count == 0) {
			paragraph("No findings.");
		} else {
			startTable();
			tableHeader(new String[] {"File", "Severity", "Rule", "Finding", "How to fix"});
			for (CheckedFile file : checked) {
				for (Finding f : file.report().getFindings()) {
					int line = f.getLocation() == null ? 1 : Math.max(1, f.getLocation().getLine());
					tableRow(new String[] {shown(file.path()) + ":" + line, f.getSeverity().getLiteral(), f.getRuleId(), f.getMessage(),
							f.getFixHint() == null ? "" : f.getFixHint().strip()});
				}
			}
			endTable();
		}
		endSection();
	}

	/** The handbook page of a course in the documentation site, or null when there is none. */
	private String handbook(ConformanceReport report) {
		if (!(report.getDocument() instanceof Course course) || course.getName() == null) {
			return null;
		}
		String page = SiteReportMojo.DOCS_FOLDER + "/courses/" + ReportNames.safeName(course.getName()) + ".html";
		return docPaths.contains(page) ? page : null;
	}

	private void linkCell(String href, String text) {
		sink.tableCell();
		if (href != null) {
			link(href, text);
		}
		sink.tableCell_();
	}

	private String shown(Path path) {
		Path base = baseDir.toAbsolutePath().normalize();
		Path absolute = path.toAbsolutePath().normalize();
		return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
	}
}
