package org.goldthread.maven.render.fallback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.maven.render.RenderInput;
import org.goldthread.maven.render.RenderedFile;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * FALLBACK until org.goldthread.reports is merged (see ReportsAdapter): {@code goldthread.json},
 * every checked file with its verdict, counts and findings, for scripts and dashboards.
 */
public final class FallbackJsonReport {

	public static final String FORMAT = "json";
	public static final String FILE = "goldthread.json";

	private FallbackJsonReport() {
	}

	public static RenderedFile render(RenderInput input) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("tool", "goldthread-maven-plugin");
			json.writeStringField("version", input.toolVersion());
			int errors = 0;
			int warnings = 0;
			int infos = 0;
			for (CheckedFile file : input.checked()) {
				errors += file.report().count(Severity.ERROR);
				warnings += file.report().count(Severity.WARNING);
				infos += file.report().count(Severity.INFO);
			}
			json.writeObjectFieldStart("summary");
			json.writeNumberField("files", input.checked().size());
			json.writeNumberField("errors", errors);
			json.writeNumberField("warnings", warnings);
			json.writeNumberField("info", infos);
			json.writeEndObject();
			json.writeArrayFieldStart("documents");
			for (CheckedFile file : input.checked()) {
				document(json, input, file);
			}
			json.writeEndArray();
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		bytes.write('\n');
		return new RenderedFile(FILE, bytes.toByteArray());
	}

	private static void document(JsonGenerator json, RenderInput input, CheckedFile file) throws IOException {
		ConformanceReport report = file.report();
		Document document = file.document();
		json.writeStartObject();
		json.writeStringField("file", input.display(file.path()));
		json.writeStringField("kind", kind(document));
		json.writeStringField("id", report.getDocumentId());
		json.writeStringField("title", report.getDocumentTitle());
		Framework framework = report.getFramework();
		if (framework != null) {
			json.writeObjectFieldStart("implements");
			json.writeStringField("id", framework.getName());
			json.writeStringField("version", framework.getVersion());
			json.writeEndObject();
		}
		json.writeStringField("profile", report.getProfile());
		json.writeStringField("verdict", report.getVerdict() == null ? null : report.getVerdict().getLiteral());
		json.writeNumberField("errors", report.count(Severity.ERROR));
		json.writeNumberField("warnings", report.count(Severity.WARNING));
		json.writeNumberField("info", report.count(Severity.INFO));
		json.writeArrayFieldStart("findings");
		for (Finding f : report.getFindings()) {
			json.writeStartObject();
			json.writeStringField("rule", f.getRuleId());
			json.writeStringField("severity", f.getSeverity().getLiteral());
			json.writeStringField("message", f.getMessage());
			if (f.getLocation() != null) {
				json.writeNumberField("line", f.getLocation().getLine());
				json.writeNumberField("column", f.getLocation().getColumn());
			}
			optional(json, "frameworkElement", f.getFrameworkElementId());
			optional(json, "theme", f.getTheme());
			optional(json, "passage", f.getPassage());
			optional(json, "fix", f.getFixHint());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void optional(JsonGenerator json, String name, String value) throws IOException {
		if (value != null) {
			json.writeStringField(name, value);
		}
	}

	static String kind(Document document) {
		if (document instanceof Course) {
			return "course";
		} else if (document instanceof LocalPlan) {
			return "plan";
		} else if (document instanceof Framework f) {
			return f.getKind() == null ? "framework" : f.getKind().getLiteral();
		}
		return "unreadable";
	}
}
