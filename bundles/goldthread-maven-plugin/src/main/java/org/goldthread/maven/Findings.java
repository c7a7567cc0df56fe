package org.goldthread.maven;

import java.nio.file.Path;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

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
	 * profile when it is not the default one.
	 */
	static String summary(CheckedFile file) {
		ConformanceReport report = file.report();
		String profile = report.getProfile() == null || report.getProfile().equals("default") ? "" : " (profile " + report.getProfile() + ")";
		return name(file) + " (" + report.getDocumentTitle() + "): " + report.getVerdict().getLiteral() + " — "
				+ AbstractGoldthreadMojo.plural(report.count(Severity.ERROR), "error") + ", "
				+ AbstractGoldthreadMojo.plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO) + " info" + profile;
	}

	/** The document's id, else the file's name. */
	static String name(CheckedFile file) {
		String id = file.report().getDocumentId();
		return id != null && !id.isBlank() ? id : file.path().getFileName().toString();
	}
}
