package org.goldthread.reports;

import java.util.Locale;

/** The formats Goldthread writes validation reports in, with their command-line names and file extensions. */
public enum ReportFormat {
	/** One self-contained HTML page (inline CSS, no external requests). */
	HTML("html", "html"),
	/** The same page as a PDF, for accreditation panels. */
	PDF("pdf", "pdf"),
	/** GitHub-flavoured Markdown, for pull requests and wikis. */
	MD("md", "md"),
	/** JSON following docs/report-schema.json. */
	JSON("json", "json"),
	/** JUnit XML: one test case per rule and course, for CI test reports. */
	JUNIT("junit", "xml"),
	/** SARIF 2.1.0, for code-scanning tools. */
	SARIF("sarif", "sarif"),
	/** The coverage matrix as CSV: one row per objective, one column per session. */
	CSV("csv", "csv"),
	/** A workbook: coverage, threads, assessment, findings and provenance sheets. */
	XLSX("xlsx", "xlsx"),
	/**
	 * The submission pack for the accrediting body: for each requirement of the framework where and how
	 * the course meets it, the justified gaps and the open findings, as HTML ({@code <id>.pack.html},
	 * the extension here), PDF ({@code .pack.pdf}) and Word ({@code .pack.docx}).
	 */
	PACK("pack", "pack.html");

	private final String key;
	private final String extension;

	ReportFormat(String key, String extension) {
		this.key = key;
		this.extension = extension;
	}

	/** The name on the command line: {@code html}, {@code md}, ... */
	public String key() {
		return key;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return extension;
	}

	/** The format with this command-line name (any case; {@code markdown} for md, {@code xml} for junit), or null. */
	public static ReportFormat byKey(String name) {
		String k = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		switch (k) {
			case "markdown":
				return MD;
			case "xml":
				return JUNIT;
			case "excel":
				return XLSX;
			case "submission":
				return PACK;
			default:
				for (ReportFormat f : values()) {
					if (f.key.equals(k)) {
						return f;
					}
				}
				return null;
		}
	}

	@Override
	public String toString() {
		return key;
	}
}
