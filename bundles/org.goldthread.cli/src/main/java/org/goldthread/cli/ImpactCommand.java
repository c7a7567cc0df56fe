package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.model.Framework;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "impact", mixinStandardHelpOptions = true,
		description = { "Shows what a new version of a framework means for each course that implements an older one:",
				"references that break (and which goldthread migrate can update), objectives newly required and not taught,",
				"coverage to review because the text changed, and justified gaps that no longer apply, with the effort summarised." },
		footer = { "", "Examples:", "  goldthread impact examples/evolution/cypmh-leadership-2026-fictional.curriculum examples/northtown/",
				"  goldthread impact new.curriculum courses/ --format html -o impact.html",
				"  goldthread impact new.curriculum courses/ --format sarif -o impact.sarif   (code scanning: paths relative to this folder)",
				"", "Exit codes: 0 nothing needs a person, 1 something needs a person, 2 usage, I/O or syntax error, 3 internal error." })
class ImpactCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "NEW", description = "The new version: a file, or id@version.")
	String newVersion;

	@Parameters(index = "1..*", arity = "1..*", paramLabel = "COURSE", description = "Course files or folders.")
	List<File> courses;

	@Option(names = "--format", defaultValue = "text", description = "text, html, json, junit or sarif (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to this file instead of standard output.")
	File output;

	@Mixin
	EvolutionOptions options;

	@Override
	public Integer call() {
		ImpactRenderer.Format chosen = ImpactRenderer.Format.named(format);
		if (chosen == null) {
			System.err.println("goldthread: '" + format + "' is not a format of impact; use " + ImpactRenderer.Format.names());
			return 2;
		}
		try {
			EvolutionWorkspace workspace = options.workspace();
			Framework target = workspace.resolve(newVersion);
			List<Impact.CourseImpact> impacts = new Evolution(workspace).impact(target, EvolutionOptions.courses(courses));
			String label = target.getName() + " version \"" + target.getVersion() + "\"";
			String text = ImpactRenderer.render(chosen, label, impacts, Path.of(""));
			EvolutionOptions.write(output == null ? null : output.toPath(), text);
			boolean person = impacts.stream().anyMatch(c -> c.problem() != null || !c.needingPerson().isEmpty());
			return person ? 1 : 0;
		} catch (EvolutionException | IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
	}
}
