package org.goldthread.testing;

import java.nio.file.Files;
import java.nio.file.Path;

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
