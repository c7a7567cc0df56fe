package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.Finding;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.html.HtmlReportRenderer;
import org.goldthread.reports.output.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front page of a course report (HTML and PDF): the verdict with each failing requirement named
 * in the framework's words and linked to its finding; who and what is judged; the overview charts as
 * labelled inline SVG with their data tables; and absences that show: a required day the course lacks
 * is a column marked missing, a thread below its threshold says so beside its colour.
 */
class FrontPageTest {

	private static final String EASTFIELD = "eastfield-pgcert";

	private static String html(String name) {
		return new HtmlReportRenderer().renderText(ReportFixtures.report(name), ReportFixtures.context());
	}

	private static String section(String html, String id) {
		int start = html.indexOf("<section id=\"" + id + "\"");
		assertTrue(start >= 0, "no section " + id);
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void verdictNamesEachFailingRequirementInTheFrameworksWordsAndLinksToItsFinding() {
		String html = html(EASTFIELD);
		String verdict = section(html, "verdict");
		assertTrue(verdict.contains("Requirements not met (3)"), verdict);
		// the framework's own words: the delivery passage and the two objectives' texts
		assertTrue(verdict.contains("The course will be delivered across 12 teaching days."), verdict);
		assertTrue(verdict.contains("have an overview of the development of CYP MH training"), verdict);
		assertTrue(verdict.contains("incorporate complaints, common themes and their investigation findings"), verdict);
		Matcher links = Pattern.compile("href=\"#(finding-\\d+)\"[^>]*><code>(GT-[A-Z]+-\\d+)</code>").matcher(verdict);
		List<String> rules = new ArrayList<>();
		while (links.find()) {
			String target = links.group(1);
			int at = html.indexOf("id=\"" + target + "\"");
			assertTrue(at > html.indexOf("<section id=\"findings\""), target + " is not a finding");
			String finding = html.substring(at, html.indexOf("</div>", at));
			assertTrue(finding.contains(links.group(2)) && finding.contains("sev-error"), target + " is not the error " + links.group(2) + ": " + finding);
			rules.add(links.group(2));
		}
		assertEquals(List.of("GT-DEL-001", "GT-COV-001", "GT-COV-001"), rules);
	}

	/**
	 * The overall coverage counts the objectives the framework asks for, not those it gives only as examples
	 * (Appendix 3's ideas): the conforming Northtown course shows 100%, and Eastfield, which covers two of the
	 * eight ideas, is not marked down for the other six. The ideas' theme is still shown, as such.
	 */
	@Test
	void overallCoverageCountsTheObjectivesTheFrameworkAsksFor() {
		assertEquals(100, ReportData.of(ReportFixtures.report("northtown-pgcert"), ReportFixtures.context()).coverage().overallPercent());
		assertTrue(html("northtown-pgcert").contains("100% of the learning objectives the framework asks for fully covered"));
		CoverageData eastfield = ReportData.of(ReportFixtures.report(EASTFIELD), ReportFixtures.context()).coverage();
		CoverageData.ThemeData ideas = eastfield.themes().stream().filter(t -> !t.asked()).findFirst().orElseThrow();
		assertTrue(ideas.appendix() && ideas.covered() < ideas.objectives(), ideas.toString());
		int asked = 0;
		int askedCovered = 0;
		int all = 0;
		int allCovered = 0;
		for (CoverageData.ThemeData t : eastfield.themes()) {
			all += t.objectives();
			allCovered += t.covered();
			if (t.asked()) {
				asked += t.objectives();
				askedCovered += t.covered();
			}
		}
		assertEquals(org.goldthread.model.support.Percentages.of(askedCovered, asked), eastfield.overallPercent());
		assertTrue(eastfield.overallPercent() > org.goldthread.model.support.Percentages.of(allCovered, all), "the ideas are not counted");
	}

	@Test
	void aConformingCourseListsNoFailingRequirements() {
		ReportData data = ReportData.of(ReportFixtures.report("northtown-pgcert"), ReportFixtures.context());
		String verdict = section(html("northtown-pgcert"), "verdict");
		assertEquals(data.errors().isEmpty(), !verdict.contains("Requirements not met"), verdict);
	}

	@Test
	void saysWhoAndWhatIsJudged() {
		String course = section(html(EASTFIELD), "course");
		for (String expected : new String[] { "Eastfield University, School of Health and Social Care", "eastfield.pgcertLeadership",
				"Postgraduate certificate", "<code>pgcert</code>", "<dt>Credits</dt><dd>60</dd>", "<dt>Level</dt><dd>7</dd>",
				"<code>leadingSelfAndOthers</code> Leading Self and Others in CYP MH (30 credits, 6 teaching days)",
				"<code>leadingSystems</code>", "<code>cypmh.leadership</code>, version 2024", "<dt>Profile</dt><dd>default</dd>" }) {
			assertTrue(course.replace("\n", "").contains(expected), "missing " + expected + " in " + course);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.goldthread.reports.tests.ReportFixtures#courseNames")
	void chartsAreLabelledInlineSvgWithADataTable(String name) {
		String html = html(name);
		assertFalse(html.contains("<script"), "no script");
		String overview = section(html, "overview");
		Matcher svgs = Pattern.compile("<svg ([^>]*)>(.*?)</svg>", Pattern.DOTALL).matcher(overview);
		Set<String> charts = new LinkedHashSet<>();
		while (svgs.find()) {
			String attributes = svgs.group(1);
			assertTrue(attributes.contains("role=\"img\""), attributes);
			Matcher labelledBy = Pattern.compile("aria-labelledby=\"([^\"]+)\"").matcher(attributes);
			assertTrue(labelledBy.find(), attributes);
			for (String id : labelledBy.group(1).split(" ")) {
				assertTrue(svgs.group(2).contains("id=\"" + id + "\""), "the label " + id + " is not in the chart");
			}
			Matcher desc = Pattern.compile("<desc id=\"[^\"]+\">([^<]{40,})</desc>").matcher(svgs.group(2));
			assertTrue(desc.find(), "a chart without a description in words");
			charts.add(labelledBy.group(1).split("-title")[0]);
		}
		assertEquals(Set.of("chart-themes", "chart-threads", "chart-alignment"), charts);
		// each chart's caption links to its data table, which exists
		Matcher captions = Pattern.compile("<figcaption>.*?href=\"#([a-z]+)\"").matcher(overview);
		int n = 0;
		while (captions.find()) {
			assertTrue(html.contains("id=\"" + captions.group(1) + "\""), "no data table " + captions.group(1));
			n++;
		}
		assertEquals(3, n);
	}

	@Test
	void themeChartDrawsEachThemesShare() {
		String svg = section(html(EASTFIELD), "overview");
		ReportData data = ReportData.of(ReportFixtures.report(EASTFIELD), ReportFixtures.context());
		for (CoverageData.ThemeData t : data.coverage().themes()) {
			assertTrue(svg.contains(t.title() + (t.appendix() ? " (appendix)" : "") + ": " + t.covered() + " of " + t.objectives() + " covered ("
					+ t.percent() + "%)"), "the description misses " + t.title());
		}
		// 80% of 400 units is covered in green for the landscape theme (4 of 5)
		assertTrue(svg.contains("width=\"320\" height=\"18\" fill=\"#1e7b34\""), "no 4-of-5 bar");
	}

	@Test
	void aMissingRequiredDayIsAColumnMarkedMissing() {
		String html = html(EASTFIELD);
		for (String id : new String[] { "coverage", "threads" }) {
			String s = section(html, id);
			assertTrue(s.contains(">D11</th>"), id);
			assertTrue(s.contains("D12<br/><span class=\"missing-word\">missing</span>"), id + ": no D12 marked missing");
			assertTrue(s.contains("day 12 is marked missing"), id + ": the note in words");
		}
		CoverageData c = ReportData.of(ReportFixtures.report(EASTFIELD), ReportFixtures.context()).coverage();
		assertEquals(12, c.requiredTeachingDays());
		assertEquals(List.of(12), c.missingDays());
		assertEquals(12, c.matrixDays().size());
		// a course with all its days has no missing column
		CoverageData full = ReportData.of(ReportFixtures.report("northtown-pgcert"), ReportFixtures.context()).coverage();
		assertEquals(List.of(), full.missingDays());
		assertFalse(section(html("northtown-pgcert"), "coverage").contains("missing-word"));
	}

	@Test
	void aThreadBelowItsThresholdIsColouredAndSaysSo() {
		String threads = section(html(EASTFIELD), "threads");
		Matcher row = Pattern.compile("Staff wellbeing.*?</tr>", Pattern.DOTALL).matcher(threads);
		assertTrue(row.find());
		assertTrue(row.group().contains("<td class=\"num below\"><strong>⚠ 3 of 11 days — below the 4 required</strong></td>"), row.group());
		Matcher ok = Pattern.compile("Systemic thinking.*?</tr>", Pattern.DOTALL).matcher(threads);
		assertTrue(ok.find());
		assertTrue(ok.group().contains("<td class=\"num\">8 of 11 days (4 required)</td>"), ok.group());
	}

	/** The threshold the report colours with is the engine's: exactly the threads GT-THR-002 reports are below it. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("org.goldthread.reports.tests.ReportFixtures#courseNames")
	void threadThresholdIsTheEnginesOwn(String name) {
		Set<String> reported = new TreeSet<>();
		for (Finding f : ReportFixtures.report(name).getFindings()) {
			if (Rule.THREAD_SPREAD.id().equals(f.getRuleId())) {
				reported.add(f.getFrameworkElementId());
			}
		}
		Set<String> below = new TreeSet<>();
		for (CoverageData.ThreadData t : ReportData.of(ReportFixtures.report(name), ReportFixtures.context()).coverage().threads()) {
			assertTrue(t.requiredDays() > 0, t.id());
			if (t.belowThreshold() && t.sessions() > 0) {
				below.add(t.id());
			}
		}
		assertEquals(reported, below);
	}

	@Test
	void pdfFrontPageLinksEachFailingRequirementToItsFinding() throws IOException {
		byte[] bytes = Reports.renderer(ReportFormat.PDF).render(ReportFixtures.report(EASTFIELD), ReportFixtures.context());
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(2);
			String front = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertTrue(front.contains("Requirements not met (3)"), front);
			assertTrue(front.contains("Provider Eastfield University"), front);
			List<String> links = new ArrayList<>();
			List<String> all = new ArrayList<>();
			for (int i = 0; i < Math.min(2, pdf.getNumberOfPages()); i++) {
				PDPage page = pdf.getPage(i);
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link) {
						all.add(link.getContents() + " -> " + (link.getDestination() != null ? "dest" : String.valueOf(link.getAction())));
						if (link.getDestination() != null || link.getAction() instanceof PDActionGoTo) {
							// a link that wraps is two annotations; its /Contents is the text it covers
							Matcher rule = Pattern.compile("GT-[A-Z]+-\\d+").matcher(link.getContents());
							if (rule.find()) {
								links.add(rule.group());
							}
						}
					}
				}
			}
			assertEquals(List.of("GT-DEL-001", "GT-COV-001", "GT-COV-001"), links,
					"internal links on the first two pages: " + all);
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertTrue(text.contains("3 of 11 days — below the 4 required"), "the PDF's golden threads table");
			// the heat strip is drawn (PdfAccessibilityTest reads its Figure); its caption links to the data table
			assertTrue(text.contains("Golden threads over the teaching days. Data table: golden threads"), text);
		}
	}
}
