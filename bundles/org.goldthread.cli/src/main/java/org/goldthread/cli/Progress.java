package org.goldthread.cli;

/**
 * A progress bar on stderr while many files are checked; only when stderr is a terminal (so logs
 * and pipes stay clean) and only for more than a few files.
 */
final class Progress implements AutoCloseable {

	private static final int THRESHOLD = 5;
	private static final int WIDTH = 30;

	private final int total;
	private final boolean active;
	private int lastDrawn = -1;

	private Progress(int total, boolean active) {
		this.total = total;
		this.active = active;
	}

	static Progress start(int total) {
		return new Progress(total, total > THRESHOLD && System.console() != null && System.getenv("TERM") != null);
	}

	void update(int done) {
		if (!active) {
			return;
		}
		int filled = done * WIDTH / total;
		if (filled == lastDrawn && done != total) {
			return;
		}
		lastDrawn = filled;
		System.err.print("\rchecking [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
		System.err.flush();
	}

	@Override
	public void close() {
		if (active) {
			System.err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
			System.err.flush();
		}
	}
}
