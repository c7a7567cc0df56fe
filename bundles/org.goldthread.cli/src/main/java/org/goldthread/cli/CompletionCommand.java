package org.goldthread.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

@Command(name = "completion", mixinStandardHelpOptions = true,
		description = { "Prints a shell completion script for goldthread (bash, and zsh through its bash completion):",
				"subcommands, options, report formats, levels and file names complete on Tab." },
		footer = { "", "Examples:",
				"  source <(goldthread completion)                        (this shell; add the line to ~/.bashrc to keep it)",
				"  goldthread completion > ~/.local/share/bash-completion/completions/goldthread",
				"  zsh: autoload -U +X bashcompinit && bashcompinit; source <(goldthread completion)" })
class CompletionCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		// the full command (every subcommand), not the one-subcommand line this run was parsed with
		System.out.print(script());
		return 0;
	}

	/** The script, made by picocli from the command's model. */
	static String script() {
		return AutoComplete.bash("goldthread", GoldthreadCommand.commandLine());
	}
}
