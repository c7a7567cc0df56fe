package org.goldthread.reports;

import java.nio.file.Path;

/**
 * What renderers need besides the model: the folder that file locations are shown relative to
 * (so that reports name {@code courses/a.course}, not a path on one person's machine), the
 * Goldthread version to name in the output, and how CSV files start. Nothing here depends on the
 * clock: the same model and context always render to the same bytes.
 *
 * @param baseDir folder that file locations are made relative to; null keeps them as given
 * @param toolVersion the Goldthread version shown in reports, e.g. {@code 0.1.0}
 * @param csvBom whether CSV files start with a UTF-8 byte order mark, which spreadsheet programs
 *            (Excel above all) need to read them as UTF-8 rather than the system's code page
 */
public record RenderContext(Path baseDir, String toolVersion, boolean csvBom) {

	/** The version shown when the running code has none (a development build). */
	public static final String DEVELOPMENT_VERSION = "development build";

	public RenderContext {
		baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
		toolVersion = toolVersion == null || toolVersion.isBlank() ? DEVELOPMENT_VERSION : toolVersion;
	}

	/** CSV with a byte order mark (the default). */
	public RenderContext(Path baseDir, String toolVersion) {
		this(baseDir, toolVersion, true);
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
		return new RenderContext(baseDir, toolVersion, bom);
	}
}
