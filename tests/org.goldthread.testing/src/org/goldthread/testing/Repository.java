package org.goldthread.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the repository's shared files lie for a test: the repository root (the folder with
 * {@code mvnw} and {@code docs/}), found from the test's working folder (the build runs each test
 * bundle in its own folder, an IDE run starts in the bundle or the root) or from the
 * {@code goldthread.bundleDir} the build passes. Tests name what they need ({@link #examples()},
 * {@link #docs()}) instead of climbing folders with {@code ../../}.
 */
public final class Repository {

	private static Path root;

	private Repository() {
	}

	/** The repository root. */
	public static synchronized Path root() {
		if (root == null) {
			root = find();
		}
		return root;
	}

	/** {@code examples/} of the repository: the shipped example courses, plans and frameworks. */
	public static Path examples() {
		return root().resolve("examples");
	}

	/** {@code docs/} of the repository. */
	public static Path docs() {
		return root().resolve("docs");
	}

	/** One example by its path under {@code examples/}, which must exist. */
	public static Path example(String pathUnderExamples) {
		Path file = examples().resolve(pathUnderExamples);
		if (!Files.exists(file)) {
			throw new IllegalStateException("no example " + pathUnderExamples + " under " + examples());
		}
		return file;
	}

	/** The examples that are report fixtures too, by their path under examples/. */
	public static final List<String> REPORT_EXAMPLES = List.of("northtown/northtown-pgcert.course", "eastfield/eastfield-pgcert.course");

	/**
	 * Copies the report fixtures into {@code dir} (created, or emptied of earlier copies): the reports
	 * tests' own courses ({@code tests/org.goldthread.reports.tests/resources/courses}, e.g. the one
	 * full of hostile text) and {@link #REPORT_EXAMPLES}; the repository keeps one copy of each.
	 */
	public static Path copyReportFixtures(Path dir) throws IOException {
		if (Files.isDirectory(dir)) {
			try (Stream<Path> stale = Files.list(dir)) {
				for (Path file : stale.toList()) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(dir);
		List<Path> files;
		try (Stream<Path> own = Files.list(root().resolve("tests/org.goldthread.reports.tests/resources/courses"))) {
			files = own.toList();
		}
		for (Path file : files) {
			Files.copy(file, dir.resolve(file.getFileName().toString()));
		}
		for (String example : REPORT_EXAMPLES) {
			Path file = example(example);
			Files.copy(file, dir.resolve(file.getFileName().toString()));
		}
		return dir;
	}

	private static Path find() {
		String bundleDir = System.getProperty("goldthread.bundleDir");
		for (Path start : new Path[] { bundleDir == null || bundleDir.isBlank() || bundleDir.startsWith("${") ? null : Path.of(bundleDir),
				Path.of("").toAbsolutePath() }) {
			for (Path dir = start == null ? null : start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
				if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("mvnw"))) {
					return dir;
				}
			}
		}
		throw new IllegalStateException("Cannot find the repository root (a folder with mvnw, docs/ and examples/) above "
				+ Path.of("").toAbsolutePath() + (bundleDir == null ? "" : " or " + bundleDir));
	}
}
