package org.goldthread.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.html.HtmlReportRenderer;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;

/**
 * The report as a PDF for accreditation panels: the HTML report's own page (it is well-formed
 * XML), laid out by openhtmltopdf with the stylesheet's print rules (A4 landscape, page numbers,
 * repeated table headers). Right-to-left text is reordered and shaped with ICU.
 *
 * <p>Fonts: DejaVu Sans (regular, bold, oblique) and DejaVu Sans Mono are embedded (subset) when
 * they are on the class path (from Maven Central's {@code net.sf.jasperreports:jasperreports-fonts});
 * they cover Latin, Greek, Cyrillic, Hebrew, Arabic and many symbols and emoji (in one colour).
 * Without them the PDF falls back to the standard PDF fonts, which show only Western European text.
 * Scripts DejaVu lacks (CJK, Indic) show as placeholder glyphs; the text layer still holds them.
 *
 * <p>The output is byte-stable: no creation date, and a document id derived from the content.
 */
public class PdfReportRenderer implements ReportRenderer {

	/** Where the fonts live on the class path. */
	public static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";

	/**
	 * PDFBox warns once per standard PDF font that no system font matches it (openhtmltopdf registers
	 * all fourteen; the reports use the embedded DejaVu fonts). Held here: JUL keeps loggers weakly.
	 */
	private static final Logger PDFBOX_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

	static {
		PDFBOX_FONTS.setLevel(Level.SEVERE);
	}

	private final HtmlReportRenderer html = new HtmlReportRenderer();

	@Override
	public ReportFormat format() {
		return ReportFormat.PDF;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return fromHtml(html.renderPdfText(report, context));
	}

	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		return fromHtml(html.renderIndexText(reports, context, ReportFormat.PDF));
	}

	/** Whether the DejaVu fonts are available (otherwise only Western European text shows). */
	public static boolean fontsAvailable() {
		try (InputStream in = openFont("DejaVuSans.ttf")) {
			return in != null;
		} catch (IOException e) {
			return false;
		}
	}

	/** Lays out a well-formed (X)HTML page as PDF. */
	public static byte[] fromHtml(String xhtml) {
		XRLog.setLoggingEnabled(false);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.defaultTextDirection(PdfRendererBuilder.TextDirection.LTR);
		builder.withProducer("Goldthread (openhtmltopdf)");
		builder.usePdfUaAccessibility(true);
		DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
		drawers.registerDrawer(HtmlReportRenderer.PDF_CHART_TYPE, new SvgChartDrawer());
		builder.useObjectDrawerFactory(drawers);
		if (fontsAvailable()) {
			font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
			font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
			font(builder, "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC);
			font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
			font(builder, "DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700, FontStyle.NORMAL);
		}
		builder.withHtmlContent(xhtml, null);
		PDDocument document = new PDDocument();
		document.getDocument().getTrailer().setItem(COSName.ID, documentId(xhtml));
		builder.usePDDocument(document);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.layout();
			renderer.createPDFWithoutClosing();
			PDDocument pdf = renderer.getPdfDocument();
			describeLinks(pdf);
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setCreationDate(null);
			info.setModificationDate(null);
			pdf.save(out);
			pdf.close();
		} catch (IOException e) {
			throw new UncheckedIOException("The PDF could not be laid out: " + e.getMessage(), e);
		}
		return out.toByteArray();
	}

	/**
	 * PDF/UA wants every link annotation to say where it goes (its /Contents); openhtmltopdf tags
	 * links but leaves that out. Each link is described by the text it covers on the page (and by
	 * its target when it covers none).
	 */
	private static void describeLinks(PDDocument pdf) throws IOException {
		for (PDPage page : pdf.getPages()) {
			List<PDAnnotationLink> links = new ArrayList<>();
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
					links.add(link);
				}
			}
			if (links.isEmpty()) {
				continue;
			}
			PDFTextStripperByArea stripper = new PDFTextStripperByArea();
			float height = page.getMediaBox().getHeight();
			for (int i = 0; i < links.size(); i++) {
				PDRectangle r = links.get(i).getRectangle();
				stripper.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX() - 1, height - r.getUpperRightY() - 1,
						r.getWidth() + 2, r.getHeight() + 2));
			}
			stripper.extractRegions(page);
			for (int i = 0; i < links.size(); i++) {
				PDAnnotationLink link = links.get(i);
				String text = stripper.getTextForRegion("link" + i).replaceAll("\\s+", " ").strip();
				if (text.isEmpty()) {
					text = link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Link within this document";
				}
				link.setContents(text);
			}
		}
	}

	private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
		builder.useFont(() -> openFont(file), family, weight, style, true);
	}

	/** One of the embedded fonts from the class path (null when the fonts are not there). */
	static InputStream openFont(String file) {
		return PdfReportRenderer.class.getClassLoader().getResourceAsStream(FONT_FOLDER + file);
	}

	/** The trailer's /ID: two copies of a digest of the content, instead of PDFBox's time-based one. */
	private static COSArray documentId(String content) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(digest));
			return id;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
