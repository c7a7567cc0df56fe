package org.goldthread.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

import com.google.inject.util.Modules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the Goldthread language server on standard input and output (LSP, JSON-RPC),",
				"for VS Code and other LSP editors: diagnostics (including conformance findings), completion, hover,",
				"go to definition, document symbols, formatting. The shipped frameworks are always visible." },
		footer = { "", "Example (an editor starts it): goldthread lsp", "  goldthread lsp --log   # log to a file for troubleshooting" })
class LspCommand implements Callable<Integer> {

	@Option(names = "--log", description = "Log the server's messages to a file (ServerLauncher's default log file).")
	boolean log;

	@Option(names = "--trace", description = "Trace the JSON-RPC messages.")
	boolean trace;

	@Override
	public Integer call() {
		List<String> args = new ArrayList<>();
		if (log) {
			args.add("-log");
		}
		if (trace) {
			args.add("-trace");
		}
		// the language (with conformance validation) comes from META-INF/services/org.eclipse.xtext.ISetup of org.goldthread.lang.ide
		ServerLauncher.launch(LspCommand.class.getName(), args.toArray(String[]::new), Modules.override(new ServerModule())
				.with(binder -> binder.bind(IMultiRootWorkspaceConfigFactory.class).to(ShippedFrameworksWorkspaceConfigFactory.class)));
		return 0;
	}
}
