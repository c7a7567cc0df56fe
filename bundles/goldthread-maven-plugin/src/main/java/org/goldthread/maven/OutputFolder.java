package org.goldthread.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.reports.AtomicWriter;
import org.goldthread.reports.ReportFile;

/**
 * Writing the files of the reports and documentation (as listed by {@code org.goldthread.reports.Reports},
 * exactly as the command line writes them): each atomically, and without leaving files of an earlier
 * run behind.
 */
final class OutputFolder {

	private OutputFolder() {
	}

	/**
	 * Renders and writes {@code files} below {@code folder}, each atomically ({@link AtomicWriter}),
	 * and deletes the files of {@code previous} (paths relative to {@code baseDir}) below
	 * {@code folder} that were not written again, so that a removed course leaves no stale report.
	 * Returns the written files relative to {@code baseDir}.
	 */
	static List<String> write(Path baseDir, Path folder, List<ReportFile> files, List<String> previous) throws IOException {
		Path base = baseDir.toAbsolutePath().normalize();
		Path root = folder.toAbsolutePath().normalize();
		List<String> written = new ArrayList<>();
		for (ReportFile file : files) {
			Path target = root.resolve(file.path()).normalize();
			if (!target.startsWith(root) || target.equals(root)) {
				throw new IOException("A renderer asked to write outside " + root + ": " + file.path());
			}
			byte[] content;
			try {
				content = file.render();
			} catch (RuntimeException e) {
				throw new IOException("cannot render " + file.path() + ": " + e.getMessage(), e);
			}
			AtomicWriter.write(target, content);
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

	private static boolean isEmpty(Path dir) throws IOException {
		try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static String relative(Path base, Path file) {
		return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
	}
}
