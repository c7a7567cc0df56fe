package org.goldthread.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes every report and documentation file: the content goes to a temporary file in the target's
 * own folder, is flushed to disk, and is then moved over the target in one atomic rename. A reader
 * sees the old file or the new one, never half of one; when writing fails, the temporary file is
 * removed and the target is left as it was (absent, or the previous version).
 */
public final class AtomicWriter {

	/** Produces a file's content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicWriter() {
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/** Writes {@code content} to {@code target}, creating missing parent folders; an existing file is replaced. */
	public static void write(Path target, Content content) throws IOException {
		write(target, content, true);
	}

	/**
	 * Writes {@code bytes} to the new file {@code target}, creating missing parent folders: a file that
	 * exists, or appears while this writes, is never replaced ({@link FileAlreadyExistsException}).
	 */
	public static void create(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes), false);
	}

	private static void write(Path target, Content content, boolean replace) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = createTemp(folder, absolute.getFileName().toString());
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			if (!replace) {
				// no REPLACE_EXISTING and no ATOMIC_MOVE (whose rename(2) would replace): a file that appeared
				// meanwhile is not overwritten; the move is a rename within the folder all the same
				Files.move(temp, absolute);
			} else {
				try {
					Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				} catch (AtomicMoveNotSupportedException e) {
					// same folder, so this only happens on unusual file systems: still never a partial target
					Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			moved = true;
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * A new, empty, hidden file in {@code folder} for the content of {@code name}, with the folder's
	 * default permissions (the user's umask), which the file keeps when it is renamed to its target.
	 * {@code Files.createTempFile} would make it readable by its owner only: a report or export
	 * published from a build server could then not be served.
	 */
	private static Path createTemp(Path folder, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + ".tmp");
			try {
				Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temp;
			} catch (FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			}
		}
	}
}
