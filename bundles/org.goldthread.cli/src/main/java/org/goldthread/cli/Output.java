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
		return display(cwd, file) + ":" + line + ":" + column + ": " + f.getSeverity().getLiteral() + " " + f.getRuleId() + " "
				+ terminalSafe(f.getMessage());
	}

	/**
	 * The text with every control character (C0, DEL, C1, and the bidirectional overrides) written as
	 * a backslash-u escape (as in Java): titles, ids and file names come from files that anyone may have
	 * written, and must neither drive the terminal (escape sequences) nor forge output lines (a
	 * newline in a file name).
	 */
	static String terminalSafe(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
			if (control && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (control) {
					out.append(String.format("\\u%04X", (int) c));
				} else {
					out.append(c);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	static String display(Path cwd, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		return terminalSafe(absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString());
	}

	static String summary(ConformanceReport report) {
		return terminalSafe(CheckSummary.documentLine(report.getDocumentId(), report));
	}
}
