package org.goldthread.reports;

import java.util.List;

import org.goldthread.model.findings.ConformanceReport;

/**
 * Renders conformance reports in one format. Pure: model in, bytes out; it writes no files and
 * reads no clock, so the same report renders to the same bytes every time ({@link AtomicWriter}
 * puts them on disk).
 */
public interface ReportRenderer {

	ReportFormat format();

	/** The report of one checked document (course, plan, or a framework with findings). */
	byte[] render(ConformanceReport report, RenderContext context);

	/**
	 * A summary of several reports (one line per document, linking to each report's file as named by
	 * {@link ReportNames#fileNames}); formats whose consumers merge per-document files themselves (JUnit,
	 * SARIF) render all reports in one file.
	 */
	byte[] renderIndex(List<ConformanceReport> reports, RenderContext context);
}
