package org.goldthread.maven.render;

import java.util.List;

import org.goldthread.maven.render.fallback.FallbackJUnitReport;
import org.goldthread.maven.render.fallback.FallbackJsonReport;
import org.goldthread.maven.render.fallback.FallbackMarkdownDocs;

/**
 * The plugin's one link to report and documentation rendering.
 * <p>
 * <b>FALLBACK, until the reports bundle is merged.</b> The renderers proper (HTML, PDF, Markdown,
 * JSON, JUnit, SARIF, CSV) are being built as the pure renderers of {@code org.goldthread.reports}
 * on another branch. Until that bundle is in this reactor, this adapter delegates to the minimal
 * renderers in {@code render.fallback}: JSON and JUnit XML reports, Markdown documentation. To
 * switch: add {@code org.goldthread.reports} (and its own dependencies) to the plugin's pom, make
 * the methods below delegate to its renderers (one per format key), and delete
 * {@code render.fallback}. Nothing else in the plugin refers to a renderer.
 */
public final class ReportsAdapter implements GoldthreadRenderer {

	@Override
	public List<String> reportFormats() {
		return List.of(FallbackJsonReport.FORMAT, FallbackJUnitReport.FORMAT);
	}

	@Override
	public List<String> docFormats() {
		return List.of(FallbackMarkdownDocs.FORMAT);
	}

	@Override
	public List<RenderedFile> renderReport(String format, RenderInput input) {
		return switch (format) {
			case FallbackJsonReport.FORMAT -> List.of(FallbackJsonReport.render(input));
			case FallbackJUnitReport.FORMAT -> FallbackJUnitReport.render(input);
			default -> throw new IllegalArgumentException("Unknown report format '" + format + "'");
		};
	}

	@Override
	public List<RenderedFile> renderDocs(String format, RenderInput input) {
		if (!FallbackMarkdownDocs.FORMAT.equals(format)) {
			throw new IllegalArgumentException("Unknown documentation format '" + format + "'");
		}
		return FallbackMarkdownDocs.render(input);
	}

	/** Said when a format is asked for that this version cannot write. */
	public static String formatsComingWithTheReportsBundle() {
		return "HTML, PDF, SARIF and CSV reports and HTML documentation come with the Goldthread reports renderers (org.goldthread.reports)";
	}
}
