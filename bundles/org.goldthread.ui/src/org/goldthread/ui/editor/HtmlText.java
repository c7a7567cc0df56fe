package org.goldthread.ui.editor;

/**
 * The ide services speak markdown (the language server's clients render it); Eclipse's hover and
 * proposal information controls render a small subset of HTML. This converts the subset we write.
 */
public final class HtmlText {

	private HtmlText() {
	}

	public static String fromMarkdown(String markdown) {
		if (markdown == null) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		boolean inList = false;
		for (String paragraph : markdown.strip().split("\n\n")) {
			for (String line : paragraph.split("\n")) {
				if (line.startsWith("- ")) {
					if (!inList) {
						html.append("<ul>");
						inList = true;
					}
					html.append("<li>").append(inline(line.substring(2))).append("</li>");
				} else {
					if (inList) {
						html.append("</ul>");
						inList = false;
					}
					html.append("<p>").append(inline(line)).append("</p>");
				}
			}
		}
		if (inList) {
			html.append("</ul>");
		}
		return html.toString();
	}

	static String inline(String text) {
		String s = escape(text);
		s = s.replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>");
		s = s.replaceAll("(?<![\\w*])\\*([^*]+)\\*(?![\\w*])", "<i>$1</i>");
		// ids stay plain: JFace's HTML presenter misplaces styles of adjacent tags
		s = s.replaceAll("`([^`]+)`", "$1");
		return s;
	}

	public static String escape(String text) {
		return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Plain text of the markdown (for places that show no HTML). */
	public static String plain(String markdown) {
		return markdown == null ? null : markdown.replace("**", "").replace("`", "'").replaceAll("(?<![\\w*])\\*([^*]+)\\*", "$1");
	}
}
