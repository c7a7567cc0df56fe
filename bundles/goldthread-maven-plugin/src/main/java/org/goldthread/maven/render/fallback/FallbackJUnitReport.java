package org.goldthread.maven.render.fallback;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleCategory;
import org.goldthread.maven.render.RenderInput;
import org.goldthread.maven.render.RenderedFile;
import org.goldthread.model.Course;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

/**
 * FALLBACK until org.goldthread.reports is merged (see ReportsAdapter): JUnit XML, the format CI
 * servers show as test results. One file per checked document, {@code junit/TEST-goldthread.<id>.xml},
 * as one test suite with one test case per rule of the catalogue that applies to the document
 * (courses: all but the plan rules; plans: syntax, document, integrity and plan rules; frameworks:
 * syntax, document and integrity). A rule with error findings fails; warnings and information are
 * listed in the test case's output but do not fail it.
 */
public final class FallbackJUnitReport {

	public static final String FORMAT = "junit";
	public static final String FOLDER = "junit/";

	private FallbackJUnitReport() {
	}

	public static List<RenderedFile> render(RenderInput input) {
		List<RenderedFile> files = new ArrayList<>();
		Set<String> names = new java.util.HashSet<>();
		for (CheckedFile file : input.checked()) {
			String suite = "goldthread." + FallbackMarkdownDocs.slug(file);
			String name = suite;
			for (int i = 2; !names.add(name); i++) {
				name = suite + "-" + i;
			}
			files.add(RenderedFile.text(FOLDER + "TEST-" + name + ".xml", suite(input, file, suite)));
		}
		return files;
	}

	private static String suite(RenderInput input, CheckedFile file, String suite) {
		ConformanceReport report = file.report();
		Map<String, List<Finding>> byRule = new LinkedHashMap<>();
		for (Rule rule : Rule.values()) {
			if (applies(rule, file)) {
				byRule.put(rule.id(), new ArrayList<>());
			}
		}
		for (Finding f : report.getFindings()) {
			byRule.computeIfAbsent(f.getRuleId(), id -> new ArrayList<>()).add(f);
		}
		int failures = 0;
		for (List<Finding> findings : byRule.values()) {
			if (findings.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)) {
				failures++;
			}
		}
		String shown = input.display(file.path());
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<testsuite name=\"").append(esc(suite)).append("\" tests=\"").append(byRule.size()).append("\" failures=\"")
				.append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
		xml.append("  <properties>\n");
		property(xml, "file", shown);
		property(xml, "verdict", report.getVerdict() == null ? "" : report.getVerdict().getLiteral());
		property(xml, "profile", report.getProfile() == null ? "" : report.getProfile());
		property(xml, "tool", "goldthread-maven-plugin " + input.toolVersion());
		xml.append("  </properties>\n");
		for (Map.Entry<String, List<Finding>> entry : byRule.entrySet()) {
			Rule rule = Rule.byId(entry.getKey());
			String name = entry.getKey() + (rule == null ? "" : " " + rule.title());
			xml.append("  <testcase classname=\"").append(esc(suite)).append("\" name=\"").append(esc(name)).append("\" time=\"0\"");
			List<Finding> findings = entry.getValue();
			if (findings.isEmpty()) {
				xml.append("/>\n");
				continue;
			}
			xml.append(">\n");
			List<Finding> errors = findings.stream().filter(f -> f.getSeverity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				xml.append("    <failure type=\"").append(esc(entry.getKey())).append("\" message=\"")
						.append(esc(errors.size() == 1 ? errors.get(0).getMessage() : errors.size() + " errors: " + errors.get(0).getMessage() + " …"))
						.append("\">");
				xml.append(esc(lines(shown, errors))).append("</failure>\n");
			}
			List<Finding> others = findings.stream().filter(f -> f.getSeverity() != Severity.ERROR).toList();
			if (!others.isEmpty()) {
				xml.append("    <system-out>").append(esc(lines(shown, others))).append("</system-out>\n");
			}
			xml.append("  </testcase>\n");
		}
		xml.append("</testsuite>\n");
		return xml.toString();
	}

	private static boolean applies(Rule rule, CheckedFile file) {
		Set<RuleCategory> categories;
		if (file.document() instanceof Course) {
			categories = EnumSet.complementOf(EnumSet.of(RuleCategory.PLAN));
		} else if (file.document() instanceof LocalPlan) {
			categories = EnumSet.of(RuleCategory.SYNTAX, RuleCategory.DOCUMENT, RuleCategory.INTEGRITY, RuleCategory.PLAN);
		} else {
			categories = EnumSet.of(RuleCategory.SYNTAX, RuleCategory.DOCUMENT, RuleCategory.INTEGRITY);
		}
		return categories.contains(rule.category());
	}

	private static String lines(String file, List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding f : findings) {
			int line = f.getLocation() == null ? 1 : f.getLocation().getLine();
			int column = f.getLocation() == null ? 1 : f.getLocation().getColumn();
			text.append(file).append(":[").append(line).append(',').append(column).append("] ").append(f.getSeverity().getLiteral())
					.append(' ').append(f.getRuleId()).append(' ').append(f.getMessage()).append('\n');
			if (f.getFixHint() != null) {
				text.append("  fix: ").append(f.getFixHint()).append('\n');
			}
		}
		return text.toString();
	}

	private static void property(StringBuilder xml, String name, String value) {
		xml.append("    <property name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append("\"/>\n");
	}

	/** XML text and attribute escaping; characters XML 1.0 cannot hold are dropped. */
	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
