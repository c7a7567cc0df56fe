package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;
import org.goldthread.reports.html.HtmlReportRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a screen reader and a panel member navigating the PDF rely on, read back with PDFBox: the
 * document is tagged (a structure tree with headings, tables and links), says its language (en-GB)
 * and title, embeds every font, describes every link, has a bookmark for every section and group of
 * findings, and links from its contents list to the findings. The full PDF/UA-1 validation (veraPDF)
 * runs in the command line's tests ({@code PdfUaValidationTest}), where a plain-jar validator fits.
 */
class PdfAccessibilityTest {

	static Stream<Arguments> pdfs() {
		List<Arguments> args = new ArrayList<>();
		for (String name : ReportFixtures.NAMES) {
			args.add(Arguments.of(name, Reports.renderer(ReportFormat.PDF).render(ReportFixtures.report(name), ReportFixtures.context())));
		}
		args.add(Arguments.of("index", Reports.renderer(ReportFormat.PDF).renderIndex(ReportFixtures.all(), ReportFixtures.context())));
		// the submission packs' PDFs are held to the same
		for (String name : ReportFixtures.NAMES) {
			args.add(Arguments.of(name + " pack", new org.goldthread.reports.pack.SubmissionPackRenderer().renderPdf(ReportFixtures.report(name),
					ReportFixtures.context())));
		}
		return args.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pdfs")
	void taggedWithLanguageTitleEmbeddedFontsAndDescribedLinks(String name, byte[] bytes) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDDocumentCatalog catalog = pdf.getDocumentCatalog();
			assertNotNull(catalog.getMarkInfo(), name + ": no /MarkInfo");
			assertTrue(catalog.getMarkInfo().isMarked(), name + ": /MarkInfo /Marked is not true");
			assertNotNull(catalog.getStructureTreeRoot(), name + ": no structure tree");
			assertEquals("en-GB", catalog.getLanguage(), name + ": /Lang");
			assertTrue(catalog.getViewerPreferences().displayDocTitle(), name + ": /DisplayDocTitle");
			assertNotNull(catalog.getMetadata(), name + ": no XMP metadata");
			String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\""), name + ": no PDF/UA identification in XMP");
			String title = pdf.getDocumentInformation().getTitle();
			assertTrue(title != null && title.startsWith(name.endsWith(" pack") ? "Submission pack" : "Conformance report"), name + ": title " + title);

			List<String> types = new ArrayList<>();
			structureTypes(catalog.getStructureTreeRoot(), types);
			assertTrue(types.contains("H1"), name + ": no H1 in " + types);
			assertTrue(types.contains("Table") && types.contains("TH") && types.contains("TD"), name + ": no tagged table");
			assertTrue(types.contains("Link"), name + ": no tagged link");

			int links = 0;
			for (PDPage page : pdf.getPages()) {
				for (PDFont font : fonts(page.getResources())) {
					assertTrue(font.isEmbedded(), name + ": font " + font.getName() + " is not embedded");
				}
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link) {
						links++;
						assertTrue(link.getContents() != null && !link.getContents().isBlank(), name + ": a link without /Contents");
						assertTrue(link.getStructParent() >= 0, name + ": a link outside the structure tree");
					}
				}
				if (!page.getAnnotations().isEmpty()) {
					assertEquals(COSName.S, page.getCOSObject().getCOSName(COSName.getPDFName("Tabs")), name + ": /Tabs /S");
				}
			}
			assertTrue(links > 0, name + ": no links");
		}
	}

	@Test
	void bookmarksForEverySectionAndGroupOfFindings() throws IOException {
		byte[] bytes = Reports.renderer(ReportFormat.PDF).render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context());
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			assertNotNull(pdf.getDocumentCatalog().getDocumentOutline(), "no bookmarks");
			List<String> top = new ArrayList<>();
			PDOutlineItem findings = null;
			for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
				top.add(item.getTitle());
				assertNotNull(item.getDestination() != null ? item.getDestination() : item.getAction(), item.getTitle() + " goes nowhere");
				if (item.getTitle().startsWith("Findings")) {
					findings = item;
				}
			}
			assertEquals(List.of("Verdict", "The course", "Overview", "Theme coverage", "Coverage matrix", "Golden threads", "Assessment alignment", "Findings (8)"), top);
			List<String> groups = new ArrayList<>();
			findings.children().forEach(item -> groups.add(item.getTitle()));
			assertEquals(List.of("Policy and the national and local CYP MH service landscape (2)", "Evidence-based practice and service evaluation (2)",
					"Workforce design and planning (1)", "Course-wide (3)"), groups);
		}
	}

	@Test
	void contentsListLinksToTheFindings() throws IOException {
		byte[] bytes = Reports.renderer(ReportFormat.PDF).render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context());
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			List<String> onFirstPage = new ArrayList<>();
			for (PDAnnotation annotation : pdf.getPage(0).getAnnotations()) {
				if (annotation instanceof PDAnnotationLink link) {
					onFirstPage.add(link.getContents());
				}
			}
			assertTrue(onFirstPage.contains("Findings (8)"), "the first page links to the findings: " + onFirstPage);
			assertTrue(onFirstPage.contains("Course-wide (3)"), "the first page links to each group of findings: " + onFirstPage);
		}
	}

	/**
	 * The overview's three charts are in the PDF as drawings, not only as tables: each is a tagged
	 * Figure whose alternative text is the chart's title and description in words, and the heat
	 * strip's gold cells (one per day a thread is woven) are painted on the page.
	 */
	@Test
	void overviewChartsAreTaggedFiguresDrawnOnThePage() throws IOException {
		byte[] bytes = Reports.renderer(ReportFormat.PDF).render(ReportFixtures.report("eastfield-pgcert"), ReportFixtures.context());
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			List<PDStructureElement> figures = new ArrayList<>();
			elementsOfType(pdf.getDocumentCatalog().getStructureTreeRoot(), "Figure", figures);
			List<String> alts = figures.stream().map(PDStructureElement::getAlternateDescription).toList();
			assertEquals(3, alts.size(), "one Figure per chart: " + alts);
			assertTrue(alts.get(0).startsWith("Coverage by theme. Share of each theme's learning objectives that the course covers."), alts.get(0));
			assertTrue(alts.get(0).contains("Policy and the national and local CYP MH service landscape: 4 of 5 covered (80%), 1 not covered."), alts.get(0));
			assertTrue(alts.get(1).startsWith("Golden threads over the teaching days."), alts.get(1));
			assertTrue(alts.get(1).contains("day 12 is required by the framework and missing from the course"), alts.get(1));
			assertTrue(alts.get(1).contains("Staff wellbeing: 3 of 11 days"), alts.get(1));
			assertTrue(alts.get(2).startsWith("Assessment alignment: key learning outcomes by assessment."), alts.get(2));

			// Eastfield weaves its 7 threads on 50 thread-days: at 36 dpi each gold cell is some 40 pixels
			PDFRenderer renderer = new PDFRenderer(pdf);
			int gold = 0;
			for (int page = 0; page < pdf.getNumberOfPages(); page++) {
				BufferedImage image = renderer.renderImageWithDPI(page, 36);
				for (int y = 0; y < image.getHeight(); y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						int rgb = image.getRGB(x, y);
						if (Math.abs(((rgb >> 16) & 0xff) - 0x7a) < 6 && Math.abs(((rgb >> 8) & 0xff) - 0x5c) < 6 && Math.abs((rgb & 0xff) - 0x12) < 6) {
							gold++;
						}
					}
				}
			}
			assertTrue(gold > 1000, "the heat strip's woven cells are not drawn (" + gold + " gold pixels)");
		}
	}

	private static void elementsOfType(PDStructureNode node, String type, List<PDStructureElement> found) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				if (type.equals(element.getStructureType())) {
					found.add(element);
				}
				elementsOfType(element, type, found);
			}
		}
	}

	/** The first page is not left half empty: its text reaches at least 60% down the page. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("pdfs")
	void firstPageIsFilled(String name, byte[] bytes) throws IOException {
		if (name.equals("index")) {
			return; // one short table
		}
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			float height = pdf.getPage(0).getMediaBox().getHeight();
			float[] lowest = { 0 };
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					for (TextPosition p : positions) {
						if (p.getYDirAdj() < height - 40) { // not the page number in the bottom margin
							lowest[0] = Math.max(lowest[0], p.getYDirAdj());
						}
					}
				}
			};
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			stripper.getText(pdf);
			assertTrue(lowest[0] > 0.6 * height, name + ": page 1 ends " + Math.round(100 * lowest[0] / height) + "% down the page");
		}
	}

	/**
	 * No page ends with a heading, a table's introduction or a theme row of the coverage matrix:
	 * they are kept with what follows them.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("pdfs")
	void noPageEndsWithAHeading(String name, byte[] bytes) throws IOException {
		String html = name.equals("index") ? ""
				: name.endsWith(" pack")
						? new org.goldthread.reports.pack.SubmissionPackRenderer().renderPdfText(ReportFixtures.report(name.replace(" pack", "")),
								ReportFixtures.context())
						: new HtmlReportRenderer().renderPdfText(ReportFixtures.report(name), ReportFixtures.context());
		List<String> headings = new ArrayList<>();
		Matcher m = Pattern.compile("<(h2|h3|th colspan=\"\\d+\")[^>]*>(.*?)</(h2|h3|th)>|<p class=\"(intro|legend)\">(.*?)</p>").matcher(html);
		while (m.find()) {
			String text = (m.group(2) != null ? m.group(2) : m.group(5)).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#39;", "'")
					.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").strip();
			headings.add(text);
		}
		assertTrue(name.equals("index") || headings.contains("Findings") || headings.contains("Justified gaps"), "headings not found in " + name);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			stripper.setLineSeparator("\n");
			for (int page = 1; page < pdf.getNumberOfPages(); page++) { // the last page may end anywhere
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				List<String> lines = new ArrayList<>(List.of(stripper.getText(pdf).split("\n")));
				lines.removeIf(line -> line.isBlank() || line.matches("Page \\d+ of \\d+"));
				String last = lines.get(lines.size() - 1).strip();
				for (String heading : headings) {
					boolean alone = heading.equals(last) || last.length() >= 10 && (heading.startsWith(last) || heading.endsWith(last));
					assertFalse(alone, name + ": page " + page + " ends with \"" + last + "\", which belongs to \"" + heading + "\"");
				}
			}
		}
	}

	private static void structureTypes(PDStructureNode node, List<String> types) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				types.add(element.getStructureType());
				structureTypes(element, types);
			}
		}
	}

	private static List<PDFont> fonts(PDResources resources) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		if (resources != null) {
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
		}
		return fonts;
	}
}
