package org.goldthread.reports.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.html.HtmlReportRenderer;
import org.goldthread.reports.pdf.PdfReportRenderer;

/**
 * {@code --format pack}: the submission pack ({@link SubmissionPack}) of each course in three files,
 * {@code <id>.pack.html}, {@code <id>.pack.pdf} (PDF/UA, laid out from the HTML like the report) and
 * {@code <id>.pack.docx} (for panels who annotate in Word). {@link #render} gives the HTML, the
 * others {@link #renderPdf} and {@link #renderDocx}; the index lists the packs like the report index.
 */
public class SubmissionPackRenderer implements ReportRenderer {

	/** The extensions of the pack's three files, in the order they are written. */
	public static final List<String> EXTENSIONS = List.of("pack.html", "pack.pdf", "pack.docx");

	@Override
	public ReportFormat format() {
		return ReportFormat.PACK;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return PackHtml.render(SubmissionPack.of(report, context), context, false).getBytes(StandardCharsets.UTF_8);
	}

	/** The pack as a tagged PDF (PDF/UA-1). */
	public byte[] renderPdf(ConformanceReport report, RenderContext context) {
		return PdfReportRenderer.fromHtml(renderPdfText(report, context));
	}

	/** The page the PDF is laid out from: the HTML page with the PDF's bookmarks in its head. */
	public String renderPdfText(ConformanceReport report, RenderContext context) {
		return PackHtml.render(SubmissionPack.of(report, context), context, true);
	}

	/** The pack as a Word document. */
	public byte[] renderDocx(ConformanceReport report, RenderContext context) {
		return DocxWriter.write(SubmissionPack.of(report, context), context);
	}

	/** The file of one extension of {@link #EXTENSIONS}. */
	public byte[] render(ConformanceReport report, RenderContext context, String extension) {
		return switch (extension) {
			case "pack.html" -> render(report, context);
			case "pack.pdf" -> renderPdf(report, context);
			case "pack.docx" -> renderDocx(report, context);
			default -> throw new IllegalArgumentException("no pack file ends in ." + extension);
		};
	}

	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		return new HtmlReportRenderer().renderIndexText(reports, context, ReportFormat.PACK).getBytes(StandardCharsets.UTF_8);
	}
}
