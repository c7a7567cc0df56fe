package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.GoldthreadFiles;
import org.goldthread.testing.ExampleFindings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * One check session, one finding pipeline: the command line's JSON report and the language server's
 * diagnostics give the findings (with fix hints) and coverage of the committed expectation
 * (tests/org.goldthread.testing, expectations/examples-findings.txt) for every example, which the
 * Maven plugin's and the Eclipse IDE's tests compare with too; and each front end runs the engine
 * exactly once per checked document (a counter in the engine, not a timing).
 */
class CrossFrontEndTest {

	private static final Path EXAMPLES = Repository.examples();

	@TempDir
	Path dir;

	private PrintStream originalOut;
	private PrintStream originalErr;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	@Test
	void theCommandLinesJsonIsTheExpectationAndRunsTheEngineOncePerFile() throws Exception {
		assertTrue(Files.isDirectory(EXAMPLES), EXAMPLES + " (system property goldthread.examples)");
		int files = GoldthreadFiles.collect(List.of(EXAMPLES)).size();
		long before = ConformanceEngine.runs();
		GoldthreadCommand.run("report", "--format", "json", "--fail-on", "none", "-o", dir.toString(), EXAMPLES.toString());
		assertEquals(files, ConformanceEngine.runs() - before, "goldthread report: the engine runs once per file");

		Map<String, List<String>> byDocument = new TreeMap<>();
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> reports = Files.list(dir)) {
			for (Path file : reports.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json")).toList()) {
				for (JsonNode report : json.readTree(file.toFile()).path("reports")) {
					String document = underExamples(report.path("file").asText());
					List<String> lines = new ArrayList<>();
					lines.add(ExampleFindings.document(document));
					for (JsonNode f : report.path("findings")) {
						lines.add(ExampleFindings.finding(f.path("location").path("line").asInt(), f.path("ruleId").asText(), f.path("severity").asText(),
								f.path("message").asText(), f.path("fixHint").isNull() ? null : f.path("fixHint").asText()));
					}
					for (JsonNode objective : report.path("coverage").path("objectives")) {
						if (objective.path("leaf").asBoolean()) {
							lines.add(ExampleFindings.coverage(objective.path("id").asText(), objective.path("status").asText()));
						}
					}
					byDocument.put(document, lines);
				}
			}
		}
		List<String> actual = new ArrayList<>();
		byDocument.values().forEach(actual::addAll);
		ExampleFindings.assertSame(ExampleFindings.expected(), actual, "cli-json");

		// goldthread check: once per file as well
		before = ConformanceEngine.runs();
		GoldthreadCommand.run("check", "--fail-on", "none", EXAMPLES.toString());
		assertEquals(files, ConformanceEngine.runs() - before, "goldthread check: the engine runs once per file");
		before = ConformanceEngine.runs();
		GoldthreadCommand.run("check", EXAMPLES.resolve("northtown/northtown-pgcert.course").toString());
		assertEquals(1, ConformanceEngine.runs() - before, "goldthread check of one course");
	}

	/** The path of a report's file under examples/ ('file' is relative to the folder the command line was given). */
	private static String underExamples(String file) {
		Path path = Path.of(file);
		return (path.isAbsolute() ? EXAMPLES.relativize(path.normalize()) : path.normalize()).toString().replace('\\', '/');
	}

	@Test
	void theLanguageServersDiagnosticsAreTheExpectationAndRunTheEngineOncePerValidation() throws Exception {
		Path workspace = dir.resolve("examples");
		copy(EXAMPLES, workspace);
		List<Path> documents = GoldthreadFiles.collect(List.of(workspace)).stream()
				.filter(p -> p.toString().endsWith(".course") || p.toString().endsWith(".plan")).toList();
		Client client = new Client();
		LanguageServerImpl server = Guice.createInjector(LspCommand.serverModule()).getInstance(LanguageServerImpl.class);
		server.connect(client);
		InitializeParams init = new InitializeParams();
		init.setProcessId((int) ProcessHandle.current().pid());
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "examples")));
		ClientCapabilities caps = new ClientCapabilities();
		WorkspaceClientCapabilities workspaceCaps = new WorkspaceClientCapabilities();
		workspaceCaps.setWorkspaceFolders(true);
		caps.setWorkspace(workspaceCaps);
		init.setCapabilities(caps);
		server.initialize(init).get(120, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		try {
			List<String> actual = new ArrayList<>();
			for (Path document : documents) {
				List<Diagnostic> diagnostics = client.await(document);
				actual.add(ExampleFindings.document(workspace.relativize(document).toString()));
				List<Diagnostic> sorted = new ArrayList<>(diagnostics);
				for (Diagnostic d : sorted) {
					String message = d.getMessage().getLeft();
					String hint = d.getData() instanceof JsonObject data && data.has("fixHint") ? data.get("fixHint").getAsString() : null;
					if (hint != null) {
						assertTrue(message.endsWith("\nFix: " + hint), "the message carries the fix hint for clients that show nothing else: " + message);
						message = message.substring(0, message.length() - ("\nFix: " + hint).length());
					}
					actual.add(ExampleFindings.finding(d.getRange().getStart().getLine() + 1, d.getCode().getLeft(), severity(d.getSeverity()), message, hint));
				}
			}
			ExampleFindings.assertSame(ExampleFindings.findingsOnly(ExampleFindings.expected()), actual, "lsp");

			// an edit (here: opening with the same text) is validated once: one engine run
			Path course = documents.stream().filter(p -> p.toString().endsWith("eastfield-pgcert.course")).findFirst().orElseThrow();
			Thread.sleep(1000); // the initial build is over (every document's diagnostics are in)
			client.clear(course);
			long before = ConformanceEngine.runs();
			server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
					new TextDocumentItem(course.toUri().toString(), "goldthread", 1, Files.readString(course))));
			client.await(course);
			Thread.sleep(1000); // nothing else runs afterwards
			assertEquals(1, ConformanceEngine.runs() - before, "the language server runs the engine once per validation of a document");
		} finally {
			server.shutdown().get(30, TimeUnit.SECONDS);
		}
	}

	private static String severity(DiagnosticSeverity severity) {
		return switch (severity) {
			case Error -> "error";
			case Warning -> "warning";
			default -> "info";
		};
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path p : paths.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
	}

	static class Client implements LanguageClient {
		private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();

		@Override
		public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.put(key(params.getUri()), params.getDiagnostics());
			notifyAll();
		}

		private static String key(String uri) {
			return key(Path.of(java.net.URI.create(uri)));
		}

		private static String key(Path file) {
			try {
				return file.toRealPath().toString();
			} catch (IOException e) {
				return file.toAbsolutePath().normalize().toString();
			}
		}

		synchronized void clear(Path file) {
			diagnostics.remove(key(file));
		}

		synchronized List<Diagnostic> await(Path file) throws InterruptedException {
			String key = key(file);
			long end = System.currentTimeMillis() + 120_000;
			while (!diagnostics.containsKey(key)) {
				long left = end - System.currentTimeMillis();
				if (left <= 0) {
					throw new AssertionError("no diagnostics for " + file + " (got " + diagnostics.keySet() + ")");
				}
				wait(left);
			}
			return diagnostics.get(key);
		}

		@Override
		public void telemetryEvent(Object object) {
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
	}
}
