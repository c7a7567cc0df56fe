package org.goldthread.maven.render;

import java.util.List;

/**
 * What the {@code report} and {@code docs} goals need from a renderer, and all they know of one.
 * Renderers are pure: checked files in, file contents out; the goals write the files (atomically)
 * and keep the output folders free of stale files. {@link ReportsAdapter} is the one implementation.
 */
public interface GoldthreadRenderer {

	/** The report formats this renderer writes, by the keys users give in {@code <formats>} (e.g. json, junit). */
	List<String> reportFormats();

	/** The documentation formats this renderer writes, by key (e.g. md). */
	List<String> docFormats();

	/**
	 * One report format for all checked files: paths relative to the report folder (the {@code junit}
	 * format writes into {@code junit/}), with their contents.
	 */
	List<RenderedFile> renderReport(String format, RenderInput input);

	/** The documentation in one format: paths relative to the documentation folder, with their contents. */
	List<RenderedFile> renderDocs(String format, RenderInput input);
}
