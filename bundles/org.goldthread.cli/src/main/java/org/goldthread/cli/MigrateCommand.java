package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.Migration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "migrate", mixinStandardHelpOptions = true,
		description = { "Moves courses to another version of the framework they implement: rewrites the references that the",
				"new version's change records map unambiguously (renamed, moved, merged), marks each changed line",
				"with // migrated from …, and lists what needs a person. Files with syntax errors are refused; files are replaced atomically." },
		footer = { "", "Examples:", "  goldthread migrate --to 2026-fictional --framework examples/evolution/cypmh-leadership-2026-fictional.curriculum my.course",
				"  goldthread migrate --to 2026-fictional --framework new.curriculum --dry-run courses/",
				"", "Exit codes: 0 migrated (see the list of what needs a person), 1 some file refused, 2 usage or I/O error, 3 internal error." })
class MigrateCommand implements Callable<Integer> {

	@Option(names = "--to", required = true, paramLabel = "VERSION", description = "The version to migrate to, e.g. 2026-fictional.")
	String version;

	@Option(names = "--dry-run", description = "Print the changes as a unified diff; write nothing.")
	boolean dryRun;

	@Parameters(arity = "1..*", paramLabel = "COURSE", description = "Course files or folders.")
	List<File> courses;

	@Mixin
	EvolutionOptions options;

	@Override
	public Integer call() {
		int refused = 0;
		try {
			Evolution evolution = new Evolution(options.workspace());
			for (Path file : EvolutionOptions.courses(courses)) {
				Migration.Result result;
				try {
					result = evolution.migrate(file, version);
				} catch (EvolutionException e) {
					System.err.println("goldthread: " + e.getMessage());
					refused++;
					continue;
				}
				String before = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
				if (dryRun) {
					System.out.print(Migration.unifiedDiff("a/" + file, "b/" + file, before, result.text()));
				} else if (!result.text().equals(before)) {
					FileReplacement.replace(file, result.text().getBytes(StandardCharsets.UTF_8));
				}
				long rewritten = result.edits().size() - 1;
				System.err.println((dryRun ? "would migrate " : "migrated ") + file + " to version \"" + version + "\": " + rewritten
						+ " reference" + (rewritten == 1 ? "" : "s") + " rewritten, " + result.needingPerson().size() + " item"
						+ (result.needingPerson().size() == 1 ? "" : "s") + " for a person");
				for (Impact.Consequence c : result.needingPerson()) {
					System.err.println("  " + file + (c.line() > 0 ? ":" + c.line() : "") + ": " + c.kind().label() + ": " + c.message());
				}
			}
		} catch (EvolutionException | IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
		return refused > 0 ? 1 : 0;
	}
}
