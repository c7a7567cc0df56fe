package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Starts `goldthread lsp` in a JVM of its own and speaks LSP (JSON-RPC over stdio) to it, with LSP4J as the client,
 * with the workspace folder and the documents spelt as clients spell them (see {@link Spelling}). The Neovim test
 * (NeovimLanguageServerTest) does the same with a real editor.
 */
class LanguageServerTest {

	static final String COURSE = """
			course lsp.course "LSP course"
				implements cypmh.leadership version "2024"
				pathway pgcert

			module m1 "Module" {
				day 1 "Day" {
					session s1 "Policy" lecture 2h
						covers landscape.ukPolicy
					session s2 "Policy again" seminar 1h
						covers landscape.ukPolicy
				}
			}
			""";

	/** A second course in the workspace that refers to the same objective (references across files). */
	static final String OTHER = """
			course other.course "Other course"
				implements cypmh.leadership version "2024"
				pathway pgcert

			module m9 "Module" {
				day 1 "Day" {
					session s9 "Policy" lecture 2h
						covers landscape.ukPolicy
				}
			}
			""";

	/** How the client spells the workspace folder and the documents. */
	enum Spelling {
		/** file:///…/ws, no trailing slash (Neovim, VS Code). */
		NO_TRAILING_SLASH,
		/** file:///…/ws/ (Path.toUri of a folder). */
		TRAILING_SLASH,
		/** file:/…/ws, through a symbolic link to the folder, a space in the name percent-encoded in lower case. */
		FILE_SINGLE_SLASH_THROUGH_SYMLINK;

		String folder(Path folder) {
			String uri = folder.toUri().toString();
			return switch (this) {
				case NO_TRAILING_SLASH -> uri.substring(0, uri.length() - 1);
				case TRAILING_SLASH -> uri;
				case FILE_SINGLE_SLASH_THROUGH_SYMLINK -> "file:" + uri.substring("file://".length(), uri.length() - 1).replace("%20", "%20");
			};
		}

		String document(Path file) {
			String uri = file.toUri().toString();
			return this == FILE_SINGLE_SLASH_THROUGH_SYMLINK ? "file:" + uri.substring("file://".length()) : uri;
		}
	}

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

		final List<MessageParams> messages = new java.util.concurrent.CopyOnWriteArrayList<>();

		@Override
		public void showMessage(MessageParams params) {
			messages.add(params);
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}

		/** The diagnostics published for exactly this URI (the client's spelling) that meet the condition. */
		synchronized List<Diagnostic> awaitUri(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
			long end = System.currentTimeMillis() + 90_000;
			while (true) {
				List<Diagnostic> d = diagnostics.get(uri);
				if (d != null && condition.test(d)) {
					return d;
				}
				long left = end - System.currentTimeMillis();
				if (left <= 0) {
					throw new AssertionError("no matching diagnostics for " + uri + ": " + diagnostics.keySet());
				}
				wait(left);
			}
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

	@ParameterizedTest
	@EnumSource(Spelling.class)
	void speaksLspOverStdio(Spelling spelling, @TempDir Path temp, @TempDir Path cache) throws Exception {
		Path real = Files.createDirectories(temp.resolve("my ws"));
		Files.writeString(real.resolve("lsp.course"), COURSE);
		Files.writeString(real.resolve("other.course"), OTHER);
		Path workspace = real;
		if (spelling == Spelling.FILE_SINGLE_SLASH_THROUGH_SYMLINK) {
			workspace = Files.createSymbolicLink(temp.resolve("link to ws"), real);
		}
		Path file = workspace.resolve("lsp.course");
		String uri = spelling.document(file);
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dguice_bytecode_gen_option=DISABLED", "-cp", System.getProperty("java.class.path"), GoldthreadCommand.class.getName(), "lsp")
				.redirectError(new File("target/language-server-" + spelling + ".stderr.log"));
		builder.environment().put("XDG_CACHE_HOME", cache.toString());
		Process process = builder.start();
		try {
			Client client = new Client();
			Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
			launcher.startListening();
			LanguageServer server = launcher.getRemoteProxy();
			InitializeParams init = new InitializeParams();
			init.setProcessId((int) ProcessHandle.current().pid());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(spelling.folder(workspace), "ws")));
			ClientCapabilities caps = new ClientCapabilities();
			WorkspaceClientCapabilities workspaceCaps = new WorkspaceClientCapabilities();
			workspaceCaps.setWorkspaceFolders(true); // else Xtext ignores workspaceFolders
			caps.setWorkspace(workspaceCaps);
			init.setCapabilities(caps);
			InitializeResult initialized = server.initialize(init).get(90, TimeUnit.SECONDS);
			assertNotNull(initialized.getCapabilities().getHoverProvider());
			assertEquals("goldthread", initialized.getServerInfo().getName());
			assertNotNull(initialized.getServerInfo().getVersion());
			assertTrue(initialized.getCapabilities().getFoldingRangeProvider().getLeft(), "folding advertised");
			assertEquals(List.of("namespace", "type", "property", "enumMember", "variable", "keyword", "string", "number", "comment"),
					initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes());
			assertNotNull(initialized.getCapabilities().getCodeActionProvider());
			server.initialized(new InitializedParams());

			// the workspace build links the course to the shipped curriculum and reports conformance findings
			List<Diagnostic> diagnostics = client.await("lsp.course", d -> d.stream().anyMatch(x -> code(x).equals("GT-COV-001")));
			assertTrue(diagnostics.stream().noneMatch(x -> code(x).equals("GT-INT-001")), "the course links to the shipped curriculum: " + diagnostics);
			assertTrue(diagnostics.stream().anyMatch(x -> code(x).equals("GT-DEL-001")), "and is checked against it");
			if (spelling == Spelling.FILE_SINGLE_SLASH_THROUGH_SYMLINK) {
				// the server found the file on disk (through the link's target); the client still gets its own spelling back
				// once it opens the document
				server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "goldthread", 0, COURSE)));
				client.awaitUri(uri, d -> d.stream().anyMatch(x -> code(x).equals("GT-COV-001")));
			}
			// an objective of a theme the course teaches in part (themes not taught at all are one grouped finding each)
			Diagnostic uncovered = diagnostics.stream().filter(x -> code(x).equals("GT-COV-001") && x.getMessage().getLeft().startsWith("Learning objective"))
					.findFirst().orElseThrow();
			assertEquals("goldthread", uncovered.getSource());
			assertTrue(uncovered.getCodeDescription().getHref().endsWith("docs/rules.md#gt-cov-001"), uncovered.getCodeDescription().getHref());
			assertTrue(uncovered.getCodeDescription().getHref().startsWith("file:"), uncovered.getCodeDescription().getHref());
			assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(uncovered.getCodeDescription().getHref().replace("#gt-cov-001", "")))));
			String data = String.valueOf(uncovered.getData());
			assertTrue(data.contains("\"ruleId\":\"GT-COV-001\"") && data.contains("\"elementId\":\"") && data.contains("\"fixHint\":\""), data);
			String message = uncovered.getMessage().getLeft();
			assertTrue(message.matches("(?s)Learning objective '[\\w.]+' of theme '.*' is not covered by any session\\. \\[required by the curriculum: .*\\]\nFix: Add `covers .*"), message);

			// didOpen with unsaved text: a typo gets its diagnostic
			String edited = COURSE.replaceFirst("covers landscape.ukPolicy", "covers landscape.ukPolicyy");
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "goldthread", 1, edited)));
			List<Diagnostic> typo = client.awaitUri(uri, d -> d.stream().anyMatch(x -> code(x).equals("GT-INT-001")));
			assertTrue(typo.stream().anyMatch(x -> x.getMessage().getLeft().contains("Did you mean 'landscape.ukPolicy'?")), typo.toString());
			// its code action replaces the id, in the document as the client names it
			Diagnostic unknown = typo.stream().filter(x -> code(x).equals("GT-INT-001")).findFirst().orElseThrow();
			List<Either<Command, CodeAction>> replace = server.getTextDocumentService()
					.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), unknown.getRange(), new CodeActionContext(List.of(unknown))))
					.get(60, TimeUnit.SECONDS);
			assertEquals(List.of("Change 'landscape.ukPolicyy' to 'landscape.ukPolicy'"), replace.stream().map(a -> a.getRight().getTitle()).toList());
			assertEquals(COURSE, apply(edited, replace.get(0).getRight().getEdit().getChanges().get(uri)));

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

			if (spelling == Spelling.NO_TRAILING_SLASH) { // the other features are the same whatever the spelling
				checkFeatures(server, client, uri, uncovered, locations.get(0).getUri());
				// an edit outside the document is refused with one line on stderr (not the document, not a stack trace),
				// and the next full-text change is taken as usual
				server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
						new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 4), List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(
								new org.eclipse.lsp4j.Range(new Position(9999, 0), new Position(9999, 5)), "x"))));
				String broken = COURSE.replaceFirst("covers landscape.ukPolicy", "covers landscape.ukPolicyy");
				server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
						new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 5), List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(broken))));
				client.awaitUri(uri, d -> d.stream().anyMatch(x -> code(x).equals("GT-INT-001")));
				String stderr = Files.readString(Path.of("target/language-server-" + spelling + ".stderr.log"));
				assertTrue(stderr.contains("ignored an edit of lsp.course (version 4): position 9999:0 is outside the document"), stderr);
				assertFalse(stderr.contains("course lsp.course") || stderr.contains("IndexOutOfBoundsException"), "no document text and no stack trace on stderr: " + stderr);
				// an unknown method is -32601 with one line, never an internal error with a Java stack trace
				try {
					launcher.getRemoteEndpoint().request("goldthread/noSuchMethod", null).get(30, TimeUnit.SECONDS);
					throw new AssertionError("an unknown method must be answered with an error");
				} catch (java.util.concurrent.ExecutionException e) {
					var error = ((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) e.getCause()).getResponseError();
					assertEquals(-32601, error.getCode(), error.getMessage());
					assertTrue(error.getData() == null && !error.getMessage().contains("\tat "), error.getMessage());
				}
			}
			server.shutdown().get(30, TimeUnit.SECONDS);
			server.exit();
		} finally {
			process.destroy();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Semantic tokens, folding, references, highlights, read-only shipped frameworks, code actions; on COURSE as the server has it. */
	private static void checkFeatures(LanguageServer server, Client client, String uri, Diagnostic uncovered, String curriculumUri)
			throws Exception {
		var documents = server.getTextDocumentService();
		TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
		Position onReference = new Position(7, 22);

		// semantic tokens, decoded: keywords, declarations, objective references
		SemanticTokens tokens = documents.semanticTokensFull(new SemanticTokensParams(document)).get(60, TimeUnit.SECONDS);
		List<Integer> data = tokens.getData();
		assertFalse(data.isEmpty());
		assertEquals(0, data.size() % 5);
		List<String> decoded = new ArrayList<>();
		int line = 0;
		int character = 0;
		for (int i = 0; i < data.size(); i += 5) {
			character = data.get(i) == 0 ? character + data.get(i + 1) : data.get(i + 1);
			line += data.get(i);
			decoded.add(line + ":" + character + ":" + data.get(i + 2) + ":" + data.get(i + 3) + ":" + data.get(i + 4));
		}
		assertTrue(decoded.contains("0:0:6:5:0"), "'course' is a keyword: " + decoded);
		assertTrue(decoded.contains("4:7:2:4:1"), "'m1' is a declaration: " + decoded);
		assertTrue(decoded.contains("7:10:18:2:0"), "'landscape.ukPolicy' refers to an objective: " + decoded);
		assertTrue(decoded.contains("4:10:8:6:0"), "'\"Module\"' is a string: " + decoded);

		// folding: the module and the day
		List<FoldingRange> folds = documents.foldingRange(new FoldingRangeRequestParams(document)).get(60, TimeUnit.SECONDS);
		assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == 4 && f.getEndLine() >= 10), folds.toString());

		// references to the curriculum's objective, across the workspace's files; with the declaration, in the curriculum
		List<? extends Location> references = documents.references(new ReferenceParams(document, onReference, new ReferenceContext(false)))
				.get(60, TimeUnit.SECONDS);
		List<String> where = references.stream().map(l -> l.getUri().substring(l.getUri().lastIndexOf('/') + 1) + ":" + l.getRange().getStart().getLine())
				.sorted().toList();
		assertEquals(List.of("lsp.course:7", "lsp.course:9", "other.course:7"), where);
		List<? extends Location> withDeclaration = documents.references(new ReferenceParams(document, onReference, new ReferenceContext(true)))
				.get(60, TimeUnit.SECONDS);
		assertTrue(withDeclaration.stream().anyMatch(l -> l.getUri().endsWith("cypmh-leadership.curriculum")), withDeclaration.toString());

		// document highlight: both references in this document to the element declared in the curriculum
		List<? extends DocumentHighlight> highlights = documents.documentHighlight(new DocumentHighlightParams(document, onReference))
				.get(60, TimeUnit.SECONDS);
		assertEquals(List.of(7, 9), highlights.stream().map(h -> h.getRange().getStart().getLine()).sorted().toList(), highlights.toString());

		// the shipped curriculum is read-only: renaming its objective is refused, with a message
		ExecutionException refused = assertThrows(ExecutionException.class,
				() -> documents.rename(new RenameParams(document, onReference, "renamed")).get(60, TimeUnit.SECONDS));
		assertTrue(refused.getCause() instanceof ResponseErrorException, refused.toString());
		String why = ((ResponseErrorException) refused.getCause()).getResponseError().getMessage();
		assertTrue(why.contains("shipped framework cypmh-leadership.curriculum, which is read-only"), why);
		assertTrue(client.messages.stream().anyMatch(m -> m.getMessage().equals(why)), client.messages.toString());
		// renaming what the course declares works, in the course only
		WorkspaceEdit rename = documents.rename(new RenameParams(document, new Position(4, 8), "mod1")).get(60, TimeUnit.SECONDS);
		List<String> renamed = new ArrayList<>(rename.getChanges() != null ? rename.getChanges().keySet()
				: rename.getDocumentChanges().stream().map(c -> c.getLeft().getTextDocument().getUri()).toList());
		assertEquals(List.of(uri), renamed);
		// and formatting the curriculum is refused
		ExecutionException notFormatted = assertThrows(ExecutionException.class, () -> documents
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(curriculumUri), new FormattingOptions(4, false)))
				.get(60, TimeUnit.SECONDS));
		assertTrue(notFormatted.getCause() instanceof ResponseErrorException, notFormatted.toString());

		// code actions for an uncovered objective: cover it in the session of the same theme, or declare a justified gap
		String objective = String.valueOf(uncovered.getData()).replaceAll(".*\"elementId\":\"([^\"]+)\".*", "$1");
		CodeActionParams params = new CodeActionParams(document, uncovered.getRange(), new CodeActionContext(List.of(uncovered)));
		List<Either<Command, CodeAction>> actions = documents.codeAction(params).get(60, TimeUnit.SECONDS);
		List<String> titles = actions.stream().map(a -> a.getRight().getTitle()).toList();
		assertTrue(titles.contains("Declare '" + objective + "' a justified gap (write the reason)"), titles.toString());
		CodeAction cover = actions.stream().map(Either::getRight).filter(a -> a.getTitle().startsWith("Cover '" + objective + "' in session"))
				.findFirst().orElseThrow(() -> new AssertionError(titles.toString()));
		assertEquals("quickfix", cover.getKind());
		String fixed = apply(COURSE, cover.getEdit().getChanges().get(uri));
		assertTrue(fixed.contains("covers landscape.ukPolicy, " + objective), fixed);

		// a golden thread the course never weaves, and a required assessment it lacks
		List<Diagnostic> all = client.awaitUri(uri, d -> true);
		Diagnostic thread = all.stream().filter(x -> code(x).equals("GT-THR-001")).findFirst()
				.orElseThrow(() -> new AssertionError("no GT-THR-001: " + all));
		String threadId = String.valueOf(thread.getData()).replaceAll(".*\"elementId\":\"([^\"]+)\".*", "$1");
		List<Either<Command, CodeAction>> weave = documents
				.codeAction(new CodeActionParams(document, thread.getRange(), new CodeActionContext(List.of(thread)))).get(60, TimeUnit.SECONDS);
		assertEquals(List.of("Weave '" + threadId + "' into session 'Policy' (day 1)"), weave.stream().map(a -> a.getRight().getTitle()).toList());
		String woven = apply(COURSE, weave.get(0).getRight().getEdit().getChanges().get(uri));
		assertTrue(woven.contains("\t\t\tcovers landscape.ukPolicy\n\t\t\tweaves " + threadId + "\n\t\tsession s2"), woven);
		Diagnostic assessment = all.stream().filter(x -> code(x).equals("GT-ASM-001")).findFirst()
				.orElseThrow(() -> new AssertionError("no GT-ASM-001: " + all));
		List<Either<Command, CodeAction>> add = documents
				.codeAction(new CodeActionParams(document, assessment.getRange(), new CodeActionContext(List.of(assessment)))).get(60, TimeUnit.SECONDS);
		assertEquals(1, add.size(), add.toString());
		assertTrue(add.get(0).getRight().getTitle().startsWith("Add the required assessment '"), add.toString());
		String withAssessment = apply(COURSE, add.get(0).getRight().getEdit().getChanges().get(uri));
		assertTrue(withAssessment.matches("(?s).*\n}\n\nassessment \\w+ \".+\" fulfils \\w+ form [\\w-]+.*"), withAssessment);
	}

	/** Applies text edits (LSP ranges, applied from the end) to a text. */
	static String apply(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt((TextEdit e) -> e.getRange().getStart().getLine())
				.thenComparingInt(e -> e.getRange().getStart().getCharacter()).reversed());
		StringBuilder b = new StringBuilder(text);
		for (TextEdit e : sorted) {
			b.replace(offset(text, e.getRange().getStart()), offset(text, e.getRange().getEnd()), e.getNewText());
		}
		return b.toString();
	}

	private static int offset(String text, Position p) {
		int offset = 0;
		for (int l = 0; l < p.getLine(); l++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + p.getCharacter();
	}

	private static String code(Diagnostic d) {
		return d.getCode() == null ? "" : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
	}
}
