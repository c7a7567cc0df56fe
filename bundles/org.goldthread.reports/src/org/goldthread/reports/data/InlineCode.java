package org.goldthread.reports.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown code spans in rule texts (fix hints such as {@code Add `covers x.y` to the session}):
 * split into parts so that HTML and PDF show them as {@code <code>}, and removed for formats that
 * show plain text (CSV, XLSX). A backtick without a partner stays as it is.
 */
public final class InlineCode {

	/** A run of text, either plain or code. */
	public record Part(String text, boolean code) {
	}

	private InlineCode() {
	}

	/** The text's parts in order; empty parts are left out. Null gives no parts. */
	public static List<Part> parts(String text) {
		List<Part> parts = new ArrayList<>();
		if (text == null) {
			return parts;
		}
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf('`', at);
			int close = open < 0 ? -1 : text.indexOf('`', open + 1);
			if (close < 0) {
				parts.add(new Part(text.substring(at), false));
				break;
			}
			if (open > at) {
				parts.add(new Part(text.substring(at, open), false));
			}
			if (close > open + 1) {
				parts.add(new Part(text.substring(open + 1, close), true));
			}
			at = close + 1;
		}
		return parts;
	}

	/** The text without the backticks of its code spans. */
	public static String plain(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder b = new StringBuilder();
		for (Part part : parts(text)) {
			b.append(part.text());
		}
		return b.toString();
	}
}
