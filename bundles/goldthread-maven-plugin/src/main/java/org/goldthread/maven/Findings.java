package org.goldthread.maven;

import java.nio.file.Path;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.Finding;

/** How findings read in a Maven log. */
final class Findings {

	private Findings() {
	}

	/**
	 * {@code /abs/path/file.course:[line,col] GT-COV-001 message}: the form the Maven compiler plugin
	 * uses, so IDEs and CI log parsers link it to the file; the log level gives the severity.
	 */
	static String line(Path file, Finding f) {
		int line = f.getLocation() == null ? 1 : Math.max(1, f.getLocation().getLine());
		int column = f.getLocation() == null ? 1 : Math.max(1, f.getLocation().getColumn());
		return file.toAbsolutePath().normalize() + ":[" + line + "," + column + "] " + f.getRuleId() + " " + f.getMessage();
	}

	/**
	 * "northtown.pgcertLeadership (PGCert …): conforms — 0 errors, 0 warnings, 0 info", and the
	 * profile when it is not the default one: the command line's summary line.
	 */
	static String summary(CheckedFile file) {
		return CheckSummary.documentLine(name(file), file.report());
	}

	/** The document's id, else the file's name. */
	static String name(CheckedFile file) {
		String id = file.report().getDocumentId();
		return id != null && !id.isBlank() ? id : file.path().getFileName().toString();
	}
}
