package org.goldthread.conformance;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which files are Goldthread files, and finding them under the paths a user names (discovery). */
public final class GoldthreadFiles {

	/** The file extensions Goldthread reads. */
	public static final Set<String> EXTENSIONS = Set.of("curriculum", "framework", "course", "plan");

	private static final List<String> EXTENSION_LIST = List.of("curriculum", "framework", "course", "plan");

	private GoldthreadFiles() {
	}

	public static boolean isGoldthreadFile(Path p) {
		String name = p.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
	}

	/** Courses and plans: documents that implement a framework and that no other file links to. */
	public static boolean isDocumentFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".course") || name.endsWith(".plan");
	}

	/**
	 * The Goldthread files at these paths (folders are searched recursively), sorted. A missing path,
	 * a named file that is not a Goldthread file, or a folder that cannot be read throws, with a
	 * message that names it: a run that cannot see all its input must not look complete.
	 */
	public static List<Path> collect(List<Path> paths) throws IOException {
		Set<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new NoSuchFileException(path.toString(), null, "no such file or folder");
			}
			if (Files.isDirectory(path)) {
				List<Path> found = new ArrayList<>();
				Files.walkFileTree(path, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
						if (attributes.isRegularFile() && isGoldthreadFile(file)) {
							found.add(file);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
						throw new IOException(file + ": cannot be read (" + (e instanceof AccessDeniedException
								? "permission denied" : e.getClass().getSimpleName()) + "), so the files in it would go unchecked");
					}
				});
				found.stream().sorted().forEach(files::add);
			} else if (!isGoldthreadFile(path)) {
				throw new IOException(path + ": not a Goldthread file (the names end in ." + String.join(", .", EXTENSION_LIST) + ")");
			} else {
				files.add(path);
			}
		}
		return new ArrayList<>(files);
	}
}
