package org.goldthread.reports.sarif;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;
import org.goldthread.reports.json.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Findings as SARIF 2.1.0, for code-scanning tools (GitHub, GitLab, IDE viewers). One run; its
 * driver lists the whole rule catalogue ({@link Rule}: id, name, short and full description,
 * default level, the curriculum passage as help). Each finding is a result with its rule, level
 * ({@code error}, {@code warning}, or {@code note} for info), message and physical location: the
 * file's path relative to the report's folder, as a URI reference, and the 1-based line and column.
 */
public class SarifRenderer implements ReportRenderer {

	public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	@Override
	public ReportFormat format() {
		return ReportFormat.SARIF;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return renderIndex(List.of(report), context);
	}

	/** All reports' findings in one run. */
	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		List<ReportData> data = new ArrayList<>();
		for (ConformanceReport report : reports) {
			data.add(ReportData.of(report, context));
		}
		ObjectNode root = Json.object();
		root.put("$schema", SCHEMA);
		root.put("version", "2.1.0");
		ObjectNode run = root.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "Goldthread");
		driver.put("fullName", "Goldthread curriculum conformance checker");
		driver.put("version", context.toolVersion());
		ArrayNode rules = driver.putArray("rules");
		for (Rule rule : Rule.values()) {
			ObjectNode r = rules.addObject();
			r.put("id", rule.id());
			r.put("name", ReportData.ruleName(rule));
			r.putObject("shortDescription").put("text", rule.title());
			r.putObject("fullDescription").put("text", rule.rationale());
			r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity().getLiteral()));
			if (rule.passage() != null) {
				r.putObject("help").put("text", "The curriculum says: “" + rule.passage() + "”");
			}
			ObjectNode properties = r.putObject("properties");
			properties.put("category", rule.category().title());
			properties.putArray("tags").add("goldthread").add(rule.category().title());
		}
		ArrayNode artifacts = run.putArray("artifacts");
		for (ReportData d : data) {
			ObjectNode artifact = artifacts.addObject();
			artifact.putObject("location").put("uri", d.file());
			if (d.sha256() != null) {
				artifact.putObject("hashes").put("sha-256", d.sha256());
			}
		}
		if (context.generated() != null) {
			ObjectNode invocation = run.putArray("invocations").addObject();
			invocation.put("executionSuccessful", true);
			invocation.put("endTimeUtc", context.generated());
		}
		ObjectNode runProperties = run.putObject("properties");
		ArrayNode profiles = runProperties.putArray("profiles");
		data.stream().map(d -> d.profile() == null ? "default" : d.profile()).distinct().forEach(profiles::add);
		ArrayNode results = run.putArray("results");
		for (ReportData d : data) {
			for (FindingData f : d.findings()) {
				results.add(result(f, d));
			}
		}
		run.put("columnKind", "utf16CodeUnits");
		return Json.write(root);
	}

	private static ObjectNode result(FindingData f, ReportData report) {
		ObjectNode result = Json.object();
		result.put("ruleId", f.ruleId());
		Rule rule = Rule.byId(f.ruleId());
		if (rule != null) {
			result.put("ruleIndex", rule.ordinal());
		}
		result.put("level", level(f.severity()));
		StringBuilder message = new StringBuilder(f.message() == null ? f.ruleId() : f.message());
		if (f.fixHint() != null && !f.fixHint().isBlank()) {
			message.append("\nFix: ").append(f.fixHint());
		}
		result.putObject("message").put("text", message.toString());
		ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
		physical.putObject("artifactLocation").put("uri", uri(f.file()));
		ObjectNode region = physical.putObject("region");
		region.put("startLine", f.line());
		region.put("startColumn", f.column());
		ObjectNode properties = result.putObject("properties");
		properties.put("document", report.id());
		if (f.theme() != null) {
			properties.put("theme", f.theme());
		}
		if (f.frameworkElement() != null) {
			properties.put("frameworkElement", f.frameworkElement());
		}
		if (f.passage() != null) {
			properties.put("passage", f.passage());
		}
		return result;
	}

	/** SARIF levels: error, warning, note. */
	static String level(String severity) {
		return switch (severity == null ? "error" : severity) {
			case "warning" -> "warning";
			case "info" -> "note";
			default -> "error";
		};
	}

	/** A relative path as a URI reference (spaces and non-ASCII percent-encoded); other URIs as they are. */
	static String uri(String file) {
		if (file == null) {
			return "";
		}
		if (file.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
			return file;
		}
		try {
			String first = file.contains("/") ? file.substring(0, file.indexOf('/')) : file;
			String path = !file.startsWith("/") && first.contains(":") ? "./" + file : file; // not a scheme
			URI uri = new URI(null, null, path, null);
			String s = uri.toASCIIString();
			return file.startsWith("/") ? "file://" + s : s;
		} catch (URISyntaxException e) {
			return file;
		}
	}
}
