package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.goldthread.maven.FrameworkSources.DependencyFrameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which dependencies publish frameworks, and the URLs the checker reads them from. */
class FrameworkSourcesTest {

	@TempDir
	Path dir;

	@Test
	void aJarWithAnIndexPublishesTheFilesItLists() throws IOException {
		Path jar = jar("curricula.jar", Map.of("frameworks/index.txt", "# ours\na.curriculum\nb.framework\n", "frameworks/a.curriculum", "A",
				"frameworks/b.framework", "B"));
		List<String> problems = new ArrayList<>();
		DependencyFrameworks found = FrameworkSources.of("g:curricula:jar:1", jar.toFile(), problems);
		assertEquals(List.of("a.curriculum", "b.framework"), found.names());
		assertEquals(2, found.urls().size());
		try (InputStream in = found.urls().get(0).openStream()) {
			assertEquals("A", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		assertEquals(List.of(), problems);
	}

	@Test
	void aFileTheIndexListsButTheJarLacksIsAProblem() throws IOException {
		Path jar = jar("broken.jar", Map.of("frameworks/index.txt", "a.curriculum\nmissing.framework\n", "frameworks/a.curriculum", "A"));
		List<String> problems = new ArrayList<>();
		DependencyFrameworks found = FrameworkSources.of("g:broken:jar:1", jar.toFile(), problems);
		assertEquals(1, found.urls().size());
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("missing.framework"), problems.toString());
	}

	@Test
	void aFolderWithAnIndexPublishesToo() throws IOException {
		// a reactor build resolves a module to its target/classes folder
		Files.createDirectories(dir.resolve("classes/frameworks"));
		Files.writeString(dir.resolve("classes/frameworks/index.txt"), "a.curriculum\n");
		Files.writeString(dir.resolve("classes/frameworks/a.curriculum"), "A");
		DependencyFrameworks found = FrameworkSources.of("g:module:jar:1", dir.resolve("classes").toFile(), new ArrayList<>());
		assertEquals(List.of("a.curriculum"), found.names());
		assertTrue(found.urls().get(0).toString().startsWith("file:"));
	}

	@Test
	void othersPublishNothing() throws IOException {
		Path jar = jar("guava.jar", Map.of("com/google/X.class", "x"));
		assertNull(FrameworkSources.of("g:guava:jar:1", jar.toFile(), new ArrayList<>()));
		assertNull(FrameworkSources.of("g:pom:pom:1", Files.writeString(dir.resolve("x.pom"), "<project/>").toFile(), new ArrayList<>()));
		assertNull(FrameworkSources.of("g:none:jar:1", null, new ArrayList<>()));
	}

	private Path jar(String name, Map<String, String> entries) throws IOException {
		Path jar = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new JarEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		return jar;
	}
}
