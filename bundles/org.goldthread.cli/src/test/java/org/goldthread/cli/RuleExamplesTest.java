package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goldthread.conformance.Rule;
import org.goldthread.conformance.RuleExamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue's examples are true: each failing example, made to the conforming example course or
 * plan, makes its rule fire; the file as it is (the fixed example) leaves it quiet. And `goldthread rules
 * ID` shows them with the severity under each profile.
 */
class RuleExamplesTest {

	private static final Path ROOT = Repository.root();
	private static final Pattern FINDING = Pattern.compile(":\\d+:\\d+: (?:error|warning|info) (GT-[A-Z]+-\\d+) ");

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

	@Test
	void eachFailingExampleFiresItsRuleAndTheFileAsItIsDoesNot() throws Exception {
		for (String file : List.of(RuleExamples.COURSE, RuleExamples.PLAN)) {
			assertEquals(List.of(), rulesFired(ROOT.resolve(file)), file + " conforms without findings");
		}
		assertTrue(RuleExamples.all().size() >= 39, "examples for every rule one change to a file can show: " + RuleExamples.all().keySet());
		assertTrue(RuleExamples.all().values().stream().anyMatch(e -> e.file().equals(RuleExamples.PLAN)), "the plan rules have examples");
		List<String> wrong = new ArrayList<>();
		int n = 0;
		for (Map.Entry<Rule, RuleExamples.Example> e : RuleExamples.all().entrySet()) {
			RuleExamples.Example example = e.getValue();
			Path original = ROOT.resolve(example.file());
			String text = Files.readString(original);
			if (!text.contains(example.fixed())) {
				wrong.add(e.getKey().id() + ": the fixed example is not in " + example.file());
				continue;
			}
			Path changed = Files.createDirectories(dir.resolve("ex" + n++)).resolve(original.getFileName());
			Files.writeString(changed, text.replaceFirst(Pattern.quote(example.fixed()), Matcher.quoteReplacement(example.failing())));
			List<String> fired = rulesFired(changed);
			if (!fired.contains(e.getKey().id())) {
				wrong.add(e.getKey().id() + ": the failing example gave " + fired);
			}
		}
		assertEquals(List.of(), wrong);
	}

	@Test
	void rulesIdShowsSeverityPerProfileExamplesAndTheFix() {
		assertEquals(0, GoldthreadCommand.run("rules", "GT-COV-004"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("severity for a required element, by profile: default warning, accreditation error, cpd warning"), text);
		assertTrue(text.contains("modality: "), text);
		assertTrue(text.contains("    fails:  covers landscape.workforcePlanning partly"), text);
		assertTrue(text.contains("    fixed:  covers landscape.workforcePlanning develops"), text);
		assertTrue(text.contains("  fix: Cover the objective fully"), text);
		out.reset();
		assertEquals(0, GoldthreadCommand.run("rules", "GT-DEL-002"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("fails:  (the text below removed)"));
		out.reset();
		assertEquals(0, GoldthreadCommand.run("rules", "GT-PLN-004"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("example (a change to " + RuleExamples.PLAN + "):"), out.toString(StandardCharsets.UTF_8));
	}

	private List<String> rulesFired(Path file) {
		out.reset();
		GoldthreadCommand.run("check", "--fail-on", "none", "--color=never", file.toString());
		List<String> ids = new ArrayList<>();
		Matcher m = FINDING.matcher(out.toString(StandardCharsets.UTF_8));
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}
}
