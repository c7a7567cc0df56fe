package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.junit.JUnitXmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * JUnit XML is read back by Maven Surefire's own report parser (what CI plugins use) and by the
 * JDK's XML parser: one test case per applicable rule, a failure per rule with errors, warnings
 * and information in system-out.
 */
class JUnitXmlTest {

	static Iterable<String> fixtures() {
		return ReportFixtures.NAMES;
	}

	private static byte[] xml(String name) {
		return new JUnitXmlRenderer().render(ReportFixtures.report(name), ReportFixtures.context());
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void surefireReadsOneTestCasePerRule(String name) throws Exception {
		ConformanceReport report = ReportFixtures.report(name);
		List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
				.parse(new InputStreamReader(new ByteArrayInputStream(xml(name)), StandardCharsets.UTF_8));
		assertEquals(1, suites.size());
		ReportTestSuite suite = suites.get(0);
		Set<String> rules = new LinkedHashSet<>(JUnitXmlRenderer.applicableRules(ReportData.of(report, ReportFixtures.context()).kind()));
		report.getFindings().forEach(f -> rules.add(f.getRuleId()));
		Set<String> failing = new LinkedHashSet<>();
		for (Finding f : report.getFindings()) {
			if (f.getSeverity() == Severity.ERROR) {
				failing.add(f.getRuleId());
			}
		}
		assertEquals(rules.size(), suite.getNumberOfTests());
		assertEquals(rules.size(), suite.getTestCases().size());
		assertEquals(failing.size(), suite.getNumberOfFailures());
		assertEquals(0, suite.getNumberOfErrors());
		for (ReportTestCase testCase : suite.getTestCases()) {
			String ruleId = testCase.getName().split(" ")[0];
			assertTrue(rules.contains(ruleId), testCase.getName());
			assertEquals(failing.contains(ruleId), testCase.hasFailure(), testCase.getName());
			assertEquals("goldthread." + report.getDocumentId(), testCase.getFullClassName());
		}
	}

	@Test
	void warningsAndInformationGoToSystemOut() throws Exception {
		ConformanceReport report = ReportFixtures.report("eastfield-pgcert");
		Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml("eastfield-pgcert")));
		Element suite = dom.getDocumentElement();
		assertEquals("testsuite", suite.getTagName());
		NodeList cases = suite.getElementsByTagName("testcase");
		int out = 0;
		int failures = 0;
		for (int i = 0; i < cases.getLength(); i++) {
			Element c = (Element) cases.item(i);
			String ruleId = c.getAttribute("name").split(" ")[0];
			boolean hasWarnings = report.getFindings().stream()
					.anyMatch(f -> f.getRuleId().equals(ruleId) && f.getSeverity() != Severity.ERROR);
			NodeList systemOut = c.getElementsByTagName("system-out");
			assertEquals(hasWarnings ? 1 : 0, systemOut.getLength(), ruleId);
			out += systemOut.getLength();
			failures += c.getElementsByTagName("failure").getLength();
		}
		assertTrue(out > 0, "the fixture has warnings");
		assertEquals(Integer.parseInt(suite.getAttribute("failures")), failures);
		assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength());
		assertFalse(suite.getAttribute("name").isBlank());
	}

	@Test
	void combinedFileHasOneSuitePerDocument() throws Exception {
		byte[] xml = new JUnitXmlRenderer().renderIndex(ReportFixtures.all(), ReportFixtures.context());
		List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger())
				.parse(new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8));
		assertEquals(ReportFixtures.NAMES.size(), suites.size());
	}
}
