package org.goldthread.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.maven.plugin.MojoExecutionException;
import org.goldthread.maven.render.RenderedFile;

/** Writing rendered files: atomically, and without leaving files of an earlier run behind. */
final class OutputFolder {

	private OutputFolder() {
	}

	/**
	 * Writes {@code files} below {@code folder}, each atomically, and deletes the files of
	 * {@code previous} (paths relative to {@code baseDir}) below {@code folder} that were not written
	 * again, so that a removed course leaves no stale report. Returns the written files relative to
	 * {@code baseDir}.
	 */
	static List<String> write(Path baseDir, Path folder, List<RenderedFile> files, List<String> previous) throws IOException {
		Path base = baseDir.toAbsolutePath().normalize();
		Path root = folder.toAbsolutePath().normalize();
		List<String> written = new ArrayList<>();
		for (RenderedFile file : files) {
			Path target = root.resolve(file.path()).normalize();
			if (!target.startsWith(root)) {
				throw new IOException("A renderer asked to write outside " + root + ": " + file.path());
			}
			Files.createDirectories(target.getParent());
			Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			try {
				Files.write(tmp, file.content());
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(tmp);
			}
			written.add(relative(base, target));
		}
		for (String old : previous) {
			Path stale = base.resolve(old).normalize();
			if (stale.startsWith(root) && !written.contains(old)) {
				Files.deleteIfExists(stale);
				for (Path dir = stale.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root) && isEmpty(dir); dir = dir.getParent()) {
					Files.delete(dir);
				}
			}
		}
		return written;
	}

	/** The formats asked for, lower case, each once; a list item may itself be a comma-separated list. */
	static List<String> formats(List<String> requested, List<String> available, String what, String hint) throws MojoExecutionException {
		Set<String> formats = new LinkedHashSet<>();
		for (String item : requested == null ? List.<String>of() : requested) {
			for (String f : item.split(",")) {
				if (!f.isBlank()) {
					formats.add(f.trim().toLowerCase(Locale.ROOT));
				}
			}
		}
		if (formats.isEmpty()) {
			throw new MojoExecutionException("Goldthread: no " + what + " format given (available: " + String.join(", ", available) + ")");
		}
		for (String f : formats) {
			if (!available.contains(f)) {
				throw new MojoExecutionException("Goldthread: " + what + " format '" + f + "' is not available in this version of the plugin (available: "
						+ String.join(", ", available) + "). " + hint + ".");
			}
		}
		return new ArrayList<>(formats);
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static String relative(Path base, Path file) {
		return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
	}
}
