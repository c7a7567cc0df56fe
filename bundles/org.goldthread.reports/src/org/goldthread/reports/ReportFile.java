package org.goldthread.reports;

import java.util.function.Supplier;

/**
 * One file of a run's reports or documentation, not yet rendered: its path relative to the output
 * folder ('/'-separated, e.g. {@code junit/TEST-northtown.pgcert.xml}) and how to render it. The
 * command line and the Maven plugin write the same files from the same list ({@code Reports.files},
 * {@code Reports.docsSite}), each with {@link AtomicWriter}.
 */
public record ReportFile(String path, Supplier<byte[]> content) {

	/** Renders the file's content; renderers throw unchecked exceptions only. */
	public byte[] render() {
		return content.get();
	}
}
