package org.goldthread.reports.junit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleCategory;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;
import org.goldthread.reports.data.ReportData.Kind;
import org.goldthread.reports.data.XmlText;

/**
 * Conformance as JUnit XML (the Ant/Surefire format CI servers read): one {@code testsuite} per
 * checked document, one {@code testcase} per rule that applies to it. A rule with findings at error
 * level is a {@code failure} (its messages in the body); warnings and information go to the test
 * case's {@code system-out}, so they are visible without failing the build.
 */
public class JUnitXmlRenderer implements ReportRenderer {

	@Override
	public ReportFormat format() {
		return ReportFormat.JUNIT;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return write(List.of(ReportData.of(report, context)), false, context);
	}

	/** All documents in one {@code testsuites} file. */
	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		List<ReportData> data = new ArrayList<>();
		for (ConformanceReport report : reports) {
			data.add(ReportData.of(report, context));
		}
		return write(data, true, context);
	}

	/** The rules that apply to a kind of document: courses are not checked against plan rules and so on. */
	public static List<String> applicableRules(Kind kind) {
		List<String> ids = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			boolean language = rule.origin() == Rule.Origin.LANGUAGE || rule.category() == RuleCategory.SYNTAX;
			// change records (GT-EVO) are a framework's own
			boolean versions = rule.category() == RuleCategory.EVOLUTION;
			boolean applies = switch (kind) {
				case COURSE -> rule.category() != RuleCategory.PLAN && !versions;
				case PLAN -> language && !versions || rule.category() == RuleCategory.PLAN || rule == Rule.INVALID_SETTINGS;
				case FRAMEWORK, UNKNOWN -> language;
			};
			if (applies) {
				ids.add(rule.id());
			}
		}
		return ids;
	}

	private static byte[] write(List<ReportData> reports, boolean wrap, RenderContext context) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
			xml.writeStartDocument("UTF-8", "1.0");
			int indent = 0;
			if (wrap) {
				int tests = 0;
				int failures = 0;
				for (ReportData d : reports) {
					Map<String, List<FindingData>> cases = cases(d);
					tests += cases.size();
					failures += failures(cases);
				}
				newline(xml, 0);
				xml.writeStartElement("testsuites");
				xml.writeAttribute("name", "goldthread");
				xml.writeAttribute("tests", String.valueOf(tests));
				xml.writeAttribute("failures", String.valueOf(failures));
				xml.writeAttribute("errors", "0");
				xml.writeAttribute("time", "0");
				indent = 1;
			}
			for (ReportData d : reports) {
				suite(xml, d, indent, context.toolVersion(), context.generated());
			}
			if (wrap) {
				xml.writeCharacters("\n");
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndDocument();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("JUnit XML could not be written: " + e.getMessage(), e);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Rule id → findings, for every applicable rule (in catalogue order) and every rule that has findings. */
	private static Map<String, List<FindingData>> cases(ReportData d) {
		Map<String, List<FindingData>> cases = new LinkedHashMap<>();
		for (String id : applicableRules(d.kind())) {
			cases.put(id, new ArrayList<>());
		}
		for (FindingData f : d.findings()) {
			cases.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
		}
		return cases;
	}

	private static int failures(Map<String, List<FindingData>> cases) {
		int n = 0;
		for (List<FindingData> findings : cases.values()) {
			if (findings.stream().anyMatch(f -> "error".equals(f.severity()))) {
				n++;
			}
		}
		return n;
	}

	private static void suite(XMLStreamWriter xml, ReportData d, int indent, String version, String generated) throws XMLStreamException {
		Map<String, List<FindingData>> cases = cases(d);
		String suiteName = "goldthread." + d.id();
		newline(xml, indent);
		xml.writeStartElement("testsuite");
		xml.writeAttribute("name", clean(suiteName));
		xml.writeAttribute("tests", String.valueOf(cases.size()));
		xml.writeAttribute("failures", String.valueOf(failures(cases)));
		xml.writeAttribute("errors", "0");
		xml.writeAttribute("skipped", "0");
		xml.writeAttribute("time", "0");
		if (generated != null) {
			xml.writeAttribute("timestamp", generated.endsWith("Z") ? generated.substring(0, generated.length() - 1) : generated);
		}
		newline(xml, indent + 1);
		xml.writeStartElement("properties");
		property(xml, indent + 2, "document", d.id());
		property(xml, indent + 2, "title", d.title());
		property(xml, indent + 2, "kind", d.kind().key());
		property(xml, indent + 2, "file", d.file());
		if (d.framework() != null) {
			property(xml, indent + 2, "framework", d.framework().id() + " " + d.framework().version());
			property(xml, indent + 2, "framework.file", d.framework().file());
			property(xml, indent + 2, "framework.sha256", d.framework().sha256());
		}
		property(xml, indent + 2, "profile", d.profile() == null ? "default" : d.profile());
		property(xml, indent + 2, "verdict", d.verdict());
		property(xml, indent + 2, "sha256", d.sha256());
		property(xml, indent + 2, "goldthread.version", version);
		newline(xml, indent + 1);
		xml.writeEndElement();
		for (Map.Entry<String, List<FindingData>> e : cases.entrySet()) {
			testcase(xml, indent + 1, suiteName, e.getKey(), e.getValue());
		}
		newline(xml, indent);
		xml.writeEndElement();
	}

	private static void testcase(XMLStreamWriter xml, int indent, String suiteName, String ruleId, List<FindingData> findings)
			throws XMLStreamException {
		Rule rule = Rule.byId(ruleId);
		newline(xml, indent);
		xml.writeStartElement("testcase");
		xml.writeAttribute("name", clean(ruleId + (rule == null ? "" : " " + rule.title())));
		xml.writeAttribute("classname", clean(suiteName));
		xml.writeAttribute("time", "0");
		List<FindingData> errors = findings.stream().filter(f -> "error".equals(f.severity())).toList();
		List<FindingData> others = findings.stream().filter(f -> !"error".equals(f.severity())).toList();
		if (!errors.isEmpty()) {
			newline(xml, indent + 1);
			xml.writeStartElement("failure");
			xml.writeAttribute("message", clean((errors.size() == 1 ? "" : errors.size() + " errors: ") + errors.get(0).message()));
			xml.writeAttribute("type", ruleId);
			xml.writeCharacters(clean(lines(errors)));
			xml.writeEndElement();
		}
		if (!others.isEmpty()) {
			newline(xml, indent + 1);
			xml.writeStartElement("system-out");
			xml.writeCharacters(clean(lines(others)));
			xml.writeEndElement();
		}
		if (!findings.isEmpty()) {
			newline(xml, indent);
		}
		xml.writeEndElement();
	}

	/** One line per finding, as compilers print them, with the passage and fix hint indented below. */
	private static String lines(List<FindingData> findings) {
		StringBuilder b = new StringBuilder("\n");
		for (FindingData f : findings) {
			b.append(f.file()).append(':').append(f.line()).append(':').append(f.column()).append(": ").append(f.severity()).append(' ')
					.append(f.ruleId()).append(' ').append(f.message() == null ? "" : f.message()).append('\n');
			if (f.passage() != null && !f.passage().isBlank()) {
				b.append("    The curriculum says: ").append(f.passage()).append('\n');
			}
			if (f.fixHint() != null && !f.fixHint().isBlank()) {
				b.append("    Fix: ").append(f.fixHint()).append('\n');
			}
		}
		return b.toString();
	}

	private static void property(XMLStreamWriter xml, int indent, String name, String value) throws XMLStreamException {
		newline(xml, indent);
		xml.writeEmptyElement("property");
		xml.writeAttribute("name", name);
		xml.writeAttribute("value", clean(value));
	}

	private static void newline(XMLStreamWriter xml, int indent) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(indent));
	}

	private static String clean(String s) {
		return XmlText.clean(s);
	}
}
