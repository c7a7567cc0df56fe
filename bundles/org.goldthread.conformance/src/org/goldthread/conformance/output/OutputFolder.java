package org.goldthread.conformance.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The one way every front end (command line, Maven plugin) writes a run's reports and documentation
 * into an output folder, all or nothing: files are staged in a hidden folder inside the output
 * folder and moved into place (each in one atomic rename) only by {@link #commit(List)}, when every
 * file of the run was written; a run that fails part-way, or is killed, leaves the output folder as
 * it was, and {@link #close()} removes the staging folder. A path that would lead outside the output
 * folder is refused. Committing deletes the files of the previous run that were not written again
 * (a removed course leaves no stale report), and the folders they leave empty.
 */
public final class OutputFolder implements AutoCloseable {

	private final Path folder;
	private final Path staging;
	private final List<String> written = new ArrayList<>();

	private OutputFolder(Path folder, Path staging) {
		this.folder = folder;
		this.staging = staging;
	}

	/** A run writing into {@code folder}, which is created when missing. */
	public static OutputFolder open(Path folder) throws IOException {
		Path root = folder.toAbsolutePath().normalize();
		if (Files.exists(root) && !Files.isDirectory(root)) {
			throw new FileAlreadyExistsException(root.toString(), null, "it is a file, not a folder");
		}
		Files.createDirectories(root);
		return new OutputFolder(root, Files.createTempDirectory(root, ".goldthread-staging-"));
	}

	/** The output folder (absolute). */
	public Path folder() {
		return folder;
	}

	/** The file {@code relative} to the output folder; refused (IOException) when it lies outside it. */
	public Path resolve(String relative) throws IOException {
		Path target = folder.resolve(relative).normalize();
		if (!target.startsWith(folder) || target.equals(folder) || target.startsWith(staging)) {
			throw new IOException("refusing to write " + relative + ": it is outside the output folder " + folder);
		}
		return target;
	}

	/** Stages one file, {@code relative} to the output folder (with '/' separators). */
	public void write(String relative, byte[] content) throws IOException {
		Path target = staging.resolve(folder.relativize(resolve(relative)).toString());
		Files.createDirectories(target.getParent());
		Files.write(target, content);
		written.add(staging.relativize(target).toString().replace('\\', '/'));
	}

	/** The files staged so far, relative to the output folder. */
	public List<String> written() {
		return List.copyOf(written);
	}

	public int count() {
		return written.size();
	}

	/**
	 * Moves every staged file into the output folder, then deletes the files of {@code previous}
	 * (relative to the output folder) that this run did not write again. Returns the files written.
	 */
	public List<String> commit(List<String> previous) throws IOException {
		for (String relative : written) {
			Path target = folder.resolve(relative);
			Files.createDirectories(target.getParent());
			try {
				Files.move(staging.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(staging.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		for (String old : previous) {
			Path stale = folder.resolve(old).normalize();
			if (stale.startsWith(folder) && !stale.equals(folder) && !stale.startsWith(staging)
					&& !written.contains(folder.relativize(stale).toString().replace('\\', '/'))) {
				Files.deleteIfExists(stale);
				for (Path dir = stale.getParent(); dir != null && dir.startsWith(folder) && !dir.equals(folder) && isEmpty(dir); dir = dir.getParent()) {
					Files.delete(dir);
				}
			}
		}
		return written();
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes the staging folder (after a commit it is empty; without one, the run's files go with it). */
	@Override
	public void close() throws IOException {
		if (!Files.exists(staging)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(staging)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** A short reason for a failed write, for one-line messages. */
	public static String reason(IOException e) {
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
			return reason.equalsIgnoreCase("Not a directory") ? "part of the path is a file, not a folder" : reason.toLowerCase(Locale.ROOT);
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
