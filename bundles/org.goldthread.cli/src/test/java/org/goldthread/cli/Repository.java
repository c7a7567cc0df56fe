package org.goldthread.cli;

import java.nio.file.Path;

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

	private static String property(String name) {
		String value = System.getProperty(name);
		if (value == null) {
			throw new IllegalStateException("the system property " + name + " is not set (this module's pom.xml sets it for the tests)");
		}
		return value;
	}
}
