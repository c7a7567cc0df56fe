package org.goldthread.cli;

import java.nio.file.Path;

import org.goldthread.conformance.CheckSummary;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.reports.data.InlineCode;

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
	 * A finding as {@link #compilerLine}, styled by {@code colors} (severity in its colour, the rule id
	 * dim); with {@code explain}, followed by the framework passage the rule checks and the fix, each
	 * on an indented line of its own, and a blank line.
	 */
	static String finding(Path cwd, Path file, Finding f, Colors colors, boolean explain) {
		int line = f.getLocation() == null ? 1 : f.getLocation().getLine();
		int column = f.getLocation() == null ? 1 : f.getLocation().getColumn();
		StringBuilder out = new StringBuilder(colors.bold(display(cwd, file) + ":" + line + ":" + column + ":")).append(' ')
				.append(colors.severity(f.getSeverity())).append(' ').append(colors.dim(terminalSafe(f.getRuleId()))).append(' ')
				.append(terminalSafe(f.getMessage()));
		if (explain) {
			boolean more = false;
			if (f.getPassage() != null && !f.getPassage().isBlank()) {
				String where = f.getFrameworkElementId() == null ? "" : " (" + terminalSafe(f.getFrameworkElementId()) + ")";
				out.append(System.lineSeparator()).append("    ").append(colors.dim("framework" + where + ":")).append(" “")
						.append(terminalSafe(oneLine(f.getPassage()))).append('”');
				more = true;
			}
			if (f.getFixHint() != null && !f.getFixHint().isBlank()) {
				out.append(System.lineSeparator()).append("    ").append(colors.dim("fix:")).append(' ').append(code(oneLine(f.getFixHint()), colors));
				more = true;
			}
			if (more) {
				out.append(System.lineSeparator());
			}
		}
		return out.toString();
	}

	/** The text on one line: runs of white space (line breaks of a wrapped passage too) as one space. */
	static String oneLine(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	/** Markdown code spans ({@code `covers x`}) in bold on a colour terminal; as written (backticks) otherwise. */
	static String code(String text, Colors colors) {
		if (!colors.enabled()) {
			return terminalSafe(text);
		}
		StringBuilder out = new StringBuilder();
		for (InlineCode.Part part : InlineCode.parts(text)) {
			out.append(part.code() ? colors.bold(terminalSafe(part.text())) : terminalSafe(part.text()));
		}
		return out.toString();
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

	/** {@link #summary(ConformanceReport)} with the verdict in its colour (red, yellow or green). */
	static String summary(ConformanceReport report, Colors colors) {
		String line = summary(report);
		if (!colors.enabled() || report.getVerdict() == null) {
			return line;
		}
		String verdict = ": " + report.getVerdict().getLiteral() + " — ";
		int at = line.lastIndexOf(verdict);
		return at < 0 ? line
				: line.substring(0, at + 2) + colors.verdict(report.getVerdict()) + line.substring(at + 2 + report.getVerdict().getLiteral().length());
	}
}
