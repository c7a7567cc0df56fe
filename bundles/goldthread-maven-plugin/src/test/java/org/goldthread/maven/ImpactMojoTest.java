package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The impact goal: the report of the fictional revision's impact on the Northtown course, and failOnImpact. */
class ImpactMojoTest {

	@TempDir
	Path dir;

	private ImpactMojo mojo(String format, boolean fail) {
		System.setProperty("guice_bytecode_gen_option", "DISABLED");
		ImpactMojo mojo = new ImpactMojo();
		mojo.newVersion = Examples.ROOT.resolve("evolution/cypmh-leadership-2026-fictional.curriculum").toString();
		mojo.sourceDirectories = List.of(Examples.ROOT.resolve("northtown").toFile());
		mojo.frameworks = List.of();
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
}
