package org.goldthread.reports.pack;

import static j2html.TagCreator.a;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.div;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.header;
import static j2html.TagCreator.li;
import static j2html.TagCreator.main;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tag;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import java.util.ArrayList;
import java.util.List;

import org.goldthread.reports.RenderContext;
import org.goldthread.reports.html.HtmlPage;
import org.goldthread.reports.html.Styles;
import org.goldthread.reports.pack.PackDocument.Block;
import org.goldthread.reports.pack.PackDocument.Bullets;
import org.goldthread.reports.pack.PackDocument.Heading;
import org.goldthread.reports.pack.PackDocument.Para;
import org.goldthread.reports.pack.PackDocument.Row;
import org.goldthread.reports.pack.PackDocument.Table;

import j2html.tags.DomContent;

/**
 * The submission pack as one accessible HTML page (the report's frame: inline styles, no script, a
 * Content-Security-Policy, en-GB), and the page the PDF is laid out from (with bookmarks for each
 * section). Tables have captions, column headers and row headers; rows showing a requirement not
 * met say so in words and are tinted.
 */
final class PackHtml {

	private PackHtml() {
	}

	static String render(PackDocument doc, RenderContext context, boolean pdf) {
		List<DomContent> toc = new ArrayList<>();
		for (Heading h : doc.sections()) {
			toc.add(li(a(h.text()).withHref("#" + h.id()).withClass("target")));
		}
		List<DomContent> body = new ArrayList<>();
		body.add(header(h1(doc.title()), nav(ul(toc.toArray(DomContent[]::new))).withClass("toc").attr("aria-label", "Contents")));
		List<DomContent> sections = new ArrayList<>();
		List<DomContent> current = null;
		String currentId = null;
		for (Block block : doc.blocks()) {
			if (block instanceof Heading h && h.level() == 1) {
				if (current != null) {
					sections.add(section(current.toArray(DomContent[]::new)).withId(currentId));
				}
				current = new ArrayList<>();
				currentId = h.id();
				current.add(h2(h.text()));
				continue;
			}
			if (current == null) {
				current = new ArrayList<>();
			}
			current.add(block(block));
		}
		if (current != null) {
			sections.add(section(current.toArray(DomContent[]::new)).withId(currentId));
		}
		body.add(main(sections.toArray(DomContent[]::new)));
		body.add(footer(p("Prepared by Goldthread " + context.toolVersion() + ". Rows marked “not met” show a requirement the course does not meet.")));
		List<DomContent> head = new ArrayList<>();
		if (pdf) {
			List<DomContent> marks = new ArrayList<>();
			for (Heading h : doc.sections()) {
				marks.add(tag("bookmark").attr("name", h.text()).attr("href", "#" + h.id()));
			}
			head.add(tag("bookmarks").with(marks));
		}
		return HtmlPage.render(doc.title(), Styles.REPORT + PACK_CSS, "Goldthread " + context.toolVersion(), head,
				body.toArray(DomContent[]::new));
	}

	private static DomContent block(Block block) {
		return switch (block) {
			case Heading h -> h3(h.text()).withId(h.id());
			case Para para -> para.label() == null ? p(para.text()) : p(strong(para.label() + " "), text(para.text()));
			case Bullets list -> ul(list.items().stream().map(i -> li(i)).toArray(DomContent[]::new));
			case Table t -> dataTable(t);
		};
	}

	private static DomContent dataTable(Table t) {
		List<DomContent> head = new ArrayList<>();
		for (String h : t.header()) {
			head.add(th(h).attr("scope", "col"));
		}
		List<DomContent> rows = new ArrayList<>();
		for (Row r : t.rows()) {
			List<DomContent> cells = new ArrayList<>();
			for (int i = 0; i < r.cells().size(); i++) {
				cells.add(i == 0 ? th(r.cells().get(i)).attr("scope", "row") : td(r.cells().get(i)));
			}
			rows.add(r.warn() ? tr(cells.toArray(DomContent[]::new)).withClass("not-met") : tr(cells.toArray(DomContent[]::new)));
		}
		return div(table(caption(t.caption()), thead(tr(head.toArray(DomContent[]::new))), tbody(rows.toArray(DomContent[]::new)))
				.withClass("pack")).withClass("scroll").attr("tabindex", "0").attr("role", "region").attr("aria-label", t.caption());
	}

	private static final String PACK_CSS = """
			table.pack { width: 100%; }
			table.pack caption { text-align: left; font-weight: bold; padding: 0.2em 0; caption-side: top; }
			table.pack tbody th { font-weight: normal; min-width: 12em; }
			tr.not-met th, tr.not-met td { background: #fff5dc; color: #5c3b00; }
			nav.toc a.target { display: inline-block; min-height: 24px; line-height: 24px; }
			""";
}
