package org.goldthread.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code goldthread} command: checks, reports and documentation for curricula and courses. */
@Command(name = "goldthread", mixinStandardHelpOptions = true, versionProvider = GoldthreadCommand.Version.class,
		description = "Checks HEI courses and local workforce plans against the curricula and frameworks they implement.")
public class GoldthreadCommand {

	/** The subcommands, in the order the help lists them. */
	private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

	static {
		SUBCOMMANDS.put("check", CheckCommand::new);
		SUBCOMMANDS.put("report", ReportCommand::new);
		SUBCOMMANDS.put("docs", DocsCommand::new);
		SUBCOMMANDS.put("rules", RulesCommand::new);
		SUBCOMMANDS.put("export", ExportCommand::new);
		SUBCOMMANDS.put("format", FormatCommand::new);
		SUBCOMMANDS.put("lsp", LspCommand::new);
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command and returns its exit code (for tests and embedding). */
	public static int run(String... args) {
		return commandLine(args).execute(args);
	}

	/**
	 * The command line for these arguments. When they start with a subcommand, only that one is
	 * registered: picocli builds each command's model by reflection (in interpreted code, since its
	 * classes are too old for the JVM's archives), which cost a fifth of a second per run for the
	 * seven of them. Otherwise (help, version, a mistyped command) all are.
	 */
	static CommandLine commandLine(String... args) {
		CommandLine root = new CommandLine(new GoldthreadCommand());
		Supplier<Object> only = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
		if (only != null) {
			root.addSubcommand(args[0], only.get());
		} else {
			SUBCOMMANDS.forEach((name, command) -> root.addSubcommand(name, command.get()));
			root.addSubcommand(new CommandLine.HelpCommand());
		}
		return root;
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
