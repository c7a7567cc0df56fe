package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.maven.FrameworkSources.DependencyFrameworks;
import org.goldthread.model.Framework;

/**
 * What a new version of a framework means for the courses in the source folders, as {@code goldthread
 * impact} shows it: references that break (and which {@code goldthread migrate} can update), objectives
 * newly required and not taught, coverage to review, justified gaps that no longer apply. Logs each
 * course's effort and writes the report ({@code impact.html}, {@code .json}, {@code .xml} for JUnit or
 * {@code .sarif} for code scanning, with paths relative to the project's folder)
 * into {@code outputDirectory}. Run it by hand: {@code mvn goldthread:impact -Dgoldthread.newVersion=new.curriculum}.
 * <p>
 * The versions side by side (those the courses implement, and the new one when named as
 * {@code id@version}) come from the same sources as the check's, the first of an id and version
 * winning: the {@code frameworks} files, the project's dependencies that hold
 * {@code frameworks/index.txt} ({@link FrameworkSources}), then the frameworks shipped with the
 * plugin unless {@code useShippedFrameworks} is false.
 */
@Mojo(name = "impact", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ImpactMojo extends AbstractMojo {

	/**
	 * The new version: a framework file, or {@code id@version} of a framework from the
	 * {@code frameworks} files, the project's dependencies or the shipped ones.
	 */
	@Parameter(property = "goldthread.newVersion", required = true)
	protected String newVersion;

	/** The folders whose {@code .course} files are analysed. */
	@Parameter(property = "goldthread.sourceDirectories", defaultValue = "${project.basedir}/src/main/goldthread")
	protected List<File> sourceDirectories;

	/**
	 * More framework files (the versions the courses implement, when neither a dependency nor the
	 * plugin provides them). One of these wins over a dependency's or a shipped framework of the same
	 * id and version.
	 */
	@Parameter(property = "goldthread.frameworks")
	protected List<File> frameworks;

	/**
	 * Whether the frameworks shipped with the plugin are available too. Set it to {@code false} (as for
	 * the check) to take every version from the project's dependencies and the {@code frameworks} files.
	 */
	@Parameter(property = "goldthread.useShippedFrameworks", defaultValue = "true")
	protected boolean useShippedFrameworks;

	/** The project, whose dependencies that hold {@code frameworks/index.txt} provide framework versions. */
	@Parameter(defaultValue = "${project}", readonly = true)
	protected MavenProject project;

	/** html, json, junit or sarif. */
	@Parameter(property = "goldthread.impactFormat", defaultValue = "html")
	protected String format;

	/** The folder SARIF locations are relative to: the project's. */
	@Parameter(defaultValue = "${project.basedir}", readonly = true)
	protected File baseDirectory;

	/** The folder the report is written to. */
	@Parameter(property = "goldthread.impactDirectory", defaultValue = "${project.build.directory}/goldthread-impact")
	protected File outputDirectory;

	/** Fail the build when any course has something that needs a person. */
	@Parameter(property = "goldthread.failOnImpact", defaultValue = "false")
	protected boolean failOnImpact;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		try {
			List<Path> courses = new ArrayList<>();
			for (File dir : sourceDirectories == null ? List.<File>of() : sourceDirectories) {
				if (dir.isDirectory()) {
					try (var walk = Files.walk(dir.toPath())) {
						walk.filter(p -> p.toString().endsWith(".course")).sorted().forEach(courses::add);
					}
				}
			}
			List<Path> local = (frameworks == null ? List.<File>of() : frameworks).stream().map(File::toPath).toList();
			List<DependencyFrameworks> dependencies = project == null ? List.of() : FrameworkSources.ofDependencies(project.getArtifacts(), getLog());
			Map<String, String> coordinates = new LinkedHashMap<>();
			List<URL> urls = new ArrayList<>();
			for (DependencyFrameworks d : dependencies) {
				for (URL url : d.urls()) {
					coordinates.putIfAbsent(url.toString(), d.coordinates());
					urls.add(url);
				}
			}
			EvolutionWorkspace workspace = new EvolutionWorkspace(GoldthreadStandaloneSetup.doSetup(), local, urls, useShippedFrameworks);
			logSources(workspace, coordinates);
			Framework target;
			try {
				target = workspace.resolve(newVersion);
			} catch (EvolutionException e) {
				throw new MojoExecutionException("Goldthread impact: " + e.getMessage() + " Looked in: " + searched(local, dependencies) + ".", e);
			}
			String from = coordinates.get(workspace.source(target));
			if (from != null) {
				getLog().info("Goldthread: the new version " + target.getName() + " version \"" + target.getVersion() + "\" is the one of dependency " + from);
			}
			List<Impact.CourseImpact> impacts = new Evolution(workspace).impact(target, courses);
			String label = target.getName() + " version \"" + target.getVersion() + "\"";
			for (Impact.CourseImpact c : impacts) {
				getLog().info(c.courseId() + ": " + c.summary());
				for (Impact.Consequence i : c.needingPerson()) {
					getLog().warn("  " + c.file() + (i.line() > 0 ? ":" + i.line() : "") + ": " + i.message());
				}
			}
			ImpactRenderer.Format chosen = ImpactRenderer.Format.named(format);
			if (chosen == null || chosen.fileName() == null) {
				throw new MojoExecutionException("goldthread.impactFormat '" + format + "' is not html, json, junit or sarif");
			}
			String name = chosen.fileName();
			String text = ImpactRenderer.render(chosen, label, impacts, baseDirectory == null ? Path.of("") : baseDirectory.toPath());
			Path out = outputDirectory.toPath().resolve(name);
			org.goldthread.reports.AtomicWriter.write(out, text.getBytes(StandardCharsets.UTF_8));
			getLog().info("Impact of " + label + " on " + impacts.size() + " course(s): " + out);
			long person = impacts.stream().mapToLong(c -> c.needingPerson().size()).sum();
			if (failOnImpact && person > 0) {
				throw new MojoFailureException(person + " item(s) of the new version's impact need a person; see " + out);
			}
		} catch (EvolutionException e) {
			throw new MojoExecutionException(e.getMessage(), e);
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot write the impact report: " + e.getMessage(), e);
		}
	}

	/** Says which source wins where a dependency's framework has the id and version of another source's. */
	private void logSources(EvolutionWorkspace workspace, Map<String, String> coordinates) {
		Set<String> shipped = new HashSet<>();
		if (useShippedFrameworks) {
			ShippedFrameworks.entries().forEach(e -> shipped.add(e.id() + "@" + e.version()));
		}
		for (EvolutionWorkspace.PassedOver p : workspace.passedOver()) {
			String message = "Goldthread: " + p.url() + " (" + coordinates.get(p.url().toString()) + ") left out: " + p.reason();
			if (p.shadowed()) {
				getLog().info(message);
			} else {
				getLog().warn(message);
			}
		}
		for (Framework f : workspace.loaded()) {
			String from = coordinates.get(workspace.source(f));
			if (from != null && shipped.contains(f.getName() + "@" + f.getVersion())) {
				getLog().info("Goldthread: " + f.getName() + " version \"" + f.getVersion() + "\" from dependency " + from
						+ " wins over the copy shipped with the plugin");
			}
		}
	}

	private String searched(List<Path> local, List<DependencyFrameworks> dependencies) {
		List<String> searched = new ArrayList<>();
		local.forEach(f -> searched.add("framework file " + f));
		dependencies.forEach(d -> searched.add("dependency " + d.coordinates() + " (" + d.names().size() + " framework files)"));
		if (dependencies.isEmpty()) {
			searched.add("no dependency of this project holds " + ShippedFrameworks.INDEX);
		}
		searched.add(useShippedFrameworks ? "the frameworks shipped with the plugin" : "not the frameworks shipped with the plugin (useShippedFrameworks is false)");
		return String.join("; ", searched);
	}
}
