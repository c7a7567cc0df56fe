package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash changes with any input; the stamp file keeps hash, summary and outputs. */
class InputStampTest {

	@TempDir
	Path dir;

	@Test
	void theHashFollowsContentsAndParameters() throws IOException {
		Path course = Files.writeString(dir.resolve("a.course"), "course a \"A\"");
		String first = new InputStamp().addFile("file", course).add("failOn", "error").hash();
		assertEquals(first, new InputStamp().addFile("file", course).add("failOn", "error").hash());
		assertNotEquals(first, new InputStamp().addFile("file", course).add("failOn", "warning").hash());
		Files.writeString(course, "course a \"A!\"");
		assertNotEquals(first, new InputStamp().addFile("file", course).add("failOn", "error").hash());
	}

	@Test
	void aStampIsWrittenAndReadBack() throws IOException {
		Path file = dir.resolve("stamps/report-default.properties");
		InputStamp.write(file, new InputStamp.Record("abc", "json report: 0 errors", List.of("target/goldthread/goldthread.json", "target/x=y.xml")));
		InputStamp.Record read = InputStamp.read(file);
		assertEquals("abc", read.hash());
		assertEquals("json report: 0 errors", read.summary());
		assertEquals(List.of("target/goldthread/goldthread.json", "target/x=y.xml"), read.outputs());
	}

	@Test
	void noStampOrABrokenOneMeansNotUpToDate() throws IOException {
		assertNull(InputStamp.read(dir.resolve("none.properties")));
		assertNull(InputStamp.read(Files.writeString(dir.resolve("broken.properties"), "summary=no hash\n")));
	}
}
