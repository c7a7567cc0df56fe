package org.goldthread.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Replaces the content of an existing file as a careful editor does: the new content is written to
 * a temporary file beside the real file (a symbolic link is followed, so the link stays and its
 * target is updated), given the original's permissions (and owner and group where allowed), forced
 * to disk, and renamed over the original in one step. A read-only file is refused, and the
 * temporary file is removed on every failure. A hard-linked file gets a new inode, as with any
 * editor that saves by renaming.
 */
final class FileReplacement {

	private FileReplacement() {
	}

	static void replace(Path file, byte[] content) throws IOException {
		Path target = file.toRealPath();
		if (!Files.isWritable(target) || isReadOnly(target)) {
			throw new AccessDeniedException(file.toString(), null, "the file is read-only; it was not rewritten");
		}
		Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			copyAttributes(target, tmp);
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(tmp);
			throw e;
		}
	}

	/** No write permission for anyone: the owner meant it to stay as it is (root could still write it). */
	private static boolean isReadOnly(Path file) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (view == null) {
			return false;
		}
		var permissions = view.readAttributes().permissions();
		return !permissions.contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
				&& !permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
				&& !permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
	}

	/** The permissions, then the owner and group (which only a privileged user may set) of {@code from}, onto {@code to}. */
	static void copyAttributes(Path from, Path to) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
		if (view == null) {
			return; // not a POSIX file system: the new file has the folder's defaults
		}
		PosixFileAttributes attributes = view.readAttributes();
		PosixFileAttributeView copy = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		copy.setPermissions(attributes.permissions());
		try {
			copy.setOwner(attributes.owner());
			copy.setGroup(attributes.group());
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			// not allowed for an ordinary user: the file keeps its permissions, with the user as owner
		}
	}
}
