package org.goldthread.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code goldthread} command: checks, reports and documentation for curricula and courses. */
@Command(name = "goldthread", mixinStandardHelpOptions = true, versionProvider = GoldthreadCommand.Version.class,
		description = "Checks HEI courses and local workforce plans against the curricula and frameworks they implement.",
		subcommands = { CheckCommand.class, ReportCommand.class, DocsCommand.class, RulesCommand.class, ExportCommand.class, FormatCommand.class,
				LspCommand.class, CommandLine.HelpCommand.class })
public class GoldthreadCommand {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command and returns its exit code (for tests and embedding). */
	public static int run(String... args) {
		return new CommandLine(new GoldthreadCommand()).execute(args);
	}

	/** The version of this build, or null for a development build. */
	static String version() {
		return GoldthreadCommand.class.getPackage().getImplementationVersion();
	}

	static class Version implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			String v = version();
			return new String[] { "goldthread " + (v == null ? "(development build)" : v) };
		}
	}
}
