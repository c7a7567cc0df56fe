package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;

/**
 * The Goldthread page of the project's Maven site ({@code mvn site}), for the {@code <reporting>}
 * section of a pom: a "Goldthread conformance" entry in the site's Project Reports menu, in the
 * site's own skin, with each course's and plan's verdict, the counts of its findings, the framework
 * it implements and its findings with their fix hints; it links the full standalone reports (HTML,
 * in {@code goldthread/} of the site) and the documentation site (course handbooks and the pages of
 * the frameworks they implement, in {@code goldthread-docs/}), which it writes with the same
 * renderers as the {@code report} and {@code docs} goals. Findings never fail the site.
 * Needs maven-site-plugin 3.20.0 or newer (Doxia 2).
 */
@Mojo(name = "site-report", defaultPhase = LifecyclePhase.SITE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class SiteReportMojo extends AbstractMavenReport {

	/** The page's file name in the site, without {@code .html}. */
	static final String OUTPUT_NAME = "goldthread";
	/** The folders of the site the standalone reports and the documentation site are written to. */
	static final String REPORTS_FOLDER = "goldthread";
	static final String DOCS_FOLDER = "goldthread-docs";

	/** As for the other goals: the folders searched for Goldthread files. */
	@Parameter(property = "goldthread.sourceDirectories", defaultValue = "${project.basedir}/src/main/goldthread")
	protected List<File> sourceDirectories;

	/** As for the other goals: framework files, or folders of them, besides the dependencies' and the shipped ones. */
	@Parameter(property = "goldthread.frameworks")
	protected List<File> frameworks;

	/** As for the other goals: whether the frameworks shipped with the plugin are linked against. */
	@Parameter(property = "goldthread.useShippedFrameworks", defaultValue = "true")
	protected boolean useShippedFrameworks;

	/** As for the other goals: the profile every file is checked under (else each folder's {@code goldthread.properties}). */
	@Parameter(property = "goldthread.profile")
	protected String profile;

	/** Leaves the Goldthread page out of the site. */
	@Parameter(property = "goldthread.skip", defaultValue = "false")
	protected boolean skip;

	/** Whether the documentation site (course handbooks, framework pages) is written into the site and linked. */
	@Parameter(property = "goldthread.siteDocs", defaultValue = "true")
	protected boolean docs;

	@Parameter(defaultValue = "${plugin}", readonly = true, required = true)
	protected PluginDescriptor plugin;

	@Override
	public String getOutputName() {
		return OUTPUT_NAME;
	}

	@Override
	public String getName(Locale locale) {
		return "Goldthread conformance";
	}

	@Override
	public String getDescription(Locale locale) {
		return "Whether the project's courses and plans conform to the curricula and frameworks they implement, with the course handbooks.";
	}

	@Override
	public boolean canGenerateReport() {
		if (skip) {
			return false;
		}
		for (File dir : sourceDirectories == null ? List.<File>of() : sourceDirectories) {
			if (dir.exists()) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void executeReport(Locale locale) throws MavenReportException {
		Checking checking = new Checking(this);
		List<CheckedFile> checked;
		try {
			checked = checking.check(checking.inputs()).checked();
		} catch (MojoExecutionException | MojoFailureException e) {
			throw new MavenReportException(e.getMessage(), e);
		}
		Path site = getReportOutputDirectory().toPath();
		RenderContext context = new RenderContext(project.getBasedir().toPath(), plugin.getVersion());
		List<ReportFile> reports = Reports.files(List.of(ReportFormat.HTML), Reports.reported(checked), context);
		List<ReportFile> pages = docs ? Reports.docsSite(checked, context) : List.of();
		try {
			OutputFolder.write(project.getBasedir().toPath(), site.resolve(REPORTS_FOLDER), reports, List.of());
			if (docs) {
				OutputFolder.write(project.getBasedir().toPath(), site.resolve(DOCS_FOLDER), pages, List.of());
			}
		} catch (IOException e) {
			throw new MavenReportException("Goldthread site report: " + e.getMessage(), e);
		}
		List<String> reportPaths = new ArrayList<>();
		reports.forEach(r -> reportPaths.add(REPORTS_FOLDER + "/" + r.path()));
		List<String> docPaths = new ArrayList<>();
		pages.forEach(p -> docPaths.add(DOCS_FOLDER + "/" + p.path()));
		new SitePage(getSink(), checked, project.getBasedir().toPath(), reportPaths, docPaths).render();
		getLog().info("Goldthread: site page " + OUTPUT_NAME + ".html, " + CheckSummary.plural(reports.size(), "report") + " in " + REPORTS_FOLDER + "/"
				+ (docs ? ", " + CheckSummary.plural(pages.size(), "documentation page") + " in " + DOCS_FOLDER + "/" : "") + ": "
				+ CheckSummary.of(checked).line());
	}

	/** The other goals' way of finding, linking and checking the files, with this report's parameters. */
	static final class Checking extends AbstractGoldthreadMojo {

		Checking(SiteReportMojo report) {
			setLog(report.getLog());
			sourceDirectories = report.sourceDirectories;
			frameworks = report.frameworks;
			useShippedFrameworks = report.useShippedFrameworks;
			profile = report.profile;
			project = report.project;
			mojoExecution = report.mojoExecution;
			plugin = report.plugin;
		}

		@Override
		protected String goal() {
			return "site-report";
		}

		@Override
		protected void addGoalParameters(InputStamp stamp) {
		}

		@Override
		protected Outcome run(CheckRun run, List<String> previousOutputs) {
			throw new UnsupportedOperationException("the site report runs through AbstractMavenReport");
		}
	}
}
