package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The repository keeps one copy of each fixture, and no test reaches another folder by climbing
 * out of its own with {@code ../../}: tests name what they read through their module's
 * {@code Repository} helper (system properties set by the build, or the shared
 * {@code org.goldthread.testing.Repository}).
 */
class FixtureHygieneTest {

	private static final Path ROOT = Repository.root();

	/** The kinds of file that are fixtures: Goldthread documents, workbooks, settings. */
	private static final Pattern FIXTURE = Pattern.compile(".*\\.(course|curriculum|framework|plan|xlsx|csv|properties)$");

	/** A string literal that starts by climbing two folders up, in Java or Groovy. */
	private static final Pattern CLIMB = Pattern.compile("[\"']\\.\\./\\.\\./");

	/** Folders that hold no source: build outputs, the VCS, installed tools. */
	private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".mvn", ".settings", ".metadata");

	private static List<Path> files(Pattern name) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return !dir.equals(ROOT) && SKIPPED.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && name.matcher(file.getFileName().toString()).matches()) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return found;
	}

	@Test
	void noFixtureExistsInTwoCopies() throws IOException, NoSuchAlgorithmException {
		Map<String, Set<String>> byHash = new TreeMap<>();
		List<Path> fixtures = files(FIXTURE);
		assertTrue(fixtures.size() > 20, "the walk found the repository's fixtures: " + fixtures.size());
		for (Path file : fixtures) {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length < 200) {
				continue; // tiny files (a one-line setting) may legitimately agree
			}
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
			byHash.computeIfAbsent(hash, h -> new TreeSet<>()).add(ROOT.relativize(file).toString().replace('\\', '/'));
		}
		Map<String, Set<String>> duplicates = new TreeMap<>();
		byHash.forEach((hash, paths) -> {
			if (paths.size() > 1) {
				duplicates.put(hash.substring(0, 12), paths);
			}
		});
		assertEquals(Map.of(), duplicates, "the same fixture is committed more than once; keep one copy and copy it at test setup");
	}

	@Test
	void noTestClimbsOutOfItsFolder() throws IOException {
		List<String> climbing = new ArrayList<>();
		List<Path> sources = files(Pattern.compile(".*\\.(java|groovy)$"));
		for (Path file : sources) {
			String path = ROOT.relativize(file).toString().replace('\\', '/');
			boolean test = path.startsWith("tests/") || path.contains("/src/test/") || path.contains("/src/it/");
			if (!test) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (!line.startsWith("*") && !line.startsWith("//") && CLIMB.matcher(line).find()) {
					climbing.add(path + ":" + (i + 1) + ": " + line);
				}
			}
		}
		assertTrue(sources.size() > 100, "the walk found the test sources: " + sources.size());
		assertEquals(List.of(), climbing, "tests read other folders through their Repository helper, not ../../");
	}
}
