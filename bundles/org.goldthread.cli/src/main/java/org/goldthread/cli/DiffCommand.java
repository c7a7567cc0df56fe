package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;

import org.goldthread.evolution.DiffRenderer;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.FrameworkDiff;
import org.goldthread.model.Framework;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Shows the element-level differences between two versions of a framework or curriculum:",
				"added, removed, retired, renamed, moved, split, merged, reworded (with a word diff) and modality changes.",
				"Uses the new version's change records when it replaces the old one; otherwise matches by id, then by text (marked as guesses)." },
		footer = { "", "Examples:", "  goldthread diff cypmh.leadership@2024 examples/evolution/cypmh-leadership-2026-fictional.curriculum",
				"  goldthread diff old.curriculum new.curriculum --format html -o diff.html",
				"", "Exit codes: 0 compared, 2 usage, I/O or syntax error, 3 internal error." })
class DiffCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "OLD", description = "The old version: a file, or a shipped framework as id@version.")
	String oldVersion;

	@Parameters(index = "1", paramLabel = "NEW", description = "The new version: a file, or id@version.")
	String newVersion;

	@Option(names = "--format", defaultValue = "text", description = "text, markdown, html or json (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write to this file instead of standard output.")
	File output;

	@Mixin
	EvolutionOptions options;

	@Override
	public Integer call() {
		try {
			EvolutionWorkspace workspace = options.workspace();
			Framework a = workspace.resolve(oldVersion);
			Framework b = workspace.resolve(newVersion);
			FrameworkDiff diff = FrameworkDiff.compare(a, b);
			String text = switch (format) {
				case "text" -> DiffRenderer.text(diff);
				case "markdown", "md" -> DiffRenderer.markdown(diff);
				case "html" -> DiffRenderer.html(diff);
				case "json" -> DiffRenderer.json(diff);
				default -> null;
			};
			if (text == null) {
				System.err.println("goldthread: '" + format + "' is not a format of diff; use text, markdown, html or json");
				return 2;
			}
			EvolutionOptions.write(output == null ? null : output.toPath(), text);
			return 0;
		} catch (EvolutionException | IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
	}
}
