package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.model.Framework;
import org.goldthread.reports.ReportFile;

/**
 * Publishes a curriculum or framework as a versioned Maven artifact: for the owner of a curriculum
 * (a professional body, NHS England, a university's framework team) who keeps its
 * {@code .curriculum} and {@code .framework} files in a project of packaging {@code jar}. The goal
 * checks them with the same checker as {@code check} (findings logged the same way; the build fails
 * on findings at or above {@code failOn}), then writes them into
 * {@code frameworks/} of the classes folder with the {@code frameworks/index.txt} that lists each
 * file with its framework's id and version, as {@code org.goldthread.curricula} does. The jar the
 * project then packages, installs and deploys is a framework source like {@code org.goldthread.curricula}:
 * an HEI adds it as a dependency and its courses are checked against it.
 */
@Mojo(name = "package-framework", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class PackageFrameworkMojo extends AbstractGoldthreadMojo {

	/** Where the framework files and the index are written: the jar's content. */
	@Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
	protected File outputDirectory;

	/** As for {@code check}: {@code error}, {@code warning} or {@code none}. */
	@Parameter(property = "goldthread.failOn", defaultValue = "error")
	protected String failOn;

	@Override
	protected String goal() {
		return "package-framework";
	}

	@Override
	protected void addGoalParameters(InputStamp stamp) {
		stamp.add("outputDirectory", outputDirectory).add("failOn", failOn);
	}

	@Override
	protected Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, MojoFailureException, IOException {
		if ("pom".equals(project.getPackaging())) {
			throw new MojoExecutionException("Goldthread package-framework: this project's packaging is 'pom', which packages no "
					+ outputDirectory.getName() + " folder: use <packaging>jar</packaging> to publish the frameworks as a jar");
		}
		FailLevel level = failOn == null ? FailLevel.ERROR : FailLevel.byKey(failOn);
		if (level == null) {
			throw new MojoExecutionException("Goldthread: parameter failOn is '" + failOn + "': use " + FailLevel.KEYS);
		}
		List<Published> published = published(run.checked());
		for (CheckedFile file : run.checked()) {
			Findings.log(getLog(), file);
		}
		CheckSummary summary = CheckSummary.of(run.checked());
		if (summary.fails(level)) {
			throw new MojoFailureException("Goldthread package-framework: not published, the frameworks have findings (failOn=" + level + "): "
					+ summary.line() + ". The findings are listed above.");
		}
		List<ReportFile> files = new ArrayList<>();
		for (Published p : published) {
			files.add(new ReportFile(ShippedFrameworks.FOLDER + p.name(), () -> read(p.file())));
		}
		String index = index(published);
		files.add(new ReportFile(ShippedFrameworks.INDEX, () -> index.getBytes(StandardCharsets.UTF_8)));
		List<String> written = OutputFolder.write(project.getBasedir().toPath(), outputDirectory.toPath(), files, previousOutputs);
		List<String> shownNames = published.stream().map(p -> p.id() + " " + p.version() + " (" + p.name() + ")").toList();
		String line = CheckSummary.plural(published.size(), "framework") + " in " + shown(outputDirectory.toPath().resolve(ShippedFrameworks.FOLDER)) + ": "
				+ String.join(", ", shownNames) + "; " + summary.counts();
		getLog().info("Goldthread: published " + line);
		return new Outcome(line, written);
	}

	/** A framework file to publish: its name in {@code frameworks/}, and its framework's id and version. */
	record Published(Path file, String name, String id, String version) {
	}

	/** The files to publish, or a failure naming what is not a framework, or names taken twice. */
	static List<Published> published(List<CheckedFile> checked) throws MojoFailureException {
		Map<String, Published> byName = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (CheckedFile file : checked) {
			String name = file.path().getFileName().toString();
			if (!(file.document() instanceof Framework framework)) {
				problems.add(file.path() + " is not a curriculum or framework (" + (file.document() == null ? "it does not parse" : "a "
						+ file.document().eClass().getName().toLowerCase(java.util.Locale.ROOT)) + "): keep courses and plans in an HEI's project, not in the framework's");
				continue;
			}
			if (framework.getName() == null || framework.getVersion() == null) {
				problems.add(file.path() + " gives no framework id or version, which the index and every course that implements it need");
				continue;
			}
			Published previous = byName.put(name, new Published(file.path(), name, framework.getName(), framework.getVersion()));
			if (previous != null) {
				problems.add("two files are named " + name + " (" + previous.file() + ", " + file.path() + "): the jar's frameworks/ folder is flat, rename one");
			}
		}
		if (!problems.isEmpty()) {
			throw new MojoFailureException("Goldthread package-framework: " + String.join("; ", problems));
		}
		if (byName.isEmpty()) {
			throw new MojoFailureException("Goldthread package-framework: no .curriculum or .framework file to publish");
		}
		return new ArrayList<>(byName.values());
	}

	/** The index, in the format of {@code org.goldthread.curricula}'s ({@link ShippedFrameworks#readEntries}). */
	static String index(List<Published> published) {
		StringBuilder index = new StringBuilder("# file name, then the framework's id and version (written by goldthread:package-framework)\n");
		for (Published p : published) {
			index.append(p.name()).append(' ').append(p.id()).append(' ').append(p.version()).append('\n');
		}
		return index.toString();
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
