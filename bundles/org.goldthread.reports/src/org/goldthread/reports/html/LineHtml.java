package org.goldthread.reports.html;

import java.io.IOException;
import java.util.Set;

import j2html.Config;
import j2html.rendering.FlatHtml;
import j2html.rendering.HtmlBuilder;
import j2html.rendering.TagBuilder;

/**
 * Renders j2html trees with a line break before each block-level tag and none inside inline
 * content: pages diff line by line, yet no stray whitespace ends up inside links, code or table
 * cells (as indenting every tag would put it). Everything else is j2html's {@link FlatHtml},
 * escaping included.
 */
final class LineHtml<T extends Appendable> implements HtmlBuilder<T> {

	/** Tags that start on a new line. */
	private static final Set<String> BLOCKS = Set.of("html", "head", "body", "meta", "title", "style", "header", "footer", "main", "nav",
			"section", "div", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "th", "td",
			"blockquote");
	/** Block tags whose end tag also goes on a new line (they hold other blocks). */
	private static final Set<String> CONTAINERS = Set.of("html", "head", "body", "header", "footer", "main", "nav", "section", "ul", "ol",
			"dl", "table", "thead", "tbody", "tr");

	private final FlatHtml<T> flat;
	private boolean atLineStart;

	LineHtml(T out, Config config, boolean atLineStart) {
		this.flat = FlatHtml.into(out, config);
		this.atLineStart = atLineStart;
	}

	private void newline() throws IOException {
		if (!atLineStart) {
			flat.append('\n');
		}
		atLineStart = false;
	}

	@Override
	public TagBuilder appendStartTag(String name) throws IOException {
		if (BLOCKS.contains(name)) {
			newline();
		}
		atLineStart = false;
		return flat.appendStartTag(name);
	}

	@Override
	public HtmlBuilder<T> appendEndTag(String name) throws IOException {
		if (CONTAINERS.contains(name)) {
			newline();
		}
		atLineStart = false;
		flat.appendEndTag(name);
		return this;
	}

	@Override
	public TagBuilder appendEmptyTag(String name) throws IOException {
		if (BLOCKS.contains(name)) {
			newline();
		}
		atLineStart = false;
		return flat.appendEmptyTag(name);
	}

	@Override
	public HtmlBuilder<T> appendEscapedText(String text) throws IOException {
		atLineStart = false;
		flat.appendEscapedText(text);
		return this;
	}

	@Override
	public HtmlBuilder<T> appendUnescapedText(String text) throws IOException {
		atLineStart = false;
		flat.appendUnescapedText(text);
		return this;
	}

	@Override
	public T output() {
		return flat.output();
	}

	@Override
	public HtmlBuilder<T> append(CharSequence csq) throws IOException {
		atLineStart = false;
		flat.append(csq);
		return this;
	}

	@Override
	public HtmlBuilder<T> append(CharSequence csq, int start, int end) throws IOException {
		atLineStart = false;
		flat.append(csq, start, end);
		return this;
	}

	@Override
	public HtmlBuilder<T> append(char c) throws IOException {
		atLineStart = false;
		flat.append(c);
		return this;
	}
}
