package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.goldthread.maven.render.GoldthreadRenderer;
import org.goldthread.maven.render.RenderInput;
import org.goldthread.maven.render.RenderedFile;
import org.goldthread.maven.render.ReportsAdapter;

/**
 * Writes conformance reports for every Goldthread file in the source folders into
 * {@code outputDirectory}: {@code goldthread.json} (format {@code json}) and JUnit XML test results
 * in {@code junit/} (format {@code junit}; one {@code TEST-goldthread.ID.xml} per file, ID being the document id; one test
 * case per applicable rule, failing on error findings), which CI servers show as test results.
 * Findings never fail this goal: it runs in the {@code package} phase, before {@code check}
 * ({@code verify}) can fail the build, so the reports are there to read either way. It does fail
 * when a course implements a framework no source provides, as {@code check} does.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReportMojo extends AbstractGoldthreadMojo {

	/**
	 * The report formats to write: {@code json} and {@code junit} in this version. Give several as a
	 * list, or on the command line comma-separated ({@code -Dgoldthread.formats=json,junit}).
	 */
	@Parameter(property = "goldthread.formats", defaultValue = "json,junit")
	protected List<String> formats;

	/** The folder the reports are written to; JUnit XML goes into its {@code junit/} subfolder. */
	@Parameter(property = "goldthread.outputDirectory", defaultValue = "${project.build.directory}/goldthread")
	protected File outputDirectory;

	private final GoldthreadRenderer renderer = new ReportsAdapter();

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
		List<String> chosen = OutputFolder.formats(formats, renderer.reportFormats(), "report", ReportsAdapter.formatsComingWithTheReportsBundle());
		RenderInput input = new RenderInput(run.checked(), project.getBasedir().toPath(), plugin.getVersion());
		List<RenderedFile> files = new ArrayList<>();
		for (String format : chosen) {
			files.addAll(renderer.renderReport(format, input));
		}
		List<String> written = OutputFolder.write(project.getBasedir().toPath(), outputDirectory.toPath(), files, previousOutputs);
		String summary = String.join(", ", chosen) + " report" + (chosen.size() == 1 ? "" : "s") + " of " + plural(run.checked().size(), "file")
				+ " in " + shown(outputDirectory.toPath()) + ": " + counts(run.checked());
		getLog().info("Goldthread: wrote " + summary);
		return new Outcome(summary, written);
	}
}
