package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Framework;

/**
 * What a new version of a framework means for the courses in the source folders, as {@code goldthread
 * impact} shows it: references that break (and which {@code goldthread migrate} can update), objectives
 * newly required and not taught, coverage to review, justified gaps that no longer apply. Logs each
 * course's effort and writes the report ({@code impact.html}, {@code .json}, {@code .xml} for JUnit or
 * {@code .sarif} for code scanning, with paths relative to the project's folder)
 * into {@code outputDirectory}. Run it by hand: {@code mvn goldthread:impact -Dgoldthread.newVersion=new.curriculum}.
 */
@Mojo(name = "impact", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ImpactMojo extends AbstractMojo {

	/** The new version: a framework file, or a shipped framework as {@code id@version}. */
	@Parameter(property = "goldthread.newVersion", required = true)
	protected String newVersion;

	/** The folders whose {@code .course} files are analysed. */
	@Parameter(property = "goldthread.sourceDirectories", defaultValue = "${project.basedir}/src/main/goldthread")
	protected List<File> sourceDirectories;

	/** More framework files (the versions the courses implement, when not shipped). */
	@Parameter(property = "goldthread.frameworks")
	protected List<File> frameworks;

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
			EvolutionWorkspace workspace = new EvolutionWorkspace(GoldthreadStandaloneSetup.doSetup(), local, true);
			Framework target = workspace.resolve(newVersion);
			List<Impact.CourseImpact> impacts = new Evolution(workspace).impact(target, courses);
			String label = target.getName() + " version \"" + target.getVersion() + "\"";
			for (Impact.CourseImpact c : impacts) {
				getLog().info(c.courseId() + ": " + c.summary());
				for (Impact.Consequence i : c.needingPerson()) {
					getLog().warn("  " + c.file() + (i.line() > 0 ? ":" + i.line() : "") + ": " + i.message());
				}
			}
			String text;
			String name;
			switch (format) {
				case "json" -> { text = ImpactRenderer.json(label, impacts); name = "impact.json"; }
				case "junit" -> { text = ImpactRenderer.junit(label, impacts); name = "TEST-goldthread-impact.xml"; }
				case "html" -> { text = ImpactRenderer.html(label, impacts); name = "impact.html"; }
				case "sarif" -> {
					text = ImpactRenderer.sarif(label, impacts, baseDirectory == null ? Path.of("") : baseDirectory.toPath());
					name = "impact.sarif";
				}
				default -> throw new MojoExecutionException("goldthread.impactFormat '" + format + "' is not html, json, junit or sarif");
			}
			Files.createDirectories(outputDirectory.toPath());
			Path out = outputDirectory.toPath().resolve(name);
			Path tmp = Files.createTempFile(outputDirectory.toPath(), "." + name, ".tmp");
			Files.writeString(tmp, text, StandardCharsets.UTF_8);
			Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
}
