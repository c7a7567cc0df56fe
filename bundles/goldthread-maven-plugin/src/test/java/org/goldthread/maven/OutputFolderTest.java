package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.goldthread.maven.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

	@TempDir
	Path base;

	@Test
	void writesTheFilesAndRemovesThoseOfTheLastRunThatAreGone() throws IOException {
		Path out = base.resolve("target/goldthread");
		List<String> first = OutputFolder.write(base, out,
				List.of(RenderedFile.text("goldthread.json", "{}"), RenderedFile.text("junit/TEST-a.xml", "<a/>"), RenderedFile.text("junit/TEST-b.xml", "<b/>")),
				List.of());
		assertEquals(List.of("target/goldthread/goldthread.json", "target/goldthread/junit/TEST-a.xml", "target/goldthread/junit/TEST-b.xml"), first);
		Path unrelated = Files.writeString(base.resolve("target/other.txt"), "kept");
		List<String> second = OutputFolder.write(base, out, List.of(RenderedFile.text("goldthread.json", "{ }")),
				List.of("target/goldthread/goldthread.json", "target/goldthread/junit/TEST-a.xml", "target/goldthread/junit/TEST-b.xml", "target/other.txt"));
		assertEquals(List.of("target/goldthread/goldthread.json"), second);
		assertEquals("{ }", Files.readString(out.resolve("goldthread.json")));
		assertFalse(Files.exists(out.resolve("junit")), "stale files and their emptied folder are removed");
		assertTrue(Files.exists(unrelated), "files outside the output folder are never removed");
	}

	@Test
	void aRendererCannotWriteOutsideTheFolder() {
		assertThrows(IOException.class, () -> OutputFolder.write(base, base.resolve("out"), List.of(RenderedFile.text("../escape.txt", "x")), List.of()));
	}

	@Test
	void formatsAreListsOrCommaSeparatedAndMustBeAvailable() throws MojoExecutionException {
		assertEquals(List.of("json", "junit"), OutputFolder.formats(List.of("json, JUnit", "json"), List.of("json", "junit"), "report", "hint"));
		MojoExecutionException e = assertThrows(MojoExecutionException.class,
				() -> OutputFolder.formats(List.of("html"), List.of("json", "junit"), "report", "HTML comes later"));
		assertTrue(e.getMessage().contains("'html'") && e.getMessage().contains("json, junit") && e.getMessage().contains("HTML comes later"), e.getMessage());
		assertThrows(MojoExecutionException.class, () -> OutputFolder.formats(List.of(" "), List.of("json"), "report", "hint"));
	}
}
