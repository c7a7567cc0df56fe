package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.goldthread.model.Document;
import org.goldthread.reports.docs.DocsSiteRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The documentation site for the fixture courses: the framework's pages and the course handbooks
 * exist, every page is well-formed and self-contained, and every link leads to a page and anchor
 * of the site.
 */
class DocsSiteTest {

	private static Map<String, String> pages;
	private static final Map<String, org.w3c.dom.Document> doms = new HashMap<>();

	@BeforeAll
	static void render() throws Exception {
		List<Document> documents = ReportFixtures.NAMES.stream().map(ReportFixtures::document).toList();
		pages = new DocsSiteRenderer().render(documents, ReportFixtures.context());
		for (Map.Entry<String, String> page : pages.entrySet()) {
			doms.put(page.getKey(), DocumentBuilderFactory.newInstance().newDocumentBuilder()
					.parse(new ByteArrayInputStream(page.getValue().getBytes(StandardCharsets.UTF_8))));
		}
	}

	@Test
	void frameworkAndHandbookPagesExist() {
		for (String page : List.of("index.html", "frameworks/cypmh.leadership/index.html", "frameworks/cypmh.leadership/sections/landscape.html",
				"frameworks/cypmh.leadership/sections/workforceDesign.html", "frameworks/cypmh.leadership/threads.html",
				"frameworks/cypmh.leadership/assessment.html", "frameworks/cypmh.leadership/appendix-1.html",
				"frameworks/cypmh.leadership/appendix-3.html", "courses/northtown.pgcertLeadership.html",
				"courses/eastfield.pgcertLeadership.html", "courses/hostile.course.html")) {
			assertTrue(pages.containsKey(page), page + " in " + pages.keySet());
		}
	}

	@Test
	void everyLinkResolves() {
		Set<String> checked = new HashSet<>();
		for (Map.Entry<String, org.w3c.dom.Document> page : doms.entrySet()) {
			NodeList links = page.getValue().getElementsByTagName("a");
			for (int i = 0; i < links.getLength(); i++) {
				String href = ((Element) links.item(i)).getAttribute("href");
				assertFalse(href.contains("://") || href.startsWith("javascript:"), "only local links: " + href);
				String target = href.startsWith("#") ? page.getKey() : resolve(page.getKey(), href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
				assertTrue(doms.containsKey(target), page.getKey() + " links to missing page " + href);
				if (href.contains("#")) {
					String anchor = href.substring(href.indexOf('#') + 1);
					assertTrue(hasId(doms.get(target), anchor), page.getKey() + " links to missing anchor " + href);
				}
				checked.add(href);
			}
		}
		assertTrue(checked.size() > 100, "the site is linked: " + checked.size());
	}

	@Test
	void handbookLinksWhatSessionsCoverToTheFramework() {
		String handbook = pages.get("courses/northtown.pgcertLeadership.html");
		assertTrue(handbook.contains("href=\"../frameworks/cypmh.leadership/sections/landscape.html#landscape.ukPolicy\""), "objective link");
		assertTrue(handbook.contains("href=\"../frameworks/cypmh.leadership/threads.html#participation\""), "thread link");
		assertTrue(handbook.contains("href=\"../frameworks/cypmh.leadership/assessment.html#project.rationale\""), "element link");
		assertTrue(handbook.contains("href=\"../frameworks/cypmh.leadership/appendix-1.html#everyChildMatters\""), "resource link");
		String theme = pages.get("frameworks/cypmh.leadership/sections/inclusion.html");
		assertTrue(theme.contains("id=\"inclusion.concepts.equity\""), "nested objectives are anchored");
	}

	@Test
	void hostileTextIsEscaped() {
		String handbook = pages.get("courses/hostile.course.html");
		assertFalse(handbook.contains("<script"));
		assertFalse(handbook.contains("<img"));
		assertEquals(0, doms.get("courses/hostile.course.html").getElementsByTagName("script").getLength());
		String text = doms.get("courses/hostile.course.html").getDocumentElement().getTextContent();
		for (String hostile : List.of(HostileTextTest.SCRIPT, HostileTextTest.BREAKOUT, HostileTextTest.HEBREW, HostileTextTest.ARABIC,
				HostileTextTest.EMOJI, "</p><iframe src=\"https://evil.example/\"></iframe>", "Module <em>one</em> | pipes | and `backticks` *stars*",
				"Co-designed with young people <marquee>hi</marquee>", "Taught in another programme <see there>")) {
			assertTrue(text.contains(hostile), "shows literally: " + hostile);
		}
		assertEquals(0, doms.get("courses/hostile.course.html").getElementsByTagName("iframe").getLength());
	}

	@Test
	void pagesAreSelfContained() {
		for (Map.Entry<String, String> page : pages.entrySet()) {
			assertTrue(page.getValue().contains("Content-Security-Policy"), page.getKey());
			assertFalse(page.getValue().contains("<link"), page.getKey());
		}
	}

	private static boolean hasId(org.w3c.dom.Document dom, String id) {
		NodeList all = dom.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
				return true;
			}
		}
		return false;
	}

	private static String resolve(String from, String href) {
		java.util.Deque<String> parts = new java.util.ArrayDeque<>(List.of(from.split("/")));
		parts.removeLast();
		for (String segment : href.split("/")) {
			if (segment.equals("..")) {
				parts.removeLast();
			} else if (!segment.equals(".")) {
				parts.addLast(segment);
			}
		}
		return String.join("/", parts);
	}
}
