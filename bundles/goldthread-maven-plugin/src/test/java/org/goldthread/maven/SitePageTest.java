package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkAdapter;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Goldthread page of a Maven site, as the Doxia events it sends (the site plugin renders them in its skin). */
class SitePageTest {

	private static List<CheckedFile> checked;

	/** Collects the text and the links of the page. */
	static final class Recorder extends SinkAdapter {
		final StringBuilder text = new StringBuilder();
		final List<String> links = new ArrayList<>();

		@Override
		public void text(String t, SinkEventAttributes attributes) {
			text.append(t).append('|');
		}

		@Override
		public void link(String href, SinkEventAttributes attributes) {
			links.add(href);
		}
	}

	@BeforeAll
	static void check() {
		checked = Examples.check(Examples.NORTHTOWN, Examples.EASTFIELD);
	}

	private static Recorder render(List<String> reports, List<String> docs) {
		Recorder sink = new Recorder();
		new SitePage(sink, checked, Examples.ROOT, reports, docs).render();
		return sink;
	}

	@Test
	void listsEachCourseWithItsVerdictCountsAndLinks() {
		Recorder page = render(List.of("goldthread/northtown.pgcertLeadership.html", "goldthread/eastfield.pgcertLeadership.html", "goldthread/index.html"),
				List.of("goldthread-docs/index.html", "goldthread-docs/courses/northtown.pgcertLeadership.html",
						"goldthread-docs/courses/eastfield.pgcertLeadership.html"));
		String text = page.text.toString();
		assertTrue(text.contains("2 files checked: 3 errors, 4 warnings, 1 info"), text);
		assertTrue(text.contains("|does not conform|3|4|1|"), text);
		assertTrue(text.contains("|conforms|0|0|0|"), text);
		assertTrue(text.contains("cypmh.leadership 2024"), text);
		assertTrue(page.links.containsAll(List.of("goldthread/northtown.pgcertLeadership.html", "goldthread/eastfield.pgcertLeadership.html",
				"goldthread-docs/courses/eastfield.pgcertLeadership.html", "goldthread/index.html", "goldthread-docs/index.html")), page.links.toString());
	}

	@Test
	void listsTheFindingsWithTheirFixes() {
		String text = render(List.of(), List.of()).text.toString();
		assertTrue(java.util.regex.Pattern.compile("eastfield/eastfield-pgcert\\.course:\\d+\\|error\\|GT-DEL-001\\|The course has 11 teaching days; the curriculum requires 12\\. \\[required by the curriculum: [^|]*\\]\\|Add 1 teaching day\\(s\\)")
				.matcher(text).find(), text);
		assertFalse(text.contains("No findings."), text);
	}

	@Test
	void linksOnlyPagesThatWereWritten() {
		Recorder page = render(List.of(), List.of());
		assertTrue(page.links.isEmpty(), page.links.toString());
	}
}
