package org.goldthread.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.reports.ReportFile;

/**
 * Writing the files of the reports and documentation (as listed by {@code org.goldthread.reports.Reports},
 * exactly as the command line writes them) through the output folder every front end shares
 * ({@link org.goldthread.conformance.output.OutputFolder}): all or nothing, nothing outside the
 * folder, no files of an earlier run left behind. This adds only the Maven plugin's bookkeeping:
 * paths relative to the project's base folder, for the input stamp.
 */
final class OutputFolder {

	private OutputFolder() {
	}

	/**
	 * Renders and writes {@code files} below {@code folder}, and deletes the files of {@code previous}
	 * (paths relative to {@code baseDir}) below {@code folder} that were not written again, so that a
	 * removed course leaves no stale report. Returns the written files relative to {@code baseDir}.
	 */
	static List<String> write(Path baseDir, Path folder, List<ReportFile> files, List<String> previous) throws IOException {
		Path base = baseDir.toAbsolutePath().normalize();
		try (org.goldthread.conformance.output.OutputFolder out = org.goldthread.conformance.output.OutputFolder.open(folder)) {
			Path root = out.folder();
			for (ReportFile file : files) {
				try {
					out.resolve(file.path());
				} catch (IOException e) {
					throw new IOException("A renderer asked to write outside " + root + ": " + file.path(), e);
				}
				byte[] content;
				try {
					content = file.render();
				} catch (RuntimeException e) {
					throw new IOException("cannot render " + file.path() + ": " + e.getMessage(), e);
				}
				out.write(file.path(), content);
			}
			List<String> stale = new ArrayList<>();
			for (String old : previous) {
				Path path = base.resolve(old).normalize();
				if (path.startsWith(root) && !path.equals(root)) {
					stale.add(root.relativize(path).toString());
				}
			}
			List<String> written = new ArrayList<>();
			for (String relative : out.commit(stale)) {
				written.add(relative(base, root.resolve(relative)));
			}
			return written;
		}
	}

	private static String relative(Path base, Path file) {
		return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
	}
}
