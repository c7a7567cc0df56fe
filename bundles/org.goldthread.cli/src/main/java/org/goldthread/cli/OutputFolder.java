package org.goldthread.cli;

import java.util.List;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.goldthread.reports.AtomicWriter;

/** The folder reports and documentation are written to: created when missing, and known to be writable before anything is checked. */
final class OutputFolder {

	private OutputFolder() {
	}

	/** The folder, ready to write to; or null after printing a one-line reason. */
	static Path prepare(File folder) {
		Path path = folder.toPath();
		try {
			if (Files.exists(path) && !Files.isDirectory(path)) {
				throw new FileAlreadyExistsException(path.toString(), null, "it is a file, not a folder");
			}
			Files.createDirectories(path);
			// creating and removing a file is the only reliable test (ACLs, read-only mounts, root)
			Path probe = Files.createTempFile(path, ".goldthread-", ".probe");
			Files.delete(probe);
			return path;
		} catch (IOException e) {
			System.err.println("goldthread: cannot write to the output folder " + path + ": " + reason(e));
			return null;
		}
	}

	/**
	 * One run's output, all or nothing, through the output folder every front end shares
	 * ({@link org.goldthread.conformance.output.OutputFolder}: staged, moved into place only when every
	 * file was written, paths outside the folder refused); this adds the command line's one-line messages.
	 */
	static final class Run implements AutoCloseable {
		private final org.goldthread.conformance.output.OutputFolder out;

		private Run(org.goldthread.conformance.output.OutputFolder out) {
			this.out = out;
		}

		/** A run writing into {@code folder} (already {@link OutputFolder#prepare prepared}); null after printing why not. */
		static Run start(Path folder) {
			try {
				return new Run(org.goldthread.conformance.output.OutputFolder.open(folder));
			} catch (IOException e) {
				System.err.println("goldthread: cannot write to the output folder " + folder + ": " + reason(e));
				return null;
			}
		}

		/** Stages one file ({@code relative} to the output folder); false after printing why it failed. */
		boolean write(String relative, byte[] content) {
			try {
				out.resolve(relative);
			} catch (IOException e) {
				System.err.println("goldthread: refusing to write " + relative + ": it is outside the output folder");
				return false;
			}
			try {
				out.write(relative, content);
				return true;
			} catch (IOException e) {
				System.err.println("goldthread: cannot write " + out.folder().resolve(relative) + ": " + reason(e));
				return false;
			}
		}

		/** Moves every staged file into the output folder; false after printing why it failed. */
		boolean commit() {
			try {
				out.commit(List.of());
				return true;
			} catch (IOException e) {
				System.err.println("goldthread: cannot write to the output folder " + out.folder() + ": " + reason(e));
				return false;
			}
		}

		int count() {
			return out.count();
		}

		@Override
		public void close() {
			try {
				out.close();
			} catch (IOException e) {
				System.err.println("goldthread: could not remove the staging folder in " + out.folder() + ": " + reason(e));
			}
		}
	}

	/** Writes one file atomically; prints a one-line reason and returns false when it fails. */
	static boolean write(Path file, byte[] content) {
		try {
			AtomicWriter.write(file, content);
			return true;
		} catch (IOException e) {
			System.err.println("goldthread: cannot write " + file + ": " + reason(e));
			return false;
		}
	}

	static String reason(IOException e) {
		return org.goldthread.conformance.output.OutputFolder.reason(e);
	}
}
