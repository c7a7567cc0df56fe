package org.goldthread.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.goldthread.cli.lsp.CanonicalUris;
import org.goldthread.cli.lsp.ConformingLanguages;
import org.goldthread.cli.lsp.GoldthreadLanguageServer;
import org.goldthread.cli.lsp.RuleDocs;
import org.goldthread.cli.lsp.ShippedFrameworksWorkspaceConfigFactory;

import com.google.inject.Module;
import com.google.inject.util.Modules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the Goldthread language server on standard input and output (LSP, JSON-RPC),",
				"for VS Code and other LSP editors: diagnostics (including conformance findings), completion, hover,",
				"go to definition, references, document highlights, document symbols, folding, semantic tokens, code actions",
				"(quick fixes), rename and formatting. The shipped frameworks are always visible, and read-only.",
				"Set-up for Neovim, VS Code and Emacs: docs/editors.md." },
		footer = { "", "Example (an editor starts it): goldthread lsp", "  goldthread lsp --log   # log to a file for troubleshooting" })
class LspCommand implements Callable<Integer> {

	@Option(names = "--log", description = "Log the server's messages to a file (ServerLauncher's default log file).")
	boolean log;

	@Option(names = "--trace", description = "Trace the JSON-RPC messages.")
	boolean trace;

	@Option(names = "--rules-doc", paramLabel = "URL", description = {
			"The rule catalogue (docs/rules.md) that diagnostics link to, '#<rule id>' appended;",
			"default: the installation's docs/rules.md as a file: URL." })
	String rulesDoc;

	@Override
	public Integer call() {
		if (rulesDoc != null && !rulesDoc.isBlank()) {
			System.setProperty(RuleDocs.PROPERTY, rulesDoc);
		}
		List<String> args = new ArrayList<>();
		if (log) {
			args.add("-log");
		}
		if (trace) {
			args.add("-trace");
		}
		// the language, with its IDE services and the conformance engine in its validation, is composed here
		ServerLauncher.launch(LspCommand.class.getName(), args.toArray(String[]::new), serverModule());
		return 0;
	}

	/**
	 * The server as {@code goldthread lsp} runs it: Xtext's server with the language composed with its
	 * IDE services and the check session as its validation ({@link ConformingLanguages}), the shipped
	 * frameworks in every workspace, and Goldthread's diagnostics, tokens and URIs.
	 */
	public static Module serverModule() {
		return Modules.override(new ServerModule()).with(binder -> {
			binder.bind(org.eclipse.xtext.resource.IResourceServiceProvider.Registry.class).toProvider(ConformingLanguages.class)
					.in(com.google.inject.Singleton.class);
			binder.bind(IMultiRootWorkspaceConfigFactory.class).to(ShippedFrameworksWorkspaceConfigFactory.class);
			binder.bind(LanguageServerImpl.class).to(GoldthreadLanguageServer.class);
			binder.bind(UriExtensions.class).to(CanonicalUris.class);
			binder.bind(org.eclipse.xtext.ide.server.WorkspaceManager.class).to(org.goldthread.cli.lsp.GuardedWorkspaceManager.class);
		});
	}
}
