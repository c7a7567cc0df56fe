package org.goldthread.reports.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

import org.goldthread.reports.AtomicWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are written whole or not at all, and no temporary file is left behind. */
class AtomicWriterTest {

	@TempDir
	Path dir;

	private List<String> files() throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesTheFileAndCreatesFolders() throws IOException {
		Path target = dir.resolve("a/b/report.html");
		AtomicWriter.write(target, "<p>hello</p>".getBytes(StandardCharsets.UTF_8));
		assertEquals("<p>hello</p>", Files.readString(target));
		try (Stream<Path> s = Files.list(target.getParent())) {
			assertEquals(List.of("report.html"), s.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void replacesAnExistingFile() throws IOException {
		Path target = dir.resolve("report.json");
		Files.writeString(target, "old");
		AtomicWriter.write(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(target));
		assertEquals(List.of("report.json"), files());
	}

	@Test
	void createWritesANewFileAndNeverReplacesOne() throws IOException {
		Path target = dir.resolve("sub/course.course");
		AtomicWriter.create(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(target));
		assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> AtomicWriter.create(target, "other".getBytes(StandardCharsets.UTF_8)));
		assertEquals("new", Files.readString(target));
		try (Stream<Path> left = Files.list(target.getParent())) {
			assertEquals(List.of("course.course"), left.map(p -> p.getFileName().toString()).toList(), "the temporary file is removed");
		}
	}

	@Test
	void aFailureLeavesNoPartialFile() throws IOException {
		Path target = dir.resolve("report.pdf");
		IOException e = assertThrows(IOException.class, () -> AtomicWriter.write(target, out -> {
			out.write("half a report".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", e.getMessage());
		assertFalse(Files.exists(target));
		assertEquals(List.of(), files(), "the temporary file is removed");
	}

	@Test
	void aFailureKeepsThePreviousVersion() throws IOException {
		Path target = dir.resolve("report.csv");
		Files.writeString(target, "previous");
		assertThrows(IllegalStateException.class, () -> AtomicWriter.write(target, out -> {
			out.write("partial".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("renderer failed");
		}));
		assertEquals("previous", Files.readString(target));
		assertEquals(List.of("report.csv"), files());
	}

	@Test
	void anUnwritableFolderFailsCleanly() throws IOException {
		Path file = dir.resolve("not-a-folder");
		Files.writeString(file, "x");
		assertThrows(IOException.class, () -> AtomicWriter.write(file.resolve("report.html"), new byte[] { 1 }));
		assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
		assertTrue(Files.isRegularFile(file));
	}
}
