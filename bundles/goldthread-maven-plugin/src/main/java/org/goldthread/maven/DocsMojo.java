package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.output.Reports;

/**
 * Generates the documentation site of the Goldthread files in the source folders into
 * {@code outputDirectory}, with the same generator as {@code goldthread docs}: static HTML that
 * works offline, starting at {@code index.html}. A course gets a handbook (modules, teaching days and
 * sessions, what each covers and weaves, assessments, justified gaps) whose every framework item
 * links to the page of the framework it implements, which is documented with it (overview, a page
 * per theme with its objectives and content ideas, golden threads, assessment, appendices); a local
 * plan gets a page of actions. Findings never fail this goal.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DocsMojo extends AbstractGoldthreadMojo {

	/** The folder the documentation site is written to; open its {@code index.html}. */
	@Parameter(property = "goldthread.docsDirectory", defaultValue = "${project.build.directory}/goldthread-docs")
	protected File outputDirectory;

	@Override
	protected String goal() {
		return "docs";
	}

	@Override
	protected void addGoalParameters(InputStamp stamp) {
		stamp.add("outputDirectory", outputDirectory);
	}

	@Override
	protected Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, IOException {
		RenderContext context = new RenderContext(project.getBasedir().toPath(), plugin.getVersion());
		List<ReportFile> pages;
		try {
			pages = Reports.docsSite(run.checked(), context);
		} catch (RuntimeException e) {
			throw new MojoExecutionException("Goldthread docs: cannot generate the documentation: " + e.getMessage(), e);
		}
		List<String> written = OutputFolder.write(project.getBasedir().toPath(), outputDirectory.toPath(), pages, previousOutputs);
		String summary = "documentation site of " + CheckSummary.plural(run.checked().size(), "file") + " in " + shown(outputDirectory.toPath()) + ": "
				+ CheckSummary.plural(written.size(), "page") + " (open " + shown(outputDirectory.toPath().resolve("index.html")) + ")";
		getLog().info("Goldthread: wrote " + summary);
		return new Outcome(summary, written);
	}
}
