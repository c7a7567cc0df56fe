package org.goldthread.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
		SUBCOMMANDS.put("import", ImportCommand::new);
		SUBCOMMANDS.put("completion", CompletionCommand::new);
		SUBCOMMANDS.put("diff", DiffCommand::new);
		SUBCOMMANDS.put("impact", ImpactCommand::new);
		SUBCOMMANDS.put("migrate", MigrateCommand::new);
		SUBCOMMANDS.put("rollover", RolloverCommand::new);
	}

	public static void main(String[] args) {
		quietLibraryLogging();
		System.exit(run(args));
	}

	/**
	 * Apache POI logs through the Log4j API, which finds no logging provider here and says so on
	 * stderr ("Log4j API could not find a logging provider") in the middle of a report: Log4j's own
	 * simple provider is named instead (a library's errors still reach stderr). A provider chosen by
	 * the user (-Dlog4j.provider) is kept.
	 */
	static void quietLibraryLogging() {
		if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null) {
			System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
		}
	}

	/** Exit code of a failure inside Goldthread (a defect, not the user's input): one line, and the trace with --debug. */
	public static final int INTERNAL_ERROR = 3;

	@Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an internal error, print the Java stack trace.")
	boolean debug;

	/** Runs the command and returns its exit code (for tests and embedding). */
	public static int run(String... args) {
		return withErrorHandling(commandLine(args)).execute(args);
	}

	/**
	 * Makes an exception escaping a command exit with {@link #INTERNAL_ERROR} and one line on
	 * standard error (with the stack trace only under {@code --debug}), instead of picocli's trace and 1.
	 */
	static CommandLine withErrorHandling(CommandLine commandLine) {
		return commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
			boolean trace = parseResult.hasMatchedOption("--debug")
					|| parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
			command.getErr().println("goldthread: internal error: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage().strip().lines().findFirst().orElse(""))
					+ (trace ? "" : " (run again with --debug for the details, and please report it)"));
			if (trace) {
				e.printStackTrace(command.getErr());
			}
			return INTERNAL_ERROR;
		});
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
