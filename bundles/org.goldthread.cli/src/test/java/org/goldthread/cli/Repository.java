package org.goldthread.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the tests find what lies outside this module (the examples, the other test bundles'
 * fixtures, the docs): the folders the build passes as system properties (pom.xml), not paths
 * walked up from the working folder.
 */
final class Repository {

	private Repository() {
	}

	/** The repository's root folder (system property goldthread.repository). */
	static Path root() {
		return Path.of(property("goldthread.repository")).toAbsolutePath().normalize();
	}

	/** The repository's examples (system property goldthread.examples). */
	static Path examples() {
		return Path.of(property("goldthread.examples")).toAbsolutePath().normalize();
	}

	/** A path below the repository's root, e.g. {@code tests/org.goldthread.reports.tests/resources/courses}. */
	static Path resolve(String relative) {
		return root().resolve(relative).normalize();
	}

	private static Path reportFixtures;

	/**
	 * The report fixtures, as the reports tests check them: the Northtown and Eastfield example courses
	 * and the hostile course of the reports tests ({@code tests/org.goldthread.reports.tests/resources/courses}),
	 * copied once into a temporary folder outside the working folder (one copy of each in the repository).
	 */
	static synchronized Path reportFixtures() {
		if (reportFixtures == null) {
			try {
				// outside the working folder, as a reviewer's files usually are: reports then name them by file name
				Path dir = Files.createTempDirectory("goldthread-report-fixtures");
				Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
				org.goldthread.testing.Repository.copyReportFixtures(dir);
				reportFixtures = dir;
			} catch (IOException e) {
				throw new IllegalStateException("cannot set up the report fixtures: " + e, e);
			}
		}
		return reportFixtures;
	}

	private static void delete(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.deleteIfExists(file);
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// a temporary folder left behind; the system cleans it
		}
	}

	private static String property(String name) {
		String value = System.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("the system property " + name + " is not set (this module's pom.xml sets it for the tests)");
		}
		return value;
	}
}
