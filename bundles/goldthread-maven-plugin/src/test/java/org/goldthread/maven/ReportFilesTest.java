package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The files the report and docs goals write: those {@code org.goldthread.reports.Reports} lists, as
 * for the command line, rendered outside OSGi on the plugin's own class path (j2html, openhtmltopdf,
 * Jackson, Commons CSV, the DejaVu fonts).
 */
class ReportFilesTest {

	private static List<CheckedFile> checked;
	private static final RenderContext CONTEXT = new RenderContext(Examples.ROOT, "1.2.3");

	@BeforeAll
	static void check() {
		checked = Examples.check(Examples.NORTHTOWN, Examples.EASTFIELD, Examples.PLAN);
	}

	@Test
	void everyFormatHasAFilePerDocumentAndAnIndexExceptJUnitAndSarif() {
		List<ReportFile> files = Reports.files(List.of(ReportFormat.values()), Reports.reported(checked), CONTEXT);
		List<String> paths = files.stream().map(ReportFile::path).toList();
		for (String id : List.of("northtown.pgcertLeadership", "eastfield.pgcertLeadership", "northtown.inpatientWorkforce")) {
			for (String ext : List.of("html", "pdf", "md", "json", "sarif", "csv", "xlsx")) {
				assertTrue(paths.contains(id + "." + ext), id + "." + ext + " in " + paths);
			}
			assertTrue(paths.contains("junit/TEST-" + id + ".xml"), paths.toString());
		}
		for (String ext : List.of("html", "pdf", "md", "json", "csv", "xlsx")) {
			assertTrue(paths.contains("index." + ext), paths.toString());
		}
		// the submission pack: three files per course (not for the plan), and an index
		for (String ext : List.of("pack.html", "pack.pdf", "pack.docx")) {
			assertTrue(paths.contains("eastfield.pgcertLeadership." + ext), paths.toString());
		}
		assertTrue(!paths.contains("northtown.inpatientWorkforce.pack.html") && paths.contains("index.pack.html"), paths.toString());
		assertEquals(3 * 8 + 6 + 2 * 3 + 1, paths.size(), paths.toString());
	}

	@Test
	void theRenderersRunOnThePluginsClassPath() {
		Map<String, ReportFile> files = Reports.files(List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.SARIF), Reports.reported(checked), CONTEXT)
				.stream().collect(Collectors.toMap(ReportFile::path, Function.identity()));
		String html = new String(files.get("eastfield.pgcertLeadership.html").render(), StandardCharsets.UTF_8);
		assertTrue(html.contains("Does not conform") && html.contains("GT-DEL-001") && html.contains("eastfield/eastfield-pgcert.course"), html);
		byte[] pdf = files.get("northtown.pgcertLeadership.pdf").render();
		assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
		String sarif = new String(files.get("eastfield.pgcertLeadership.sarif").render(), StandardCharsets.UTF_8);
		assertTrue(sarif.contains("\"version\": \"2.1.0\"") && sarif.contains("\"ruleId\": \"GT-DEL-001\""), sarif.substring(0, 300));
	}

	@Test
	void theDocsSiteHasAnIndexAHandbookPerCourseAndTheFrameworkItImplements() {
		List<String> pages = Reports.docsSite(checked, CONTEXT).stream().map(ReportFile::path).toList();
		assertTrue(pages.contains("index.html"), pages.toString());
		assertTrue(pages.contains("courses/northtown.pgcertLeadership.html"), pages.toString());
		assertTrue(pages.contains("plans/northtown.inpatientWorkforce.html"), pages.toString());
		assertTrue(pages.contains("frameworks/cypmh.leadership/index.html"), pages.toString());
	}
}
