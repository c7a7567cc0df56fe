package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.goldthread.conformance.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder the command line and the Maven plugin share: all or nothing, nothing outside it, no stale files. */
class SharedOutputFolderTest {

	@TempDir
	Path dir;

	@Test
	void filesAppearOnlyWhenTheRunCommitsAndStaleOnesGo() throws IOException {
		Path out = dir.resolve("out");
		try (OutputFolder run = OutputFolder.open(out)) {
			run.write("a.html", bytes("a"));
			run.write("junit/TEST-b.xml", bytes("b"));
			assertFalse(Files.exists(out.resolve("a.html")), "nothing is in place before the commit");
			assertEquals(List.of("a.html", "junit/TEST-b.xml"), run.commit(List.of()));
		}
		assertEquals("a", Files.readString(out.resolve("a.html")));
		try (OutputFolder run = OutputFolder.open(out)) {
			run.write("a.html", bytes("a2"));
			run.commit(List.of("a.html", "junit/TEST-b.xml", "../outside.txt"));
		}
		assertEquals("a2", Files.readString(out.resolve("a.html")));
		assertFalse(Files.exists(out.resolve("junit")), "a stale file and the folder it leaves empty are removed");
		assertEquals(List.of("a.html"), names(out), "no staging folder is left behind");
	}

	@Test
	void aRunThatDoesNotCommitLeavesTheFolderAsItWas() throws IOException {
		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("a.html"), "old");
		try (OutputFolder run = OutputFolder.open(out)) {
			run.write("a.html", bytes("new"));
			// the run fails here
		}
		assertEquals("old", Files.readString(out.resolve("a.html")));
		assertEquals(List.of("a.html"), names(out));
	}

	@Test
	void pathsOutsideTheFolderAreRefused() throws IOException {
		Path outside = Files.writeString(dir.resolve("outside.txt"), "kept");
		try (OutputFolder run = OutputFolder.open(dir.resolve("out"))) {
			IOException e = assertThrows(IOException.class, () -> run.write("../outside.txt", bytes("x")));
			assertTrue(e.getMessage().contains("outside the output folder"), e.getMessage());
			assertThrows(IOException.class, () -> run.write(dir.resolve("elsewhere.txt").toString(), bytes("x")));
		}
		assertEquals("kept", Files.readString(outside));
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
