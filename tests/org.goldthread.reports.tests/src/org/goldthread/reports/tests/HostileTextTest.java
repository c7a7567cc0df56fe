package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;
import org.goldthread.reports.csv.CsvCoverageRenderer;
import org.goldthread.reports.html.HtmlPage;
import org.goldthread.reports.html.HtmlReportRenderer;
import org.goldthread.reports.markdown.MarkdownReportRenderer;
import org.goldthread.reports.pdf.PdfReportRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Hostile text (markup, attribute breakouts, script URLs, right-to-left scripts, emoji, control
 * characters) shows literally in every format and never becomes markup: in the fixture course's
 * titles, and in a finding whose every field is hostile.
 */
class HostileTextTest {

	static final String SCRIPT = "<script>alert('x')</script>";
	static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
	static final String ARABIC = "دورة القيادة";
	static final String HEBREW = "קורס מנהיגות";
	/** Emoji that DejaVu Sans, the PDF's font, has glyphs for (it lacks many newer ones, such as 🧠 in day 2's title). */
	static final String EMOJI = "😀😊";

	private static ConformanceReport report;

	@BeforeAll
	static void addHostileFinding() {
		report = EcoreUtil.copy(ReportFixtures.report("hostile"));
		report.setDocument(ReportFixtures.report("hostile").getDocument());
		report.setFramework(ReportFixtures.report("hostile").getFramework());
		report.getCoverage().getSessions().clear();
		report.getCoverage().getSessions().addAll(ReportFixtures.report("hostile").getCoverage().getSessions());
		Finding f = FindingsFactory.eINSTANCE.createFinding();
		f.setRuleId("GT-COV-001");
		f.setSeverity(Severity.ERROR);
		f.setMessage("Message " + SCRIPT + " " + BREAKOUT + " \u0001control\u0007 " + HEBREW);
		f.setPassage("Passage </blockquote><script>x()</script> " + ARABIC);
		f.setFixHint("Fix <a href=\"javascript:alert(3)\">here</a> " + EMOJI);
		f.setTheme("landscape");
		SourceLocation location = FindingsFactory.eINSTANCE.createSourceLocation();
		location.setUri(ReportFixtures.fixtures().resolve("courses/<odd> name.course").toString());
		location.setLine(3);
		location.setColumn(4);
		f.setLocation(location);
		report.getFindings().add(f);
	}

	private static String html() {
		return new HtmlReportRenderer().renderText(report, ReportFixtures.context());
	}

	@Test
	void htmlIsWellFormedAndHasNoInjectedMarkup() throws Exception {
		String html = html();
		Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		for (String tag : List.of("script", "img", "iframe", "marquee", "b", "em")) {
			assertEquals(0, dom.getElementsByTagName(tag).getLength(), "no <" + tag + "> element");
		}
		NodeList all = dom.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			NamedNodeMap attributes = e.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String name = attributes.item(a).getNodeName();
				String value = attributes.item(a).getNodeValue();
				assertFalse(name.startsWith("on"), "event handler attribute " + name);
				if (name.equals("href") || name.equals("src")) {
					assertTrue(value.startsWith("#") || !value.contains(":"), "only local links: " + value);
				}
			}
		}
		assertFalse(Pattern.compile("<(script|img|iframe)", Pattern.CASE_INSENSITIVE).matcher(html).find());
		String text = dom.getDocumentElement().getTextContent();
		for (String hostile : List.of(SCRIPT, BREAKOUT, ARABIC, HEBREW, EMOJI, "=HYPERLINK(\"https://evil.example/\") lecture",
				"Seminar ** not bold ** _nor italic_ [link](javascript:alert(1))", "Essay <script>alert(2)</script>", "</blockquote><script>x()</script>",
				"<a href=\"javascript:alert(3)\">here</a>", "courses/<odd> name.course:3:4")) {
			assertTrue(text.contains(hostile), "shows literally: " + hostile);
		}
		assertFalse(html.contains("\u0001") || html.contains("\u0007"), "control characters are dropped");
	}

	@Test
	void htmlIsSelfContained() {
		String html = html();
		assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#x27;none&#x27;; style-src &#x27;unsafe-inline&#x27;; img-src data:\"/>")
				|| html.contains("content=\"" + HtmlPage.CSP.replace("'", "&#x27;") + "\""), "CSP meta");
		assertTrue(html.contains("@media print"), "print stylesheet");
		assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external requests");
		assertFalse(html.contains("<link"), "no external stylesheet");
	}

	@Test
	void pdfRendersAndItsTextHoldsTheHostileText() throws IOException {
		byte[] pdf = new PdfReportRenderer().render(report, ReportFixtures.context());
		assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
		String text = GoldenFileTest.text(pdf);
		assertTrue(PdfReportRenderer.fontsAvailable(), "the DejaVu fonts are on the class path");
		for (String hostile : List.of(SCRIPT, BREAKOUT, HEBREW, ARABIC, EMOJI, "<a href=\"javascript:alert(3)\">here</a>")) {
			assertTrue(text.contains(hostile), "the PDF's text shows " + hostile + "\n" + text);
		}
	}

	@Test
	void markdownEscapesMarkup() {
		String md = new MarkdownReportRenderer().renderText(report, ReportFixtures.context());
		assertFalse(Pattern.compile("<(script|img|iframe|a |em|b>)", Pattern.CASE_INSENSITIVE).matcher(md).find(), md);
		assertTrue(md.contains("&lt;script&gt;"));
		assertTrue(md.contains(HEBREW) && md.contains(ARABIC) && md.contains(EMOJI));
		assertTrue(md.contains("| Essay &lt;script&gt;alert(2)&lt;/script&gt; |"), "assessment title escaped");
		assertTrue(md.contains("Fix &lt;a href=\"javascript:alert(3)\"&gt;here&lt;/a&gt;"), "fix hint escaped");
		assertTrue(md.contains("Message &lt;script&gt;"), "message escaped");
	}

	@Test
	void csvGuardsAgainstFormulas() throws IOException {
		String csv = new String(new CsvCoverageRenderer().render(report, ReportFixtures.context()), StandardCharsets.UTF_8);
		assertTrue(csv.startsWith(CsvCoverageRenderer.BOM), "CSV starts with a byte order mark");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.substring(1))).getRecords();
		List<String> header = records.get(0).toList();
		assertEquals(List.of("objective id", "theme", "text", "status", "assessed"), header.subList(0, 5));
		assertTrue(header.contains("D1.1 '=HYPERLINK(\"https://evil.example/\") lecture") || header.stream().anyMatch(h -> h.startsWith("D1.1 =HYPERLINK")),
				header.toString());
		for (CSVRecord r : records) {
			for (String cell : r) {
				assertFalse(cell.startsWith("="), "no cell starts a formula: " + cell);
			}
		}
	}

	/** OWASP's CSV injection: every cell starting with = + - @, a tab or a carriage return is neutralised. */
	@Test
	void csvNeutralisesEveryFormulaStart() throws IOException {
		for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
			String title = start + "HYPERLINK(\"https://evil.example/\",\"x\")";
			assertEquals("'" + title, CsvCoverageRenderer.neutralise(title));
			ConformanceReport titled = EcoreUtil.copy(report);
			titled.setDocumentTitle(title);
			String csv = new String(new CsvCoverageRenderer().renderIndex(List.of(titled), ReportFixtures.context().withCsvBom(false)),
					StandardCharsets.UTF_8);
			CSVRecord row = CSVFormat.RFC4180.parse(new java.io.StringReader(csv)).getRecords().get(1);
			assertEquals("'" + title, row.get(1), "the title cell of the index, starting with " + start.codePointAt(0));
		}
		assertEquals("plain text", CsvCoverageRenderer.neutralise("plain text"));
		assertEquals("a=b", CsvCoverageRenderer.neutralise("a=b"));
		assertEquals("", CsvCoverageRenderer.neutralise(null));
	}
}
