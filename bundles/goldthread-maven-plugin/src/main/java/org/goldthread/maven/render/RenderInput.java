package org.goldthread.maven.render;

import java.nio.file.Path;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;

/**
 * What is rendered: the checked files (each with its document and report), the folder paths are
 * shown relative to (the project's base folder), and the plugin's version.
 */
public record RenderInput(List<CheckedFile> checked, Path baseDir, String toolVersion) {

	public RenderInput {
		checked = List.copyOf(checked);
		baseDir = baseDir.toAbsolutePath().normalize();
	}

	/** {@code file} relative to the base folder where it lies below it, with forward slashes. */
	public String display(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
		return shown.toString().replace('\\', '/');
	}
}
