package org.goldthread.reports;

import java.nio.file.Path;

/**
 * What renderers need besides the model: the folder that file locations are shown relative to
 * (so that reports name {@code courses/a.course}, not a path on one person's machine), and the
 * Goldthread version to name in the output. Nothing here depends on the clock: the same model
 * and context always render to the same bytes.
 *
 * @param baseDir folder that file locations are made relative to; null keeps them as given
 * @param toolVersion the Goldthread version shown in reports, e.g. {@code 0.1.0}
 */
public record RenderContext(Path baseDir, String toolVersion) {

	/** The version shown when the running code has none (a development build). */
	public static final String DEVELOPMENT_VERSION = "development build";

	public RenderContext {
		baseDir = baseDir == null ? null : baseDir.toAbsolutePath().normalize();
		toolVersion = toolVersion == null || toolVersion.isBlank() ? DEVELOPMENT_VERSION : toolVersion;
	}

	/** Locations relative to {@code baseDir}, development version. */
	public static RenderContext of(Path baseDir) {
		return new RenderContext(baseDir, null);
	}
}
