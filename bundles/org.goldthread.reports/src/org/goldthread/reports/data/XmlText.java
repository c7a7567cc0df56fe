package org.goldthread.reports.data;

/** Text made safe for XML 1.0 (HTML pages, JUnit XML): characters XML cannot hold become U+FFFD. */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * Replaces what XML 1.0 cannot contain (C0 controls other than tab and line breaks, lone
	 * surrogates, U+FFFE, U+FFFF) by U+FFFD; null becomes the empty string.
	 */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder b = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			if (Character.isHighSurrogate(c)) {
				ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
				if (ok) {
					if (b != null) {
						b.append(c).append(text.charAt(i + 1));
					}
					i++;
					continue;
				}
			} else if (Character.isLowSurrogate(c)) {
				ok = false;
			} else {
				ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
			}
			if (!ok && b == null) {
				b = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (b != null) {
				b.append(ok ? c : '\uFFFD');
			}
		}
		return b == null ? text : b.toString();
	}
}
