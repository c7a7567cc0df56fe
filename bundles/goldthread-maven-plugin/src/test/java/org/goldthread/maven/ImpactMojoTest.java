package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.goldthread.curricula.ShippedFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The impact goal: the report of the fictional revision's impact on the Northtown course, failOnImpact,
 * and the versions side by side from the project's dependencies (a jar with {@code frameworks/index.txt}).
 */
class ImpactMojoTest {

	@TempDir
	Path dir;

	private ImpactMojo mojo(String format, boolean fail) {
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		ImpactMojo mojo = new ImpactMojo();
		mojo.newVersion = Examples.ROOT.resolve("evolution/cypmh-leadership-2026-fictional.curriculum").toString();
		mojo.sourceDirectories = List.of(Examples.ROOT.resolve("northtown").toFile());
		mojo.frameworks = List.of();
		mojo.useShippedFrameworks = true;
		mojo.format = format;
		mojo.outputDirectory = dir.resolve("impact").toFile();
		mojo.failOnImpact = fail;
		return mojo;
	}

	@Test
	void writesTheImpactReport() throws Exception {
		mojo("json", false).execute();
		String json = Files.readString(dir.resolve("impact/impact.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"course\": \"northtown.pgcertLeadership\""), json);
		assertTrue(json.contains("by goldthread migrate"), json);
		assertTrue(json.contains("\"oldId\": \"landscape.policyTimeline\""), json);
	}

	@Test
	void writesSarifWithPathsRelativeToTheProject() throws Exception {
		ImpactMojo mojo = mojo("sarif", false);
		mojo.baseDirectory = Examples.ROOT.toFile();
		mojo.execute();
		String sarif = Files.readString(dir.resolve("impact/impact.sarif"), StandardCharsets.UTF_8);
		assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
		assertTrue(sarif.contains("\"uri\": \"northtown/northtown-pgcert.course\""), sarif);
		assertTrue(sarif.contains("\"ruleId\": \"impact/breaks\""), sarif);
	}

	@Test
	void failsTheBuildWhenAskedAndSomethingNeedsAPerson() {
		MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo("html", true).execute());
		assertTrue(e.getMessage().contains("need a person"), e.getMessage());
		assertTrue(new File(dir.toFile(), "impact/impact.html").isFile());
	}

	@Test
	void anUnknownFormatIsAConfigurationError() {
		assertThrows(MojoExecutionException.class, () -> mojo("pdf", false).execute());
	}

	@Test
	void takesTheNewVersionFromADependencysJar() throws Exception {
		ImpactMojo mojo = mojo("json", false);
		mojo.newVersion = "cypmh.leadership@2026-fictional";
		mojo.project = project(jar("revision.jar", "cypmh-leadership-2026-fictional.curriculum",
				Files.readString(Examples.ROOT.resolve("evolution/cypmh-leadership-2026-fictional.curriculum"), StandardCharsets.UTF_8)));
		Logged log = new Logged();
		mojo.setLog(log);
		mojo.execute();
		String json = Files.readString(dir.resolve("impact/impact.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"course\": \"northtown.pgcertLeadership\""), json);
		assertTrue(json.contains("\"oldId\": \"landscape.policyTimeline\""), json);
		assertTrue(log.info.stream().anyMatch(m -> m.contains("is the one of dependency org.goldthread.it:revision:jar:2026")), log.info.toString());
	}

	@Test
	void withoutTheDependencyTheNewVersionIsNotFoundAndTheMessageSaysWhereItLooked() {
		ImpactMojo mojo = mojo("json", false);
		mojo.newVersion = "cypmh.leadership@2026-fictional";
		mojo.project = new MavenProject();
		MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
		assertTrue(e.getMessage().contains("No framework cypmh.leadership version \"2026-fictional\""), e.getMessage());
		assertTrue(e.getMessage().contains("no dependency of this project holds frameworks/index.txt"), e.getMessage());
	}

	@Test
	void theVersionTheCoursesImplementCanComeFromADependencyAloneAndWinsOverTheShippedCopy() throws Exception {
		String shipped;
		try (InputStream in = ShippedFrameworks.open("cypmh-leadership.curriculum")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path jar = jar("curriculum.jar", "cypmh-leadership.curriculum", shipped);

		// without shipped frameworks, Northtown's cypmh.leadership 2024 comes from the dependency only
		ImpactMojo alone = mojo("json", false);
		alone.useShippedFrameworks = false;
		alone.project = project(jar);
		alone.execute();
		String json = Files.readString(dir.resolve("impact/impact.json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"oldId\": \"landscape.policyTimeline\""), json);

		// with them, the dependency's copy of the same id and version wins, and the goal says so
		ImpactMojo both = mojo("json", false);
		both.project = project(jar);
		Logged log = new Logged();
		both.setLog(log);
		both.execute();
		assertTrue(log.info.stream().anyMatch(m -> m.contains("cypmh.leadership version \"2024\" from dependency org.goldthread.it:revision:jar:2026 wins over the copy shipped with the plugin")),
				log.info.toString());
	}

	@Test
	void aFrameworkFileWinsOverADependencysFrameworkOfTheSameVersion() throws Exception {
		Path revision = Examples.ROOT.resolve("evolution/cypmh-leadership-2026-fictional.curriculum");
		ImpactMojo mojo = mojo("json", false);
		mojo.frameworks = List.of(revision.toFile());
		mojo.newVersion = "cypmh.leadership@2026-fictional";
		mojo.project = project(jar("revision.jar", "cypmh-leadership-2026-fictional.curriculum", Files.readString(revision, StandardCharsets.UTF_8)));
		Logged log = new Logged();
		mojo.setLog(log);
		mojo.execute();
		assertTrue(log.info.stream().anyMatch(m -> m.contains("left out: cypmh.leadership version \"2026-fictional\" is already loaded from file:")
				&& m.contains("which wins")), log.info.toString());
		assertTrue(log.info.stream().noneMatch(m -> m.contains("is the one of dependency")), log.info.toString());
	}

	/** A project whose one dependency is {@code jar}. */
	private static MavenProject project(Path jar) {
		MavenProject project = new MavenProject();
		DefaultArtifact artifact = new DefaultArtifact("org.goldthread.it", "revision", "2026", "provided", "jar", null, new DefaultArtifactHandler("jar"));
		artifact.setFile(jar.toFile());
		project.setArtifacts(Set.of(artifact));
		return project;
	}

	/** A framework jar as package-framework makes it: frameworks/index.txt and the one framework file. */
	private Path jar(String name, String file, String text) throws IOException {
		Path jar = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry("frameworks/index.txt"));
			zip.write((file + "\n").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new JarEntry("frameworks/" + file));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return jar;
	}

	/** A log that keeps the info and warning messages. */
	private static final class Logged extends SystemStreamLog {
		final List<String> info = new ArrayList<>();

		@Override
		public void info(CharSequence content) {
			info.add(content.toString());
		}
	}
}
