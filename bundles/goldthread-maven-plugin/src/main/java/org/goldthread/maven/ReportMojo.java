package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;

/**
 * Writes validation reports of the Goldthread files in the source folders into
 * {@code outputDirectory}, with the same renderers as {@code goldthread report}: one file per
 * course or local plan and format, named after the document's id (frameworks get one only when they
 * have findings), and an index when there are several. JUnit XML goes into <code>junit/</code>
 * (one <code>TEST-*.xml</code> per course or plan, named after its id; one test case per rule,
 * failing on error findings), where CI servers pick it up as test results. Findings never fail
 * this goal: it runs in the {@code package} phase, before {@code check} ({@code verify}) can fail
 * the build, so the reports are there to read either way.
 * It does fail when a course implements a framework no source provides, as {@code check} does.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractGoldthreadMojo {

	/**
	 * PDFBox warns once per standard PDF font that no system font matches it, though the PDF reports
	 * embed fonts of their own (DejaVu). The renderer quiets it through java.util.logging, as the
	 * command line logs; in Maven, PDFBox logs through Maven's SLF4J logger instead, which reads a
	 * logger's level from this system property when the logger is first made. A level the user set wins.
	 */
	private static final String PDFBOX_FONT_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.apache.pdfbox.pdmodel.font";

	static {
		if (System.getProperty(PDFBOX_FONT_LOG_LEVEL) == null) {
			System.setProperty(PDFBOX_FONT_LOG_LEVEL, "error");
		}
	}

	/**
	 * The report formats to write: {@code html} (one self-contained page per course or plan),
	 * {@code pdf} (the same page for accreditation panels), {@code md} (Markdown), {@code json}
	 * (described by Goldthread's report schema), {@code junit} (JUnit XML in {@code junit/}),
	 * {@code sarif} (SARIF 2.1.0 for code-scanning tools), {@code csv} (the coverage matrix). Give
	 * several as a list, or on the command line comma-separated
	 * ({@code -Dgoldthread.formats=html,pdf,junit}).
	 */
	@Parameter(property = "goldthread.formats", defaultValue = "html,json,junit,sarif")
	protected List<String> formats;

	/** The folder the reports are written to; JUnit XML goes into its {@code junit/} subfolder. */
	@Parameter(property = "goldthread.outputDirectory", defaultValue = "${project.build.directory}/goldthread")
	protected File outputDirectory;

	@Override
	protected String goal() {
		return "report";
	}

	@Override
	protected void addGoalParameters(InputStamp stamp) {
		stamp.add("formats", formats).add("outputDirectory", outputDirectory);
	}

	@Override
	protected Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, IOException {
		List<ReportFormat> chosen = formats(formats);
		List<ConformanceReport> reports = Reports.reported(run.checked());
		RenderContext context = new RenderContext(project.getBasedir().toPath(), plugin.getVersion());
		List<ReportFile> files = Reports.files(chosen, reports, context);
		List<String> written = OutputFolder.write(project.getBasedir().toPath(), outputDirectory.toPath(), files, previousOutputs);
		for (String file : written) {
			getLog().debug("Goldthread: wrote " + file);
		}
		String summary = chosen.stream().map(ReportFormat::key).reduce((a, b) -> a + ", " + b).orElse("") + " reports of "
				+ CheckSummary.plural(reports.size(), "document") + " in " + shown(outputDirectory.toPath()) + " (" + CheckSummary.plural(written.size(), "file")
				+ "): " + CheckSummary.of(run.checked()).counts();
		getLog().info("Goldthread: wrote " + summary);
		return new Outcome(summary, written);
	}

	/** The formats asked for, each once; a list item may itself be a comma-separated list. */
	static List<ReportFormat> formats(List<String> requested) throws MojoExecutionException {
		Set<ReportFormat> chosen = new LinkedHashSet<>();
		for (String item : requested == null ? List.<String>of() : requested) {
			for (String key : item.split(",")) {
				if (key.isBlank()) {
					continue;
				}
				ReportFormat format = ReportFormat.byKey(key);
				if (format == null) {
					throw new MojoExecutionException("Goldthread: '" + key.trim() + "' is not a report format (parameter formats); use " + keys());
				}
				chosen.add(format);
			}
		}
		if (chosen.isEmpty()) {
			throw new MojoExecutionException("Goldthread: no report format given (parameter formats); use " + keys());
		}
		return new ArrayList<>(chosen);
	}

	private static String keys() {
		List<String> keys = new ArrayList<>();
		for (ReportFormat f : ReportFormat.values()) {
			keys.add(f.key());
		}
		return String.join(", ", keys);
	}
}
