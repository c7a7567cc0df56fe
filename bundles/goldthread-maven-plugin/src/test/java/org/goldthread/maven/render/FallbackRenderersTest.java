package org.goldthread.maven.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.goldthread.maven.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** The fallback renderers behind ReportsAdapter, on the conforming and the non-conforming example. */
class FallbackRenderersTest {

	private static RenderInput input;
	private static final GoldthreadRenderer RENDERER = new ReportsAdapter();

	@BeforeAll
	static void check() {
		input = new RenderInput(Examples.check(Examples.NORTHTOWN, Examples.EASTFIELD, Examples.PLAN), Examples.ROOT, "1.2.3");
	}

	@Test
	void theAdapterOffersJsonAndJUnitReportsAndMarkdownDocs() {
		assertEquals(List.of("json", "junit"), RENDERER.reportFormats());
		assertEquals(List.of("md"), RENDERER.docFormats());
	}

	@Test
	void jsonIsWellFormedAndHoldsEveryDocumentWithItsFindings() throws Exception {
		List<RenderedFile> files = RENDERER.renderReport("json", input);
		assertEquals(List.of("goldthread.json"), files.stream().map(RenderedFile::path).toList());
		String json = new String(files.get(0).content(), StandardCharsets.UTF_8);
		int rules = 0;
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			for (JsonToken t; (t = parser.nextToken()) != null;) {
				if (t == JsonToken.FIELD_NAME && parser.currentName().equals("rule")) {
					rules++;
				}
			}
		}
		assertEquals(9, rules, "the Eastfield course's nine findings");
		assertTrue(json.contains("\"file\" : \"eastfield/eastfield-pgcert.course\""), json);
		assertTrue(json.contains("\"verdict\" : \"does not conform\""), json);
		assertTrue(json.contains("\"kind\" : \"plan\""), json);
	}

	@Test
	void junitHasOneSuitePerDocumentAndFailsTheRulesWithErrors() throws Exception {
		Map<String, RenderedFile> files = RENDERER.renderReport("junit", input).stream()
				.collect(Collectors.toMap(RenderedFile::path, Function.identity()));
		assertEquals(3, files.size(), files.keySet().toString());
		Element eastfield = parse(files.get("junit/TEST-goldthread.eastfield.pgcertLeadership.xml"));
		assertEquals("2", eastfield.getAttribute("failures")); // GT-COV-001 (twice) and GT-DEL-001
		NodeList failures = eastfield.getElementsByTagName("failure");
		assertEquals(2, failures.getLength());
		assertEquals("GT-DEL-001", ((Element) failures.item(0)).getAttribute("type")); // in catalogue order
		Element coverage = (Element) failures.item(1);
		assertEquals("GT-COV-001", coverage.getAttribute("type"));
		assertTrue(coverage.getAttribute("message").startsWith("2 errors: "), coverage.getAttribute("message"));
		assertTrue(coverage.getTextContent().contains("eastfield/eastfield-pgcert.course:[14,8] error GT-COV-001"), coverage.getTextContent());
		Element northtown = parse(files.get("junit/TEST-goldthread.northtown.pgcertLeadership.xml"));
		assertEquals("0", northtown.getAttribute("failures"));
		Element plan = parse(files.get("junit/TEST-goldthread.northtown.inpatientWorkforce.xml"));
		assertTrue(plan.getElementsByTagName("testcase").getLength() < northtown.getElementsByTagName("testcase").getLength(),
				"plans are tested against the plan rules only");
	}

	@Test
	void theDocsHaveAnIndexAPagePerDocumentAndTheRules() {
		Map<String, String> files = RENDERER.renderDocs("md", input).stream()
				.collect(Collectors.toMap(RenderedFile::path, f -> new String(f.content(), StandardCharsets.UTF_8)));
		assertEquals(List.of("eastfield.pgcertLeadership.md", "index.md", "northtown.inpatientWorkforce.md", "northtown.pgcertLeadership.md", "rules.md"),
				files.keySet().stream().sorted().toList());
		assertTrue(files.get("index.md").contains("| does not conform | 3 | 4 | 2 |"), files.get("index.md"));
		String eastfield = files.get("eastfield.pgcertLeadership.md");
		assertTrue(eastfield.contains("## Theme coverage") && eastfield.contains("[GT-DEL-001](rules.md#gt-del-001)"), eastfield);
		assertTrue(files.get("rules.md").startsWith("# Goldthread rule catalogue"));
	}

	private static Element parse(RenderedFile file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(file.content())).getDocumentElement();
	}
}
