package org.goldthread.reports.html;

import static j2html.TagCreator.body;
import static j2html.TagCreator.each;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.style;
import static j2html.TagCreator.title;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.goldthread.reports.data.XmlText;

import j2html.Config;
import j2html.tags.DomContent;
import j2html.utils.EscapeUtil;

/**
 * The frame of every HTML page Goldthread writes (reports and documentation): one self-contained
 * file with its stylesheet inline, a Content-Security-Policy that forbids every external request
 * and every script, and markup that is also well-formed XML (empty tags closed), so that the PDF
 * renderer can read the very same page.
 *
 * <p>All text goes through j2html, which escapes it; {@link #clean} also drops the characters XML
 * cannot hold (C0 controls, lone surrogates, U+FFFE/U+FFFF), so hostile input can neither inject
 * markup nor make the page unreadable.
 */
public final class HtmlPage {

	/** No scripts, no external resources: styles inline, images only as data: URIs. */
	public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

	private static final Config CONFIG = Config.defaults()
			.withEmptyTagsClosed(true)
			.withTextEscaper(text -> EscapeUtil.escape(clean(text)));

	private HtmlPage() {
	}

	/** A complete page: doctype, head with CSP, title and the stylesheet, and the body's content. */
	public static String render(String pageTitle, String css, String generator, DomContent... content) {
		return render(pageTitle, css, generator, List.of(), content);
	}

	/** A complete page whose head also holds {@code headExtras} (the PDF's bookmarks). */
	public static String render(String pageTitle, String css, String generator, List<DomContent> headExtras, DomContent... content) {
		return render(html(
				head(
						meta().attr("charset", "utf-8"),
						meta().attr("http-equiv", "Content-Security-Policy").attr("content", CSP),
						meta().attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
						meta().attr("name", "generator").attr("content", generator),
						title(pageTitle),
						style(rawHtml("\n" + css)),
						each(headExtras, extra -> extra)),
				body(content))
				.attr("xmlns", "http://www.w3.org/1999/xhtml")
				.attr("lang", "en-GB"));
	}

	private static String render(DomContent html) {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n");
		try {
			html.render(new LineHtml<>(out, CONFIG, true));
			out.append('\n');
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringBuilder does not fail
		}
		return out.toString();
	}

	/** Removes what XML 1.0 cannot contain; null becomes the empty string. */
	public static String clean(String text) {
		return XmlText.clean(text);
	}
}
