package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Accessibility (WCAG 2.2 AA) of every page Goldthread writes, in a real browser: Debian's Chromium,
 * driven by Debian's chromedriver through Selenium, runs axe-core (the {@code axe.min.js} that
 * Deque's Maven artifact ships) with the WCAG 2.0, 2.1 and 2.2 A and AA rules over the HTML report of
 * every example course and plan, the reports' index page, and every page of the documentation site,
 * each at 1280 px (a desktop) and 360 px wide (a phone, or 400 % zoom). Any violation fails the test,
 * and so does a machine without Chromium or chromedriver (./verify installs both): a test that
 * cannot run is never a pass.
 */
class AccessibilityTest {

	private static final Path EXAMPLES = Repository.examples();
	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	/** axe-core's tags for WCAG 2.2 level AA: every A and AA success criterion of 2.0, 2.1 and 2.2. */
	static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
	static final int[] WIDTHS = { 1280, 360 };

	private static ChromeDriver browser;
	private static String axe;

	@TempDir
	static Path dir;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new AssertionError("Chromium (" + CHROMIUM + ") and chromedriver (" + CHROMEDRIVER + ") are needed to check the pages"
					+ " with axe-core in a real browser: run ./verify (it installs what the tests need) or apt-get install chromium chromium-driver");
		}
		try (InputStream in = AccessibilityTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
			if (in == null) {
				throw new AssertionError("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium ships it)");
			}
			axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
				"--user-data-dir=" + dir.resolve("profile"), "--window-size=1280,900");
		// the driver is named, so Selenium Manager (which would download one) is never asked
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
				.withLogFile(new File("target/chromedriver.log")).build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120)).pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyReportPageHasNoViolationAtEitherWidth() throws IOException {
		Path out = dir.resolve("reports");
		int code = GoldthreadCommand.run("report", "--format", "html", "--fail-on", "none", "--quiet", "--output", out.toString(), EXAMPLES.toString());
		assertEquals(0, code, "goldthread report over examples/");
		List<Path> pages = pages(out);
		assertTrue(pages.contains(out.resolve("index.html")), "the index page is checked: " + pages);
		long courses;
		try (Stream<Path> files = Files.walk(EXAMPLES)) {
			courses = files.filter(p -> p.toString().endsWith(".course") || p.toString().endsWith(".plan")).count();
		}
		assertTrue(pages.size() >= courses + 1, "a page per example course and plan (" + courses + ") and the index: " + pages);
		assertNoViolations(out, pages);
		// colour is never the only cue: every cell of a matrix has text for a screen reader (empty ones too)
		int matrices = 0;
		for (Path page : pages) {
			browser.get(page.toUri().toString());
			matrices += ((Number) browser.executeScript("return document.querySelectorAll('table.matrix').length")).intValue();
			Object empty = browser.executeScript("return Array.from(document.querySelectorAll('table.matrix td'))"
					+ ".filter(td => td.textContent.trim() === '').map(td => td.closest('tr').firstElementChild.textContent.trim()).slice(0, 5)");
			assertEquals(List.of(), empty, "matrix cells without text in " + out.relativize(page) + " (rows shown)");
		}
		assertTrue(matrices >= 10, "the course reports' matrices were looked at: " + matrices);
	}

	@Test
	void everyDocsPageHasNoViolationAtEitherWidth() throws IOException {
		Path out = dir.resolve("site");
		int code = GoldthreadCommand.run("docs", "--fail-on", "none", "--quiet", "--output", out.toString(), EXAMPLES.toString());
		assertEquals(0, code, "goldthread docs over examples/");
		List<Path> pages = pages(out);
		assertTrue(pages.size() >= 10, "the site's pages: " + pages);
		assertNoViolations(out, pages);
	}

	/** The curriculum-change pages a framework owner or course lead reads: the diff of two versions and the impact on courses. */
	@Test
	void theDiffAndImpactPagesHaveNoViolationAtEitherWidth() throws IOException {
		Path out = Files.createDirectories(dir.resolve("evolution"));
		String revision = EXAMPLES.resolve("evolution/cypmh-leadership-2026-fictional.curriculum").toString();
		Path diff = out.resolve("diff.html");
		assertEquals(0, GoldthreadCommand.run("diff", "cypmh.leadership@2024", revision, "--format", "html", "-o", diff.toString()), "goldthread diff");
		Path impact = out.resolve("impact.html");
		int code = GoldthreadCommand.run("impact", revision, EXAMPLES.resolve("northtown").toString(), EXAMPLES.resolve("eastfield").toString(),
				"--format", "html", "-o", impact.toString());
		assertTrue(code == 0 || code == 1, "goldthread impact exit code " + code);
		assertTrue(Files.size(diff) > 1000 && Files.size(impact) > 1000, "pages written");
		assertNoViolations(out, List.of(diff, impact));
	}

	/** The harness itself finds violations: a page with known faults yields exactly those rules. */
	@Test
	void axeFindsTheFaultsOfAFaultyPage() throws IOException {
		Path page = dir.resolve("faulty.html");
		Files.writeString(page, """
				<!DOCTYPE html><html><head><title>Faulty</title></head><body><main>
				<h1>Faulty</h1><img src="x.png"><div style="overflow:auto;width:200px"><div style="width:2000px">wide, not focusable</div></div>
				<p><a href="#a" style="display:inline-block;width:10px;height:10px"></a><a href="#b" style="display:inline-block;width:10px;height:10px">b</a></p>
				</main></body></html>""");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> v : violations(page, 360)) {
			found.add((String) v.get("id"));
		}
		for (String rule : List.of("image-alt", "scrollable-region-focusable", "link-name", "target-size")) {
			assertTrue(found.contains(rule), rule + " is found on a page that breaks it: " + found);
		}
	}

	private static List<Path> pages(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static void assertNoViolations(Path root, List<Path> pages) {
		StringBuilder problems = new StringBuilder();
		int count = 0;
		for (Path page : pages) {
			// one load per page: the window is resized under it (the layout follows, as it does for a reader)
			load(page);
			for (int width : WIDTHS) {
				for (Map<String, Object> v : violationsAt(page, width)) {
					count++;
					problems.append("\n").append(root.relativize(page)).append(" at ").append(width).append(" px: ").append(v.get("id"))
							.append(" (").append(v.get("impact")).append(") ").append(v.get("help"));
					@SuppressWarnings("unchecked")
					List<Map<String, Object>> nodes = (List<Map<String, Object>>) v.get("nodes");
					for (Map<String, Object> node : nodes.subList(0, Math.min(5, nodes.size()))) {
						String html = String.valueOf(node.get("html"));
						problems.append("\n    ").append(node.get("target")).append(" ").append(html.length() > 160 ? html.substring(0, 160) + "…" : html)
								.append("\n      ").append(node.get("why"));
					}
					if (nodes.size() > 5) {
						problems.append("\n    … and ").append(nodes.size() - 5).append(" more");
					}
				}
			}
		}
		if (count > 0) {
			fail(count + " axe-core violation(s) of WCAG 2.2 AA in " + pages.size() + " pages:" + problems);
		}
	}

	/** axe-core's violations on this page at this viewport width (each: id, impact, help, nodes with target and html). */
	static List<Map<String, Object>> violations(Path page, int width) {
		load(page);
		return violationsAt(page, width);
	}

	/** Opens the page in the browser and adds axe-core to it. */
	private static void load(Path page) {
		browser.get(page.toUri().toString());
		browser.executeScript(axe);
	}

	/** axe-core's violations on the page the browser shows (loaded by {@link #load}), with the viewport this wide. */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> violationsAt(Path page, int width) {
		browser.manage().window().setSize(new Dimension(width, 900));
		JavascriptExecutor js = browser;
		Number inner = (Number) js.executeScript("return window.innerWidth");
		assertEquals(width, inner.intValue(), "the viewport is " + width + " px wide");
		assertEquals(Boolean.TRUE, js.executeScript("return typeof axe === 'object' && location.href === arguments[0]", page.toUri().toString()),
				"axe-core runs on " + page);
		Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
				      nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html,
				      why: [...n.any, ...n.all, ...n.none].map(c => c.message).join(' ') })) })), passes: r.passes.length }))
				  .catch(e => done({ error: String(e) }));""", WCAG_22_AA);
		if (result.get("error") != null) {
			fail("axe-core failed on " + page + ": " + result.get("error"));
		}
		assertTrue(((Number) result.get("passes")).intValue() > 0, "axe-core ran its rules on " + page);
		return (List<Map<String, Object>>) result.get("violations");
	}
}
