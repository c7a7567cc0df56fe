package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.goldthread.cli.Colors.Mode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --explain}, colour on a terminal (and none in a pipe or with NO_COLOR), and {@code goldthread completion}. */
class ExplainColourCompletionTest {

	private static final Path EXAMPLES = Repository.examples();
	private static final String ESC = "\u001B[";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private PrintStream originalOut;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void explainPrintsThePassageAndTheFixUnderEachFinding() {
		assertEquals(1, GoldthreadCommand.run("check", "--explain", EXAMPLES.resolve("eastfield").toString()));
		List<String> lines = out().lines().toList();
		int error = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches(".*eastfield-pgcert\\.course:\\d+:\\d+: error GT-COV-001 .*")) {
				error = i;
				break;
			}
		}
		assertTrue(error >= 0, out());
		assertTrue(lines.get(error + 1).matches("    framework \\([^)]+\\): “.+”"), "the passage under the finding: " + lines.get(error + 1));
		assertTrue(lines.get(error + 2).startsWith("    fix: ") && lines.get(error + 2).length() > 15, "the fix: " + lines.get(error + 2));
		assertEquals("", lines.get(error + 3), "a blank line after an explained finding");
		assertFalse(out().contains(ESC), "no colour when standard output is not a terminal");
		out.reset();
		assertEquals(1, GoldthreadCommand.run("check", "-v", EXAMPLES.resolve("eastfield").toString()));
		assertEquals(lines, out().lines().toList(), "-v is --explain");
		out.reset();
		assertEquals(1, GoldthreadCommand.run("check", EXAMPLES.resolve("eastfield").toString()));
		assertFalse(out().contains("    fix: "), "without --explain, one line per finding");
	}

	@Test
	void colourAlwaysStylesSeveritiesRuleIdsAndTheVerdict() {
		assertEquals(1, GoldthreadCommand.run("check", "--color=always", "--explain", EXAMPLES.resolve("eastfield").toString()));
		String text = out();
		assertTrue(text.contains(ESC + "1;31merror" + ESC + "0m " + ESC + "2mGT-COV-001" + ESC + "0m"), "errors red, rule ids dim: " + text);
		assertTrue(text.contains(ESC + "33mwarning" + ESC + "0m"), "warnings yellow");
		assertTrue(text.contains(": " + ESC + "1;31mdoes not conform" + ESC + "0m — 3 errors"), "the verdict in red");
		assertTrue(text.contains(ESC + "2mfix:" + ESC + "0m"), "labels dim");
		out.reset();
		assertEquals(1, GoldthreadCommand.run("check", "--color=never", EXAMPLES.resolve("eastfield").toString()));
		assertFalse(out().contains(ESC));
		assertEquals(2, GoldthreadCommand.run("check", "--color=sometimes", EXAMPLES.resolve("eastfield").toString()));
	}

	@Test
	void colourPolicyFollowsTheOptionNoColorAndTheTerminal() {
		assertTrue(Colors.enabled(Mode.AUTO, null, true));
		assertTrue(Colors.enabled(Mode.AUTO, "", true), "an empty NO_COLOR does not count (no-color.org)");
		assertFalse(Colors.enabled(Mode.AUTO, "1", true), "NO_COLOR");
		assertFalse(Colors.enabled(Mode.AUTO, null, false), "not a terminal");
		assertTrue(Colors.enabled(Mode.ALWAYS, "1", false), "--color=always wins");
		assertFalse(Colors.enabled(Mode.NEVER, null, true));
	}

	/** In a real pseudo-terminal (util-linux's script), the default is colour; NO_COLOR and a pipe turn it off. */
	@Test
	void aTerminalGetsColourUnlessNoColorOrAPipe() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String command = "'" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -Dguice_bytecode_gen_option=DISABLED -cp '"
				+ System.getProperty("java.class.path") + "' " + GoldthreadCommand.class.getName() + " check --fail-on none '"
				+ EXAMPLES.resolve("eastfield") + "'";
		String tty = run(List.of("script", "-qec", command, "/dev/null"), Map.of());
		assertTrue(tty.contains(ESC + "1;31merror"), "colour on a terminal: " + tty);
		String noColor = run(List.of("script", "-qec", command, "/dev/null"), Map.of("NO_COLOR", "1"));
		assertTrue(noColor.contains("error GT-COV-001") && !noColor.contains(ESC + "1;31m"), "NO_COLOR: " + noColor);
		String piped = run(List.of("sh", "-c", command + " | cat"), Map.of());
		assertTrue(piped.contains("error GT-COV-001") && !piped.contains(ESC), "a pipe: " + piped);
	}

	private String run(List<String> command, Map<String, String> env) throws Exception {
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
		pb.environment().remove("NO_COLOR");
		pb.environment().putAll(env);
		pb.environment().put("TERM", "xterm-256color");
		Process p = pb.start();
		p.getOutputStream().close();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
		return text;
	}

	@Test
	void completionCompletesSubcommandsOptionsAndFormatsInBash() throws Exception {
		assertEquals(0, GoldthreadCommand.run("completion"));
		Path script = dir.resolve("goldthread-completion.bash");
		Files.writeString(script, out());
		assertTrue(out().contains("complete -F"), "a bash completion script");
		assertEquals(List.of("check", "completion"), complete(script, "goldthread c"));
		assertTrue(complete(script, "goldthread ").containsAll(List.of("check", "report", "docs", "rules", "export", "format", "lsp", "completion")),
				"every subcommand");
		assertEquals(List.of("--explain"), complete(script, "goldthread check --exp"));
		assertEquals(List.of("always", "auto"), complete(script, "goldthread check --color a"));
		assertTrue(complete(script, "goldthread report --format ").containsAll(List.of("html", "pdf", "xlsx")), "report formats");
	}

	/** The words bash completes for this line (the cursor at its end), sorted. */
	private List<String> complete(Path script, String line) throws Exception {
		String[] words = line.split(" ", -1);
		StringBuilder array = new StringBuilder();
		for (String w : words) {
			array.append('\'').append(w).append("' ");
		}
		// compopt works only inside a completion that bash itself started: a no-op here
		String bash = "source '" + script + "'\ncompopt() { :; }\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE='" + line
				+ "'\nCOMP_POINT=${#COMP_LINE}\n_complete_goldthread goldthread '" + words[words.length - 1] + "' '" + words[words.length - 2]
				+ "'\nprintf '%s\\n' \"${COMPREPLY[@]}\" | sort -u\n";
		Process p = new ProcessBuilder("bash", "-c", bash).redirectErrorStream(true).start();
		String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(30, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), text);
		List<String> result = new ArrayList<>(text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList());
		return result;
	}
}
