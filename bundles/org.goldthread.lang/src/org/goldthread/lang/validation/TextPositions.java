package org.goldthread.lang.validation;

/**
 * One-based line and column of an offset in a text, counting "\r\n", "\n" and a lone "\r" each as
 * one line break, as editors do. Offsets outside the text are clamped to it: a position is always
 * found, whatever the text ends with.
 */
public final class TextPositions {

	/** A one-based line and column. */
	public record Position(int line, int column) {
	}

	private TextPositions() {
	}

	public static Position of(CharSequence text, int offset) {
		int end = Math.max(0, Math.min(offset, text.length()));
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, end - lineStart + 1);
	}
}
