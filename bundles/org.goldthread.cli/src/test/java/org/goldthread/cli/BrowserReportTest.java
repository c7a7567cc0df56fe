package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium (Debian's, installed by .ci/run) loads the
 * report of an example and of a course full of hostile text; the test reads the DOM Chromium
 * produced and keeps a screenshot under target/screenshots. On a machine without Chromium it fails
 * (./verify installs Chromium): a test that cannot run is never a pass.
 */
class BrowserReportTest {

	private static final Path EXAMPLES = Repository.examples();
	private static final Path HOSTILE = Repository.resolve("tests/org.goldthread.reports.tests/resources/courses/hostile.course");
	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@TempDir
	Path dir;

	@Test
	void theReportOfAnExampleShowsItsVerdictMatrixAndFindings() throws Exception {
		Document dom = render(EXAMPLES.resolve("eastfield/eastfield-pgcert.course"), "eastfield-report.png");
		String text = dom.text();
		assertTrue(text.toLowerCase().contains("does not conform"), "verdict shown");
		assertTrue(text.contains("GT-COV-001") && text.contains("landscape.trainingDevelopment"), "findings shown with rule ids");
		assertTrue(text.contains("Staff wellbeing"), "the golden-thread weave is shown");
		assertTrue(dom.select("table").size() >= 3, "coverage matrix, weave and alignment tables");
		assertEquals(0, dom.select("script").size(), "the report runs no script");
	}

	@Test
	void hostileTextAppearsLiterallyAndNoScriptRuns() throws Exception {
		Document dom = render(HOSTILE, "hostile-report.png");
		String text = dom.text();
		assertTrue(text.contains("<script>alert('x')</script>"), "markup appears as text");
		assertTrue(text.contains("\"><img src=x onerror=alert(1)>"), "attribute break-out appears as text");
		assertTrue(text.contains("دورة القيادة") && text.contains("קורס מנהיגות") && text.contains("😀"), "right-to-left and emoji text kept");
		assertEquals(0, dom.select("script").size(), "no script element made it into the page");
		assertEquals(0, dom.select("img[onerror]").size(), "no injected image");
		assertTrue(dom.select("meta[http-equiv=Content-Security-Policy]").size() == 1, "the page carries its Content-Security-Policy");
	}

	/** Writes the HTML report of {@code course}, lets Chromium load it, returns the DOM and saves a screenshot. */
	private Document render(Path course, String screenshot) throws Exception {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new AssertionError("Chromium is not installed, so the HTML report cannot be tested in a real browser: "
					+ "run ./verify (it installs what the tests need) or apt-get install chromium");
		}
		Path out = dir.resolve("report");
		assertEquals(1, GoldthreadCommand.run("report", "--format", "html", "--output", out.toString(), course.toString()));
		Path html;
		try (var files = Files.list(out)) {
			html = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
		}
		Path shots = Path.of("target/screenshots");
		Files.createDirectories(shots);
		run(List.of("--window-size=1280,2000", "--screenshot=" + shots.resolve(screenshot).toAbsolutePath(), html.toUri().toString()));
		assertTrue(Files.size(shots.resolve(screenshot)) > 10_000, "a real screenshot was taken");
		String dumped = run(List.of("--dump-dom", html.toUri().toString()));
		return Jsoup.parse(dumped);
	}

	private String run(List<String> extra) throws Exception {
		List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + dir.resolve("profile")));
		command.addAll(extra);
		Path output = dir.resolve("chromium.out");
		Process p = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(new File("target/chromium.stderr.log")).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("Chromium did not finish in 120 s");
		}
		assertEquals(0, p.exitValue(), "Chromium's exit code (see target/chromium.stderr.log)");
		return Files.readString(output, StandardCharsets.UTF_8);
	}
}
