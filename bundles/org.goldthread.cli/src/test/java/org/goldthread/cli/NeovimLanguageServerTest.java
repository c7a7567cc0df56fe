package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The language server with a real client: Neovim's built-in LSP client, headless, runs
 * neovim-lsp.lua (test resources) on copies of the Northtown and Eastfield example courses in a
 * workspace folder given WITHOUT a trailing slash (as Neovim and VS Code give it), and writes what it
 * received to a JSON file that this test checks: the exact diagnostics (none on Northtown; on
 * Eastfield, the rule ids and elements its header lists), a hover, a completion, a definition into
 * the shipped curriculum, a code action applied by Neovim, and a refused rename.
 */
class NeovimLanguageServerTest {

	static final long TIMEOUT_SECONDS = 300;

	@Test
	void neovimSeesDiagnosticsHoverCompletionDefinitionAndCodeActions(@TempDir Path temp) throws Exception {
		String nvim = onPath("nvim");
		if (nvim == null) {
			fail("nvim not found on the PATH: install neovim (the repository's ./verify script installs it when run as root)");
		}
		Path repository = Repository.root();
		Path folder = Files.createDirectories(temp.resolve("courses"));
		Path northtown = Files.copy(repository.resolve("examples/northtown/northtown-pgcert.course"), folder.resolve("northtown-pgcert.course"));
		Path eastfield = Files.copy(repository.resolve("examples/eastfield/eastfield-pgcert.course"), folder.resolve("eastfield-pgcert.course"));
		Path script = Path.of(NeovimLanguageServerTest.class.getResource("neovim-lsp.lua").toURI());
		Path result = temp.resolve("result.json");
		Path home = Files.createDirectories(temp.resolve("home"));

		ObjectMapper json = new ObjectMapper();
		List<String> server = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dguice_bytecode_gen_option=DISABLED",
				"-cp", System.getProperty("java.class.path"), GoldthreadCommand.class.getName(), "lsp");
		ProcessBuilder builder = new ProcessBuilder(nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "--noplugin", "-c",
				"luafile " + script).redirectErrorStream(true).redirectOutput(new File("target/neovim-lsp-test.log"));
		builder.environment().put("GT_SERVER_CMD", json.writeValueAsString(server));
		String root = folder.toString();
		assertTrue(!root.endsWith("/"));
		builder.environment().put("GT_ROOT", root);
		builder.environment().put("GT_CLEAN", northtown.toString());
		builder.environment().put("GT_GAPS", eastfield.toString());
		builder.environment().put("GT_OUT", result.toString());
		builder.environment().put("GT_TIMEOUT_MS", "120000");
		// Neovim's and the server's files stay in the test's folder
		builder.environment().put("HOME", home.toString());
		builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
		builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
		builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
		builder.environment().put("XDG_CONFIG_HOME", temp.resolve("config").toString());
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail("Neovim did not finish within " + TIMEOUT_SECONDS + " s; see target/neovim-lsp-test.log");
		}
		Path lspLog = temp.resolve("cache/nvim/lsp.log"); // Neovim's LSP log, with the server's standard error
		if (Files.isRegularFile(lspLog)) {
			Files.copy(lspLog, Path.of("target/neovim-lsp.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		assertTrue(Files.isRegularFile(result), "Neovim wrote no result (exit " + process.exitValue() + "); see target/neovim-lsp-test.log");
		Files.copy(result, Path.of("target/neovim-lsp-result.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		JsonNode out = json.readTree(result.toFile());
		assertTrue(!out.has("error"), "the Lua script failed: " + out.path("error").asText());
		assertEquals(0, process.exitValue());

		// Neovim sent the folder as it is, without a trailing slash
		assertEquals(folder.toUri().toString().replaceAll("/$", ""), out.path("root_uri").asText());

		// Northtown conforms: no diagnostics at all, none attached to the buffer
		assertEquals(0, out.path("clean_diagnostics").size(), out.path("clean_diagnostics").toString());
		assertEquals(0, out.path("clean_buffer_diagnostics").asInt());

		// Eastfield: exactly the findings its header lists ("// expect: RULE ELEMENT"), each with source, link and hint
		List<String> expected = expectations(eastfield);
		List<String> actual = new ArrayList<>();
		for (JsonNode d : out.path("gaps_diagnostics")) {
			actual.add(d.path("code").asText() + " " + d.path("data").path("elementId").asText("-"));
			assertEquals("goldthread", d.path("source").asText(), d.toString());
			String hint = d.path("data").path("fixHint").asText();
			assertTrue(!hint.isEmpty() && d.path("message").asText().endsWith("\nFix: " + hint) && !d.path("message").asText().startsWith("Either"),
					d.toString());
			assertTrue(d.path("codeDescription").path("href").asText().endsWith("#" + d.path("code").asText().toLowerCase()), d.toString());
		}
		assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
		// and Neovim attached them to the buffer: the server answered with the buffer's own URI
		assertEquals(expected.size(), out.path("gaps_buffer_diagnostics").asInt());

		// hover, completion and go to definition on the first objective Northtown covers
		String reference = out.path("reference").asText();
		assertTrue(reference.contains("."), reference);
		assertTrue(out.path("hover").path("value").asText().startsWith("**Learning objective** `" + reference + "`"), out.path("hover").toString());
		List<String> labels = new ArrayList<>();
		out.path("completion").forEach(n -> labels.add(n.asText()));
		String prefix = out.path("completion_prefix").asText();
		assertTrue(labels.contains(reference) && labels.stream().allMatch(l -> l.startsWith(prefix)), prefix + " " + labels);
		JsonNode definition = out.path("definition");
		JsonNode location = definition.isArray() ? definition.get(0) : definition;
		String target = location.has("uri") ? location.path("uri").asText() : location.path("targetUri").asText();
		assertTrue(target.endsWith("/cypmh-leadership.curriculum"), definition.toString());

		// a code action on Eastfield's first uncovered objective, applied by Neovim, removes the finding
		String objective = out.path("fixed_element").asText();
		List<String> titles = new ArrayList<>();
		out.path("code_actions").forEach(n -> titles.add(n.asText()));
		assertTrue(titles.contains("Declare '" + objective + "' a justified gap (write the reason)"), titles.toString());
		assertTrue(titles.stream().anyMatch(t -> t.startsWith("Cover '" + objective + "' in session '")), titles.toString());
		assertTrue(out.path("text_after_fix").asText().contains("gap " + objective + " because \"Why the course does not cover this: …\""),
				out.path("text_after_fix").asText());
		List<String> after = new ArrayList<>();
		out.path("gaps_diagnostics_after_fix").forEach(d -> after.add(d.path("code").asText() + " " + d.path("data").path("elementId").asText("-")));
		assertTrue(!after.isEmpty() && !after.contains("GT-COV-001 " + objective), after.toString());

		// renaming the curriculum's objective is refused, and the user is told why
		assertTrue(out.path("rename_error").asText().contains("read-only"), out.toString());
		assertTrue(out.path("messages").toString().contains("read-only"), out.path("messages").toString());
	}

	/** The "// expect: RULE ELEMENT" lines at the top of an example. */
	static List<String> expectations(Path course) throws IOException {
		List<String> expected = new ArrayList<>();
		Matcher m = Pattern.compile("^// expect: (\\S+) (\\S+)$", Pattern.MULTILINE).matcher(Files.readString(course));
		while (m.find()) {
			expected.add(m.group(1) + " " + m.group(2));
		}
		assertTrue(!expected.isEmpty());
		return expected;
	}

	static String onPath(String command) {
		String path = System.getenv("PATH");
		for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
			Path candidate = Path.of(dir, command);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}
}
