package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.GoldthreadFiles;
import org.goldthread.testing.ExampleFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal, run as Maven runs it, finds in the examples exactly what the command line's JSON
 * report does (the committed expectation in tests/org.goldthread.testing: findings with fix hints,
 * coverage), and runs the engine once per file; a second goal of the same build reuses the check.
 */
class CrossFrontEndTest {

	@TempDir
	Path dir;

	@Test
	void theCheckGoalReportsTheExpectationAndRunsTheEngineOncePerFile() throws Exception {
		MavenProject project = new MavenProject();
		project.setFile(dir.resolve("pom.xml").toFile());
		CheckMojo mojo = mojo(project);
		int files = GoldthreadFiles.collect(List.of(Examples.ROOT)).size();

		long before = ConformanceEngine.runs();
		mojo.execute();
		assertEquals(files, ConformanceEngine.runs() - before, "the check goal runs the engine once per file");

		AbstractGoldthreadMojo.CheckRun run = (AbstractGoldthreadMojo.CheckRun) project.getContextValue(AbstractGoldthreadMojo.CheckRun.class.getName());
		assertNotNull(run, "the check goal keeps its check for the build's other goals");
		List<CheckedFile> checked = new ArrayList<>(run.checked());
		checked.sort(Comparator.comparing(c -> Examples.ROOT.relativize(c.path().toAbsolutePath().normalize()).toString()));
		List<String> actual = new ArrayList<>();
		for (CheckedFile file : checked) {
			String name = Examples.ROOT.relativize(file.path().toAbsolutePath().normalize()).toString();
			if (name.endsWith(".course") || name.endsWith(".plan")) {
				actual.addAll(ExampleFindings.of(name, file.report()));
			}
		}
		ExampleFindings.assertSame(ExampleFindings.expected(), actual, "maven-plugin");

		// another goal of the same build (here: check again, forced) reuses the check: no engine run
		CheckMojo again = mojo(project);
		again.force = true;
		before = ConformanceEngine.runs();
		again.execute();
		assertEquals(0, ConformanceEngine.runs() - before, "a second goal of the build reuses the check of the same inputs");
	}

	private CheckMojo mojo(MavenProject project) {
		CheckMojo mojo = new CheckMojo();
		mojo.sourceDirectories = List.of(Examples.ROOT.toFile());
		mojo.frameworks = List.of();
		mojo.useShippedFrameworks = true;
		mojo.failOn = "none";
		mojo.stampDirectory = dir.resolve("stamps").toFile();
		mojo.project = project;
		mojo.mojoExecution = new MojoExecution(new MojoDescriptor(), "default");
		PluginDescriptor plugin = new PluginDescriptor();
		plugin.setGroupId("org.goldthread");
		plugin.setArtifactId("goldthread-maven-plugin");
		plugin.setVersion("test");
		mojo.plugin = plugin;
		return mojo;
	}
}
