package org.goldthread.cli;

import java.nio.file.Path;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;

/** Text output shared by the commands. */
final class Output {

	private Output() {
	}

	/** {@code file:line:col: severity RULE message}, the form compilers and editors understand. */
	static String compilerLine(Path cwd, Path file, Finding f) {
		int line = f.getLocation() == null ? 1 : f.getLocation().getLine();
		int column = f.getLocation() == null ? 1 : f.getLocation().getColumn();
		return display(cwd, file) + ":" + line + ":" + column + ": " + f.getSeverity().getLiteral() + " " + f.getRuleId() + " " + f.getMessage();
	}

	static String display(Path cwd, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
	}

	static String summary(ConformanceReport report) {
		return CheckSummary.documentLine(report.getDocumentId(), report);
	}
}
