package org.goldthread.evolution;

/**
 * The start of the standalone pages of the curriculum-change commands (diff, impact): British
 * English, a viewport for phones (the tables wrap their words instead of widening the page), the
 * title and the styles they share. The reports' own pages are built by the reports bundle.
 */
final class EvolutionHtml {

	private static final String STYLE = "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
			+ "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top;overflow-wrap:anywhere}";

	private EvolutionHtml() {
	}

	/** The page up to and including {@code <body>}; {@code title} is already HTML-escaped, {@code css} is added to the shared styles. */
	static StringBuilder start(String title, String css) {
		return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\">")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(title).append("</title>\n")
				.append("<style>").append(STYLE).append(css).append("</style></head>\n<body>\n");
	}
}
