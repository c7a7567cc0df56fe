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
 * Generates documentation of the Goldthread files in the source folders into
 * {@code outputDirectory}: an index of the documents with their verdicts, a page per course (its
 * modules, teaching days and sessions, assessments, theme coverage, golden-thread weave and findings)
 * or plan, and the rule catalogue. Findings never fail this goal.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DocsMojo extends AbstractGoldthreadMojo {

	/**
	 * The documentation formats to write: {@code md} (Markdown) in this version. On the command line
	 * comma-separated: {@code -Dgoldthread.docFormats=md}.
	 */
	@Parameter(property = "goldthread.docFormats", defaultValue = "md")
	protected List<String> formats;

	/** The folder the documentation is written to. */
	@Parameter(property = "goldthread.docsDirectory", defaultValue = "${project.build.directory}/goldthread-docs")
	protected File outputDirectory;

	private final GoldthreadRenderer renderer = new ReportsAdapter();

	@Override
	protected String goal() {
		return "docs";
	}

	@Override
	protected void addGoalParameters(InputStamp stamp) {
		stamp.add("formats", formats).add("outputDirectory", outputDirectory);
	}

	@Override
	protected Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, IOException {
		List<String> chosen = OutputFolder.formats(formats, renderer.docFormats(), "documentation", ReportsAdapter.formatsComingWithTheReportsBundle());
		RenderInput input = new RenderInput(run.checked(), project.getBasedir().toPath(), plugin.getVersion());
		List<RenderedFile> files = new ArrayList<>();
		for (String format : chosen) {
			files.addAll(renderer.renderDocs(format, input));
		}
		List<String> written = OutputFolder.write(project.getBasedir().toPath(), outputDirectory.toPath(), files, previousOutputs);
		String summary = String.join(", ", chosen) + " documentation of " + plural(run.checked().size(), "file") + " in "
				+ shown(outputDirectory.toPath()) + ": " + plural(written.size(), "page");
		getLog().info("Goldthread: wrote " + summary);
		return new Outcome(summary, written);
	}
}
