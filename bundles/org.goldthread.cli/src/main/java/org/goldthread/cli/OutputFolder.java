package org.goldthread.cli;

import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
	 * One run's output, all or nothing: files are written into a hidden staging folder inside the
	 * output folder, and moved into place (each in one atomic rename) only when every file of the run
	 * rendered and was written. A run that fails part-way, or is killed before that, leaves the output
	 * folder as it was; the staging folder is removed when the run is closed. A path that would lead
	 * outside the output folder is refused.
	 */
	static final class Run implements AutoCloseable {
		private final Path folder;
		private final Path staging;
		private final List<String> written = new ArrayList<>();

		private Run(Path folder, Path staging) {
			this.folder = folder;
			this.staging = staging;
		}

		/** A run writing into {@code folder} (already {@link OutputFolder#prepare prepared}); null after printing why not. */
		static Run start(Path folder) {
			try {
				return new Run(folder.toAbsolutePath().normalize(), Files.createTempDirectory(folder, ".goldthread-staging-"));
			} catch (IOException e) {
				System.err.println("goldthread: cannot write to the output folder " + folder + ": " + reason(e));
				return null;
			}
		}

		/** Stages one file ({@code relative} to the output folder); false after printing why it failed. */
		boolean write(String relative, byte[] content) {
			Path target = staging.resolve(relative).normalize();
			if (!target.startsWith(staging) || target.equals(staging)) {
				System.err.println("goldthread: refusing to write " + relative + ": it is outside the output folder");
				return false;
			}
			try {
				Files.createDirectories(target.getParent());
				Files.write(target, content);
				written.add(staging.relativize(target).toString());
				return true;
			} catch (IOException e) {
				System.err.println("goldthread: cannot write " + folder.resolve(relative) + ": " + reason(e));
				return false;
			}
		}

		/** Moves every staged file into the output folder; false after printing why it failed. */
		boolean commit() {
			try {
				for (String relative : written) {
					Path target = folder.resolve(relative);
					Files.createDirectories(target.getParent());
					try {
						Files.move(staging.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
					} catch (AtomicMoveNotSupportedException e) {
						Files.move(staging.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
					}
				}
				return true;
			} catch (IOException e) {
				System.err.println("goldthread: cannot write to the output folder " + folder + ": " + reason(e));
				return false;
			}
		}

		int count() {
			return written.size();
		}

		@Override
		public void close() {
			if (!Files.exists(staging)) {
				return;
			}
			try (Stream<Path> walk = Files.walk(staging)) {
				for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(p);
				}
			} catch (IOException e) {
				System.err.println("goldthread: could not remove the staging folder " + staging + ": " + reason(e));
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
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (e instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (e instanceof FileAlreadyExistsException x) {
			return x.getReason() != null ? x.getReason() : "a file of that name is in the way";
		}
		if (e instanceof FileSystemException x && x.getReason() != null) {
			String reason = x.getReason();
			return reason.equalsIgnoreCase("Not a directory") ? "part of the path is a file, not a folder" : reason.toLowerCase(java.util.Locale.ROOT);
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
