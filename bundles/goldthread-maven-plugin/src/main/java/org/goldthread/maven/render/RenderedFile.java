package org.goldthread.maven.render;

import java.nio.charset.StandardCharsets;

/** One rendered file: its path relative to the output folder, with forward slashes, and its contents. */
public record RenderedFile(String path, byte[] content) {

	public static RenderedFile text(String path, String content) {
		return new RenderedFile(path, content.getBytes(StandardCharsets.UTF_8));
	}
}
