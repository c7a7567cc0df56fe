package org.goldthread.reports;

import java.nio.file.Path;

/**
 * What renderers need besides the model: the folder that file locations are shown relative to
 * (so that reports name {@code courses/a.course}, not a path on one person's machine), the
 * Goldthread version to name in the output, how CSV files start, and the date to name, if any.
 * Nothing here reads the clock: the same model and context always render to the same bytes.
 *
 * @param baseDir folder that file locations are made relative to; null keeps them as given
 * @param toolVersion the Goldthread version shown in reports, e.g. {@code 0.1.0}
 * @param csvBom whether CSV files start with a UTF-8 byte order mark, which spreadsheet programs
 *            (Excel above all) need to read them as UTF-8 rather than the system's code page
 * @param generated when the reports were made, as ISO 8601 UTC ({@code 2026-12-07T09:30:00Z}), or null
 *            for no date; the command line takes it from {@code SOURCE_DATE_EPOCH}, so that
 *            regenerated reports stay byte-identical
 */
public record RenderContext(Path baseDir, String toolVersion, boolean csvBom, String generated) {

	/** The version shown when the running code has none (a development build). */
	public static final String DEVELOPMENT_VERSION = "development build";

	public RenderContext {
		baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
		toolVersion = toolVersion == null || toolVersion.isBlank() ? DEVELOPMENT_VERSION : toolVersion;
	}

	/** CSV with a byte order mark (the default), no date. */
	public RenderContext(Path baseDir, String toolVersion) {
		this(baseDir, toolVersion, true, null);
	}

	/** No date. */
	public RenderContext(Path baseDir, String toolVersion, boolean csvBom) {
		this(baseDir, toolVersion, csvBom, null);
	}

	/**
	 * The date of {@code SOURCE_DATE_EPOCH} (seconds since 1970, the reproducible-builds convention)
	 * as ISO 8601 UTC; null when the value is unset or blank.
	 *
	 * @throws IllegalArgumentException when it is not a whole number of seconds
	 */
	public static String sourceDate(String sourceDateEpoch) {
		if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
			return null;
		}
		try {
			return java.time.Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).toString();
		} catch (NumberFormatException | java.time.DateTimeException e) {
			throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '"
					+ sourceDateEpoch + "'");
		}
	}

	/** This context with the date reports name (ISO 8601 UTC, or null for none). */
	public RenderContext withGenerated(String date) {
		return new RenderContext(baseDir, toolVersion, csvBom, date);
	}

	/** Locations relative to {@code baseDir}, development version. */
	public static RenderContext of(Path baseDir) {
		return new RenderContext(baseDir, null);
	}

	/**
	 * The folder reports name files relative to: the working directory when every input lies below
	 * it, otherwise the deepest folder that holds all inputs (the project being checked), so that a
	 * report run from elsewhere names {@code eastfield/a.course}, not {@code /home/someone/...}. When
	 * the inputs share no folder but the root, the working directory (paths then start with {@code ../}).
	 */
	public static Path baseFor(Path workingDir, java.util.List<Path> inputs) {
		Path cwd = workingDir.toAbsolutePath().normalize();
		Path common = null;
		boolean allBelow = true;
		for (Path input : inputs) {
			Path p = input.toAbsolutePath().normalize();
			allBelow &= p.startsWith(cwd);
			Path folder = java.nio.file.Files.isDirectory(p) || p.getParent() == null ? p : p.getParent();
			if (common == null) {
				common = folder;
			} else {
				while (common != null && !folder.startsWith(common)) {
					common = common.getParent();
				}
			}
		}
		return allBelow || common == null || common.getParent() == null ? cwd : common;
	}

	/** This context with or without the CSV byte order mark. */
	public RenderContext withCsvBom(boolean bom) {
		return new RenderContext(baseDir, toolVersion, bom, generated);
	}
}
