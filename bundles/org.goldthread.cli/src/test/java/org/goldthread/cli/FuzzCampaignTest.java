package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.lang.validation.TextEncoding;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Verdict;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A seeded mutation fuzzer over the examples and the test fixtures: each input is a corpus file
 * with one to four mutations (spans deleted, repeated or spliced in from another file, tokens such
 * as braces, quotes, lone carriage returns, byte-order marks, huge numbers and control characters
 * inserted, bytes flipped, the text cut short). Every input is checked the way {@code goldthread
 * check} checks it, and its report rendered in every text format. It asserts what issue #17 asks:
 * no exception escapes (and no internal-error finding, GT-SYN-003, which would be one caught), a
 * file that does not parse is never reported as conforming, every report renders, and every JSON
 * report validates against {@code docs/report-schema.json}.
 * <p>
 * CI runs a smoke campaign of {@value #SMOKE_INPUTS} inputs; {@code -Dgoldthread.fuzz.inputs=N}
 * (the {@code fuzz} profile: 100,000) runs a long one, {@code -Dgoldthread.fuzz.seed=S} another
 * sequence. A failing input is kept under {@code target/fuzz-failures/}; once fixed, it joins the
 * regression corpus in {@code src/test/resources/fuzz-regressions/}, checked in every build.
 */
class FuzzCampaignTest {

	private static final int SMOKE_INPUTS = 5000;
	private static final Path ROOT = Repository.root();
	/** PDF rendering costs a hundred times more than the other formats: every this many inputs. */
	private static final int PDF_EVERY = 250;

	private static final String[] TOKENS = { "{", "}", "\"", "\r", "\n", "\r\n", "\uFEFF", "\u0000", "\u001b[2J", "\u202E", "😀", "\\",
			"//", "/*", "*/", " 2147483647 ", " 99999999999 ", " 0 ", "1.5h", " 1e999 ", "%", ",", ".", " module ", " day ", " session ",
			" covers ", " weaves ", " assessment ", " gap ", " because ", " implements ", " version ", " theme ", " objective ",
			" thread ", " course ", " plan ", " action ", " addresses ", " lecture ", " masters ", " formative ", "'", "<script>",
			"\t", " study day 1 \"S\" ", " module \"No id\" { day 1 \"D\" { session \"S\" lecture weaves participation } } " };

	@TempDir
	Path dir;

	@Test
	void mutatedFilesNeverCrashAndNeverConformWhenBroken() throws Exception {
		int inputs = Integer.getInteger("goldthread.fuzz.inputs", SMOKE_INPUTS);
		long seed = Long.getLong("goldthread.fuzz.seed", 20261207L);
		List<String> corpus = corpus();
		Injector injector = GoldthreadStandaloneSetup.doSetup();
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.readString(ROOT.resolve("docs/report-schema.json")));
		ObjectMapper json = new ObjectMapper();
		RenderContext context = new RenderContext(dir, "fuzz");
		// a long campaign can go on past a failure, keeping every failing input, and fail at the end
		boolean keepGoing = Boolean.getBoolean("goldthread.fuzz.keepGoing");
		List<String> failures = new ArrayList<>();
		Random random = new Random(seed);
		Stats stats = new Stats();
		long start = System.nanoTime();
		int batch = 50;
		for (int done = 0; done < inputs; done += batch) {
			int n = Math.min(batch, inputs - done);
			List<Path> files = new ArrayList<>();
			List<byte[]> contents = new ArrayList<>();
			Path folder = Files.createDirectories(dir.resolve("batch"));
			for (int i = 0; i < n; i++) {
				byte[] input = mutate(corpus, random);
				Path file = folder.resolve("input-" + i + (random.nextInt(10) == 0 ? ".plan" : ".course"));
				Files.write(file, input);
				files.add(file);
				contents.add(input);
			}
			List<CheckedFile> checked;
			try {
				checked = new GoldthreadChecker(injector).check(files, List.of(), null);
			} catch (RuntimeException | StackOverflowError e) {
				throw failure(contents, "the check of a batch threw " + e, done);
			}
			for (int i = 0; i < n; i++) {
				int index = done + i;
				ConformanceReport report = checked.get(i).report();
				String problem = problem(injector, files.get(i), contents.get(i), report, stats);
				if (problem == null) {
					problem = renders(report, context, index % PDF_EVERY == 0, schema, json);
				}
				if (problem != null) {
					AssertionError failure = failure(List.of(contents.get(i)), problem, index);
					if (!keepGoing) {
						throw failure;
					}
					failures.add(failure.getMessage());
				}
			}
			try (Stream<Path> old = Files.list(folder)) {
				for (Path p : old.toList()) {
					Files.delete(p);
				}
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		String summary = String.format("fuzz: %d inputs (seed %d) in %.1f s: %d did not parse, %d not UTF-8, %d conform, %d findings, %d failures",
				inputs, seed, seconds, stats.broken, stats.encoding, stats.conforming, stats.findings, failures.size());
		System.out.println(summary);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/fuzz-summary.txt"), summary + "\n");
		assertEquals(List.of(), failures, summary);
		assertTrue(stats.broken > inputs / 10, "the mutations reach the parser's error paths: " + summary);
	}

	private static final class Stats {
		int broken;
		int encoding;
		int conforming;
		long findings;
	}

	/** What is wrong with the check of one input, or null. */
	private static String problem(Injector injector, Path file, byte[] content, ConformanceReport report, Stats stats) {
		if (report == null || report.getVerdict() == null) {
			return "no report or no verdict";
		}
		stats.findings += report.getFindings().size();
		for (Finding f : report.getFindings()) {
			if (GoldthreadIssueCodes.INTERNAL_ERROR.equals(f.getRuleId())) {
				return "an internal error was caught: " + f.getMessage();
			}
			if (f.getMessage() == null || f.getMessage().contains("'null'") || f.getLocation() == null || f.getLocation().getLine() < 1) {
				return "a finding without a proper message or location: " + f.getRuleId() + " " + f.getMessage();
			}
		}
		boolean unreadable = TextEncoding.problem(content) != null;
		boolean broken = unreadable || hasSyntaxErrors(injector, file, content);
		stats.encoding += unreadable ? 1 : 0;
		stats.broken += broken ? 1 : 0;
		stats.conforming += report.getVerdict() == Verdict.CONFORMS ? 1 : 0;
		if (broken && report.getVerdict() == Verdict.CONFORMS) {
			return "a file that does not parse was reported as conforming";
		}
		return null;
	}

	/** The independent oracle: a fresh parse of the text says whether it has syntax errors. */
	private static boolean hasSyntaxErrors(Injector injector, Path file, byte[] content) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		try {
			resource.load(new ByteArrayInputStream(content), set.getLoadOptions());
		} catch (IOException e) {
			return true;
		}
		return resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors();
	}

	/** Renders the report in every format; null when all render and the JSON validates. */
	private static String renders(ConformanceReport report, RenderContext context, boolean pdf, JsonSchema schema, ObjectMapper json) {
		for (ReportFormat format : ReportFormat.values()) {
			if (format == ReportFormat.PDF && !pdf) {
				continue;
			}
			byte[] bytes;
			try {
				bytes = Reports.renderer(format).render(report, context);
			} catch (RuntimeException | StackOverflowError e) {
				return format + " report did not render: " + e;
			}
			if (bytes == null || bytes.length == 0) {
				return format + " report is empty";
			}
			if (format == ReportFormat.JSON) {
				try {
					JsonNode node = json.readTree(bytes);
					var errors = schema.validate(node);
					if (!errors.isEmpty()) {
						return "JSON report does not validate: " + errors.stream().map(ValidationMessage::getMessage).limit(3).toList();
					}
				} catch (IOException e) {
					return "JSON report is not JSON: " + e.getMessage();
				}
			}
		}
		return null;
	}

	private static AssertionError failure(List<byte[]> inputs, String problem, int index) {
		Path kept = Path.of("target/fuzz-failures").toAbsolutePath();
		try {
			Files.createDirectories(kept);
			for (int i = 0; i < inputs.size(); i++) {
				Files.write(kept.resolve("input-" + index + "-" + i + ".course"), inputs.get(i));
			}
		} catch (IOException e) {
			// the message still says what failed
		}
		return new AssertionError("fuzz input " + index + ": " + problem + " (input kept in " + kept + ")");
	}

	/** The examples and the test fixtures (courses, plans, curricula): what real files look like. */
	private static List<String> corpus() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String folder : List.of("examples", "tests/org.goldthread.conformance.tests/fixtures", "tests/org.goldthread.reports.tests/resources")) {
			try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
				for (Path p : walk.filter(Files::isRegularFile).filter(GoldthreadChecker::isGoldthreadFile).sorted().toList()) {
					if (!p.toString().contains("/target/") && !p.toString().endsWith(".curriculum") && !p.toString().endsWith(".framework")) {
						texts.add(Files.readString(p, StandardCharsets.UTF_8));
					}
				}
			}
		}
		assertTrue(texts.size() >= 5, "the corpus holds the examples: " + texts.size());
		return texts;
	}

	/** One input: a corpus file with one to four mutations. */
	static byte[] mutate(List<String> corpus, Random random) {
		StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
		int mutations = 1 + random.nextInt(4);
		boolean flipBytes = false;
		for (int m = 0; m < mutations; m++) {
			int length = text.length();
			int at = length == 0 ? 0 : random.nextInt(length);
			int span = Math.min(length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 200));
			switch (random.nextInt(8)) {
				case 0 -> text.delete(at, at + span);
				case 1 -> text.insert(at, text.substring(at, at + span));
				case 2, 3 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
				case 4 -> {
					String other = corpus.get(random.nextInt(corpus.size()));
					int from = random.nextInt(Math.max(1, other.length()));
					text.insert(at, other, from, Math.min(other.length(), from + 1 + random.nextInt(400)));
				}
				case 5 -> text.setLength(at);
				case 6 -> {
					int digit = indexOfDigit(text, at);
					if (digit >= 0) {
						text.insert(digit, random.nextBoolean() ? "99999" : "0000");
					}
				}
				default -> flipBytes = true;
			}
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (flipBytes && bytes.length > 0) {
			bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
		}
		return bytes;
	}

	private static int indexOfDigit(CharSequence text, int from) {
		for (int i = from; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Inputs an earlier campaign found a defect with (src/test/resources/fuzz-regressions): each passes every check again. */
	@Test
	void earlierFindingsStayFixed() throws Exception {
		Path folder = Path.of("src/test/resources/fuzz-regressions");
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(GoldthreadChecker::isGoldthreadFile).sorted().toList();
		}
		assertTrue(!files.isEmpty(), "the regression corpus is there");
		Injector injector = GoldthreadStandaloneSetup.doSetup();
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
				.getSchema(Files.readString(ROOT.resolve("docs/report-schema.json")));
		List<CheckedFile> checked = new GoldthreadChecker(injector).check(files, List.of(), null);
		for (int i = 0; i < files.size(); i++) {
			byte[] content = Files.readAllBytes(files.get(i));
			String problem = problem(injector, files.get(i), content, checked.get(i).report(), new Stats());
			if (problem == null) {
				problem = renders(checked.get(i).report(), new RenderContext(dir, "fuzz"), true, schema, new ObjectMapper());
			}
			assertEquals(null, problem, files.get(i).getFileName().toString());
		}
	}

	@Test
	void theMutatorIsDeterministicForASeed() {
		List<String> corpus = List.of("course a \"A\" implements x version \"1\"\n", "plan b \"B\"\n");
		for (int i = 0; i < 20; i++) {
			assertEquals(new String(mutate(corpus, new Random(i)), StandardCharsets.UTF_8), new String(mutate(corpus, new Random(i)), StandardCharsets.UTF_8));
		}
	}
}
