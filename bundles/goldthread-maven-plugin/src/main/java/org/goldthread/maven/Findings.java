package org.goldthread.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.logging.Log;
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
	 * Logs the findings of a file, each at the level of its severity, followed by its fix hint (when
	 * the rule gives one) at INFO, so that a plain {@code mvn verify} says how to fix what it reports.
	 */
	static void log(Log log, CheckedFile file) {
		for (Finding f : file.report().getFindings()) {
			String line = line(file.path(), f);
			switch (f.getSeverity()) {
				case ERROR -> log.error(line);
				case WARNING -> log.warn(line);
				default -> log.info(line);
			}
			String hint = fixHint(f);
			if (hint != null) {
				log.info(hint);
			}
		}
	}

	/** "    fix: ..." under a finding's line, or null when its rule gives no hint. */
	static String fixHint(Finding f) {
		return f.getFixHint() == null || f.getFixHint().isBlank() ? null : "    fix: " + f.getFixHint().strip();
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
