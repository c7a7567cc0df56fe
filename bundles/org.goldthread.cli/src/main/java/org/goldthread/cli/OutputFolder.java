package org.goldthread.cli;

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
