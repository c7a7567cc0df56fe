package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts `goldthread lsp` in a JVM of its own and speaks LSP (JSON-RPC over stdio) to it, with LSP4J as the client. */
class LanguageServerTest {

	static final String COURSE = """
			course lsp.course "LSP course"
				implements cypmh.leadership version "2024"
				pathway pgcert

			module m1 "Module" {
				day 1 "Day" {
					session s1 "Policy" lecture 2h
						covers landscape.ukPolicy
				}
			}
			""";

	static class Client implements LanguageClient {
		final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			synchronized (this) {
				diagnostics.put(params.getUri(), params.getDiagnostics());
				notifyAll();
			}
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}

		synchronized List<Diagnostic> await(String fileName, Predicate<List<Diagnostic>> condition) throws InterruptedException {
			long end = System.currentTimeMillis() + 90_000;
			while (true) {
				for (var e : diagnostics.entrySet()) {
					if (e.getKey().endsWith("/" + fileName) && condition.test(e.getValue())) {
						return e.getValue();
					}
				}
				long left = end - System.currentTimeMillis();
				if (left <= 0) {
					throw new AssertionError("no matching diagnostics for " + fileName + ": " + diagnostics.keySet());
				}
				wait(left);
			}
		}
	}

	@Test
	void speaksLspOverStdio(@TempDir Path workspace, @TempDir Path cache) throws Exception {
		Path file = workspace.resolve("lsp.course");
		Files.writeString(file, COURSE);
		String uri = file.toUri().toString();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dguice_bytecode_gen_option=DISABLED", "-cp", System.getProperty("java.class.path"), GoldthreadCommand.class.getName(), "lsp")
				.redirectError(new File("target/language-server.stderr.log"));
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		Process process = builder.start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "ws")));
			ClientCapabilities caps = new ClientCapabilities();
			WorkspaceClientCapabilities workspaceCaps = new WorkspaceClientCapabilities();
			workspaceCaps.setWorkspaceFolders(true); // else Xtext ignores workspaceFolders
			caps.setWorkspace(workspaceCaps);
			init.setCapabilities(caps);
			assertNotNull(server.initialize(init).get(90, TimeUnit.SECONDS).getCapabilities().getHoverProvider());
			server.initialized(new InitializedParams());

			// the workspace build links the course to the shipped curriculum and reports conformance findings
			List<Diagnostic> diagnostics = client.await("lsp.course", d -> d.stream().anyMatch(x -> code(x).equals("GT-COV-001")));
			assertTrue(diagnostics.stream().noneMatch(x -> code(x).equals("GT-INT-001")), "the course links to the shipped curriculum: " + diagnostics);
			assertTrue(diagnostics.stream().anyMatch(x -> code(x).equals("GT-DEL-001")), "and is checked against it");

			// didOpen with unsaved text: a typo gets its diagnostic
			String edited = COURSE.replace("covers landscape.ukPolicy", "covers landscape.ukPolicyy");
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "goldthread", 1, edited)));
			List<Diagnostic> typo = client.await("lsp.course", d -> d.stream().anyMatch(x -> code(x).equals("GT-INT-001")));
			assertTrue(typo.stream().anyMatch(x -> x.getMessage().getLeft().contains("Did you mean 'landscape.ukPolicy'?")), typo.toString());

			// completion after "covers landscape." offers the theme's objectives
			String completing = COURSE.replace("covers landscape.ukPolicy", "covers landscape.");
			server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
					new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2), List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(completing))));
			Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
					.completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(7, 19))).get(60, TimeUnit.SECONDS);
			List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
			assertTrue(items.stream().anyMatch(i -> i.getLabel().equals("landscape.ukPolicy")), items.stream().map(CompletionItem::getLabel).toList().toString());

			// back to the original text: hover and go to definition on the reference
			server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
					new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 3), List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(COURSE))));
			Position onReference = new Position(7, 22);
			Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), onReference)).get(60, TimeUnit.SECONDS);
			assertNotNull(hover);
			String hoverText = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : hover.getContents().getLeft().toString();
			assertTrue(hoverText.contains("be aware of the policy landscape in the UK"), hoverText);
			Either<List<? extends Location>, List<? extends LocationLink>> definition = server.getTextDocumentService()
					.definition(new DefinitionParams(new TextDocumentIdentifier(uri), onReference)).get(60, TimeUnit.SECONDS);
			List<? extends Location> locations = definition.getLeft();
			assertFalse(locations.isEmpty());
			assertTrue(locations.get(0).getUri().endsWith("cypmh-leadership.curriculum"), locations.get(0).getUri());

			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		} finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? "" : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}
}
