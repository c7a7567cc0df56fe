package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

	@TempDir
	Path base;

	@Test
	void writesTheFilesAndRemovesThoseOfTheLastRunThatAreGone() throws IOException {
		Path out = base.resolve("target/goldthread");
		List<String> first = OutputFolder.write(base, out,
				List.of(text("goldthread.json", "{}"), text("junit/TEST-a.xml", "<a/>"), text("junit/TEST-b.xml", "<b/>")),
				List.of());
		assertEquals(List.of("target/goldthread/goldthread.json", "target/goldthread/junit/TEST-a.xml", "target/goldthread/junit/TEST-b.xml"), first);
		Path unrelated = Files.writeString(base.resolve("target/other.txt"), "kept");
		List<String> second = OutputFolder.write(base, out, List.of(text("goldthread.json", "{ }")),
				List.of("target/goldthread/goldthread.json", "target/goldthread/junit/TEST-a.xml", "target/goldthread/junit/TEST-b.xml", "target/other.txt"));
		assertEquals(List.of("target/goldthread/goldthread.json"), second);
		assertEquals("{ }", Files.readString(out.resolve("goldthread.json")));
		assertFalse(Files.exists(out.resolve("junit")), "stale files and their emptied folder are removed");
		assertTrue(Files.exists(unrelated), "files outside the output folder are never removed");
	}

	@Test
	void aRendererCannotWriteOutsideTheFolder() {
		assertThrows(IOException.class, () -> OutputFolder.write(base, base.resolve("out"), List.of(text("../escape.txt", "x")), List.of()));
	}

	@Test
	void aRendererFailureNamesTheFileAndLeavesNothingBehind() {
		Path out = base.resolve("out");
		IOException e = assertThrows(IOException.class, () -> OutputFolder.write(base, out, List.of(new ReportFile("a.html", () -> {
			throw new IllegalStateException("broken");
		})), List.of()));
		assertTrue(e.getMessage().contains("a.html") && e.getMessage().contains("broken"), e.getMessage());
		assertFalse(Files.exists(out.resolve("a.html")));
	}

	@Test
	void formatsAreListsOrCommaSeparatedAndMustExist() throws MojoExecutionException {
		assertEquals(List.of(ReportFormat.JSON, ReportFormat.JUNIT, ReportFormat.HTML), ReportMojo.formats(List.of("json, JUnit", "json,html")));
		MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> ReportMojo.formats(List.of("html,docx")));
		assertTrue(e.getMessage().contains("'docx'") && e.getMessage().contains("html, pdf, md, json, junit, sarif, csv"), e.getMessage());
		assertThrows(MojoExecutionException.class, () -> ReportMojo.formats(List.of(" ")));
	}

	private static ReportFile text(String path, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return new ReportFile(path, () -> bytes);
	}
}
