package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.output.Reports;
import org.goldthread.reports.pack.PackDocument;
import org.goldthread.reports.pack.SubmissionPack;
import org.goldthread.reports.pack.SubmissionPackRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The submission pack ({@code --format pack}): every requirement of the framework with where and how
 * the course meets it, the justified gaps with their reasons, the open findings; the same content as
 * HTML, tagged PDF and Word, each byte-identical when generated twice.
 */
class SubmissionPackTest {

	private static final String EASTFIELD = "eastfield-pgcert";
	private final SubmissionPackRenderer renderer = new SubmissionPackRenderer();

	private static ConformanceReport eastfield() {
		return ReportFixtures.report(EASTFIELD);
	}

	@Test
	void packIsThreeFilesPerCourse() {
		List<ReportFile> files = Reports.files(List.of(ReportFormat.PACK), ReportFixtures.all(), ReportFixtures.context());
		List<String> names = files.stream().map(ReportFile::path).toList();
		assertTrue(names.containsAll(List.of("eastfield.pgcertLeadership.pack.html", "eastfield.pgcertLeadership.pack.pdf",
				"eastfield.pgcertLeadership.pack.docx")), names.toString());
		assertTrue(names.contains("index.pack.html"), names.toString());
		assertEquals(ReportFormat.PACK, ReportFormat.byKey("pack"));
		assertEquals(ReportFormat.PACK, ReportFormat.byKey("submission"));
	}

	@Test
	void everyRequirementOfTheFrameworkHasARow() {
		PackDocument pack = SubmissionPack.of(eastfield(), ReportFixtures.context());
		CoverageData c = ReportData.of(eastfield(), ReportFixtures.context()).coverage();
		assertEquals(List.of("The course and this submission", "Themes", "Learning objectives", "Golden threads", "Delivery", "Assessments",
				"Justified gaps", "Open findings (8)"), pack.sections().stream().map(PackDocument.Heading::text).toList());
		Map<String, PackDocument.Table> tables = tables(pack);
		int objectiveRows = tables.entrySet().stream().filter(e -> e.getKey().startsWith("Learning objectives of "))
				.mapToInt(e -> e.getValue().rows().size()).sum();
		assertEquals(c.objectives().size(), objectiveRows, "one row per learning objective");
		assertEquals(c.themes().size(), tables.get("Themes").rows().size());
		assertEquals(c.threads().size(), tables.get("Golden threads").rows().size());
		assertEquals(c.outcomes().size(), tables.get("Key learning outcomes").rows().size());
		assertEquals(8, tables.get("Open findings").rows().size());
	}

	@Test
	void saysWhereAndHowEachRequirementIsMetAndWhereNot() {
		String html = new String(renderer.render(eastfield(), ReportFixtures.context()), StandardCharsets.UTF_8);
		String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replace("&#39;", "'").replace("&#x27;", "'");
		// an objective taught: the sessions, how strongly, on which days
		assertTrue(text.contains("landscape.ukPolicy"), "objective id");
		assertTrue(text.contains("D1.2 The national policy landscape for CYP MH (develops)"), "session and strength");
		// absences in words
		assertTrue(text.contains("Teaching days 12 11 teaching days (days 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11); missing: day 12 — not met"), text);
		assertTrue(text.contains("3 of 11 days — below the 4 required"), "staff wellbeing below its threshold");
		assertTrue(text.contains("not covered — not met"), "an objective not covered");
		// the justified gap with its reason
		CoverageData.ObjectiveData gap = ReportData.of(eastfield(), ReportFixtures.context()).coverage().objectives().stream()
				.filter(o -> o.gap() != null).findFirst().orElseThrow();
		assertEquals("workforceDesign.futureConsiderations", gap.id());
		assertTrue(gap.gap().length() > 20 && text.contains(gap.id() + " learning objective") && text.contains(gap.gap().replaceAll("\\s+", " ")),
				"the justified gap with its reason: " + gap.gap());
		// rows that show a requirement not met are marked for the eye as well as in words
		Matcher notMet = Pattern.compile("<tr class=\"not-met\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
		int n = 0;
		while (notMet.find()) {
			String row = notMet.group(1);
			assertTrue(row.contains("not met") || row.contains("below the") || row.contains(">error<"), "a tinted row that does not say why: " + row);
			n++;
		}
		assertTrue(n >= 6, "rows marked not met: " + n);
		assertTrue(html.contains("tabindex=\"0\" role=\"region\" aria-label=\"Golden threads\""), "keyboard-scrollable, named tables");
	}

	@Test
	void pdfIsTaggedWithABookmarkPerSectionAndTheSameText() throws IOException {
		byte[] pdf = renderer.renderPdf(eastfield(), ReportFixtures.context());
		assertArrayEquals(pdf, renderer.renderPdf(eastfield(), ReportFixtures.context()), "the same PDF twice");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
			assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
			List<String> marks = new ArrayList<>();
			for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
				marks.add(item.getTitle());
			}
			assertEquals(SubmissionPack.of(eastfield(), ReportFixtures.context()).sections().stream().map(PackDocument.Heading::text).toList(),
					marks);
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertTrue(text.contains("missing: day 12 — not met"), "absences in the PDF");
		}
	}

	@Test
	void docxHasTitleLanguageHeadingsCaptionedTablesWithHeaderRows() throws Exception {
		byte[] docx = renderer.renderDocx(eastfield(), ReportFixtures.context());
		assertArrayEquals(docx, renderer.renderDocx(eastfield(), ReportFixtures.context()), "the same Word file twice");
		Map<String, byte[]> parts = unzip(docx);
		assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/styles.xml",
				"word/settings.xml", "word/document.xml"), List.copyOf(parts.keySet()));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Map<String, Document> xml = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> part : parts.entrySet()) {
			xml.put(part.getKey(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(part.getValue()))); // well-formed
		}
		String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
		assertTrue(core.contains("<dc:title>Submission pack: Postgraduate Certificate"), core);
		assertTrue(core.contains("<dc:language>en-GB</dc:language>"), core);
		assertTrue(new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8).contains("<w:lang w:val=\"en-GB\""));
		String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
		Document document = xml.get("word/document.xml");
		List<String> headings = new ArrayList<>();
		NodeList paragraphs = document.getElementsByTagNameNS(w, "p");
		for (int i = 0; i < paragraphs.getLength(); i++) {
			org.w3c.dom.Element p = (org.w3c.dom.Element) paragraphs.item(i);
			NodeList style = p.getElementsByTagNameNS(w, "pStyle");
			if (style.getLength() > 0 && "Heading1".equals(((org.w3c.dom.Element) style.item(0)).getAttributeNS(w, "val"))) {
				headings.add(p.getTextContent());
			}
		}
		PackDocument pack = SubmissionPack.of(eastfield(), ReportFixtures.context());
		assertEquals(pack.sections().stream().map(PackDocument.Heading::text).toList(), headings);
		int tables = document.getElementsByTagNameNS(w, "tbl").getLength();
		assertEquals(tables(pack).size(), tables);
		assertEquals(tables, document.getElementsByTagNameNS(w, "tblHeader").getLength(), "every table repeats its header row");
		assertEquals(tables, document.getElementsByTagNameNS(w, "tblCaption").getLength(), "every table has a caption");
		String body = document.getDocumentElement().getTextContent();
		assertTrue(body.contains("missing: day 12 — not met"));
		assertTrue(body.contains("3 of 11 days — below the 4 required"));
	}

	@Test
	void hostileTextStaysText() throws Exception {
		ConformanceReport hostile = ReportFixtures.report("hostile");
		String html = new String(renderer.render(hostile, ReportFixtures.context()), StandardCharsets.UTF_8);
		assertTrue(!html.contains("<script") && !html.contains("<img"), "markup from the course escaped");
		byte[] docx = renderer.renderDocx(hostile, ReportFixtures.context());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.newDocumentBuilder().parse(new ByteArrayInputStream(unzip(docx).get("word/document.xml")));
	}

	private static Map<String, PackDocument.Table> tables(PackDocument pack) {
		Map<String, PackDocument.Table> tables = new LinkedHashMap<>();
		for (PackDocument.Block b : pack.blocks()) {
			if (b instanceof PackDocument.Table t) {
				tables.put(t.caption(), t);
			}
		}
		return tables;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				parts.put(e.getName(), in.readAllBytes());
			}
		}
		return parts;
	}
}
