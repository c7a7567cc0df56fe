package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.testing.Repository;

/**
 * The fixture courses: two of the repository's examples ({@code examples/northtown},
 * {@code examples/eastfield}) and one full of hostile text ({@code resources/courses}), copied once
 * into {@code target/report-fixtures/courses} (so that every report names them
 * {@code courses/<name>.course}, and no fixture exists in two copies in the repository), checked
 * once for all tests the way the command line checks them; and the golden files under
 * {@code resources/golden}.
 *
 * <p>Run the build with {@code -Dgoldthread.updateGolden=true} to rewrite the golden files from the
 * current output instead of comparing with them (then review the diff).
 */
final class ReportFixtures {

	/** The fixtures, by short name: the file name without extension. */
	static final List<String> NAMES = List.of("northtown-pgcert", "eastfield-pgcert", "hostile");

	/** Pinned, so that golden files do not change with the build's version. */
	static final String VERSION = "test";

	private static Map<String, CheckedFile> checked;

	private ReportFixtures() {
	}

	/** The test bundle's folder (the build passes it; a run from the IDE starts there). */
	static Path bundleDir() {
		String dir = System.getProperty("goldthread.bundleDir");
		Path path = dir == null || dir.isBlank() || dir.startsWith("${") ? Path.of("").toAbsolutePath() : Path.of(dir);
		assertTrue(Files.isDirectory(path.resolve("resources/courses")), "no resources/courses in " + path);
		return path;
	}

	static Path resources() {
		return bundleDir().resolve("resources");
	}

	private static Path fixtures;

	/** The folder the fixtures are checked in (its {@code courses/} holds them): reports name files relative to it. */
	static synchronized Path fixtures() {
		if (fixtures == null) {
			try {
				Path dir = bundleDir().resolve("target/report-fixtures");
				Repository.copyReportFixtures(dir.resolve("courses"));
				fixtures = dir;
			} catch (IOException e) {
				throw new AssertionError("cannot set up the report fixtures: " + e, e);
			}
		}
		return fixtures;
	}

	/** Pinned, as SOURCE_DATE_EPOCH=1767225600 would give it. */
	static final String DATE = "2026-01-01T00:00:00Z";

	/** File locations in reports are relative to the fixtures' folder (e.g. courses/hostile.course); CSV with a BOM; a fixed date. */
	static RenderContext context() {
		return new RenderContext(fixtures(), VERSION, true, DATE);
	}

	static synchronized Map<String, CheckedFile> checked() {
		if (checked == null) {
			try (Stream<Path> files = Files.list(fixtures().resolve("courses"))) {
				List<Path> paths = files.filter(GoldthreadChecker::isGoldthreadFile).sorted().toList();
				Map<String, CheckedFile> result = new LinkedHashMap<>();
				for (CheckedFile file : new GoldthreadChecker().check(paths, List.of(), null)) {
					String name = file.path().getFileName().toString();
					result.put(name.substring(0, name.lastIndexOf('.')), file);
				}
				checked = result;
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
		return checked;
	}

	static ConformanceReport report(String name) {
		CheckedFile file = checked().get(name);
		if (file == null) {
			fail("no fixture " + name + " among " + checked().keySet());
		}
		return file.report();
	}

	static Document document(String name) {
		return checked().get(name).document();
	}

	/** The fixtures that are courses (all of them): for parameterised tests of the course report. */
	static List<String> courseNames() {
		return NAMES.stream().filter(n -> ReportFixtures.document(n) instanceof org.goldthread.model.Course).toList();
	}

	static List<ConformanceReport> all() {
		return NAMES.stream().map(ReportFixtures::report).toList();
	}

	static boolean updating() {
		return Boolean.parseBoolean(System.getProperty("goldthread.updateGolden", "false"));
	}

	/** Compares with (or, when updating, rewrites) {@code resources/golden/<name>}. */
	static void assertGolden(String name, byte[] actual) throws IOException {
		Path golden = resources().resolve("golden").resolve(name);
		if (updating()) {
			Files.createDirectories(golden.getParent());
			Files.write(golden, actual);
			return;
		}
		if (!Files.exists(golden)) {
			fail("No golden file " + golden + "; run the build with -Dgoldthread.updateGolden=true to create it, then review it.");
		}
		String expected = Files.readString(golden, StandardCharsets.UTF_8);
		assertEquals(expected, new String(actual, StandardCharsets.UTF_8),
				"output differs from " + golden + " (if the change is intended, rebuild with -Dgoldthread.updateGolden=true and review the diff)");
	}
}
