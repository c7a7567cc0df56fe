package org.goldthread.reports.html;

/**
 * The stylesheets of the HTML pages, inline in every page (no external requests). Colour is never
 * the only cue: every coloured cell also carries a letter or a word, explained by a legend. The
 * print rules serve browsers' "print to PDF" and the PDF renderer alike (A4 landscape, repeated
 * table headers, the contents list, headings kept with what follows them). No '&lt;' or '&amp;' here: the page must stay well-formed XML.
 */
public final class Styles {

	private Styles() {
	}

	/**
	 * A stylesheet through a method call, so that the sheets are not compile-time constants: javac
	 * copies constants into the classes that use them, and an incremental build would keep stale CSS.
	 */
	private static String sheet(String css) {
		return css;
	}

	/** Shared by reports and documentation. */
	public static final String BASE = sheet("""
			@page { size: A4 landscape; margin: 12mm 10mm 14mm 10mm;
			  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #555; } }
			html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
			body { font-family: "DejaVu Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 14px;
			  line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0 auto; padding: 1em 1.5em; max-width: 80em; }
			h1 { font-size: 1.7em; margin: 0.2em 0; }
			h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid #b08d2a; page-break-after: avoid; break-after: avoid; }
			h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; page-break-after: avoid; break-after: avoid; }
			a { color: #1d4f91; }
			code, .id { font-family: "DejaVu Sans Mono", Consolas, "Liberation Mono", monospace; font-size: 0.9em; }
			.muted { color: #555; }
			dl.meta { display: table; margin: 0.5em 0; }
			dl.meta div { display: table-row; }
			dl.meta dt, dl.meta dd { display: table-cell; padding: 0.1em 1em 0.1em 0; margin: 0; }
			dl.meta dt { font-weight: bold; }
			code.hash { font-size: 0.75em; word-break: break-all; }
			nav.toc ul { list-style: none; padding: 0; margin: 0.5em 0; }
			nav.toc li { display: inline; margin-right: 1.2em; }
			nav.toc ul ul { display: inline; margin: 0 0 0 0.6em; font-size: 0.9em; }
			nav.toc ul ul li { margin-right: 0.8em; }
			nav.toc a { text-decoration: none; border-bottom: 1px solid #1d4f91; }
			table { border-collapse: collapse; margin: 0.5em 0 1em; -fs-table-paginate: paginate; }
			th, td { border: 1px solid #c8c8c8; padding: 0.25em 0.45em; vertical-align: top; text-align: left; }
			thead th { background: #f1ede2; }
			thead { display: table-header-group; }
			tr { page-break-inside: avoid; }
			.num { text-align: right; }
			.scroll { overflow-x: auto; }
			.scroll:focus { outline: 2px solid #1d4f91; outline-offset: 2px; }
			.vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
			@media screen { nav.toc a { display: inline-block; min-height: 24px; line-height: 24px; } }
			@media print { .vh { display: none; } }
			blockquote { margin: 0.3em 0 0.3em 1em; padding: 0.2em 0.8em; border-left: 4px solid #b08d2a; background: #faf7ef; font-style: italic; }
			footer { margin-top: 2.5em; font-size: 0.85em; color: #555; border-top: 1px solid #ddd; padding-top: 0.5em; }
			@media screen {
			  nav.toc a { display: inline-block; min-height: 24px; line-height: 24px; }
			}
			@media print {
			  body { font-size: 9pt; max-width: none; padding: 0; }
			  .top { display: table; width: 100%; margin: 0.5em 0; }
			  .top-meta, .top nav.toc { display: table-cell; vertical-align: top; }
			  .top-meta { width: 58%; }
			  dl.meta dt { white-space: nowrap; }
			  .top nav.toc { padding-left: 1em; border-left: 2px solid #b08d2a; }
			  nav.toc ul { margin: 0; }
			  nav.toc li { display: block; margin: 0; }
			  nav.toc ul ul { display: block; margin: 0 0 0 1.5em; font-size: 1em; }
			  nav.toc a { color: #1d4f91; border-bottom: none; text-decoration: underline; }
			  h2, h3 { -fs-page-break-min-height: 4.5cm; }
			  p.intro, p.legend, tr.theme-row { page-break-after: avoid; break-after: avoid; }
			  .scroll { overflow: visible; }
			  a { color: inherit; text-decoration: none; }
			  h2 { page-break-before: auto; }
			}
			""");

	/** Reports: verdict, matrices, severities. */
	public static final String REPORT = BASE + sheet("""
			.verdict { border: 2px solid; padding: 0.6em 1em; margin: 0.8em 0; }
			.verdict .word { font-size: 1.4em; font-weight: bold; margin: 0; }
			.verdict ul { margin: 0.3em 0 0; padding-left: 1.2em; }
			.v-conforms { border-color: #1e7b34; background: #e8f5ec; }
			.v-conforms-with-warnings { border-color: #a86b00; background: #fff5dc; }
			.v-does-not-conform { border-color: #b42318; background: #fdecea; }
			.sev { display: inline-block; min-width: 4.8em; text-align: center; font-weight: bold; font-size: 0.85em;
			  padding: 0 0.4em; border: 1px solid; text-transform: uppercase; }
			.sev-error { background: #fdecea; color: #8f1c12; border-color: #b42318; }
			.sev-warning { background: #fff5dc; color: #6b4500; border-color: #a86b00; }
			.sev-info { background: #e7f0fb; color: #174a82; border-color: #2f6db5; }
			table.matrix { font-size: 0.85em; }
			table.matrix td.cell { text-align: center; min-width: 1.8em; white-space: nowrap; font-weight: bold; }
			table.matrix th.obj { font-weight: normal; min-width: 22em; }
			table.matrix td.status { width: 7em; }
			tr.theme-row th { background: #e9e4d4; font-weight: bold; }
			.legend { margin: 0.3em 0; line-height: 2; }
			.legend .item { margin-right: 1.2em; }
			.key { display: inline-block; min-width: 1.6em; text-align: center; font-weight: bold; border: 1px solid #999; }
			.s-p { background: #fde68a; color: #5c3d00; }
			.s-i { background: #dbeafe; color: #1e3a8a; }
			.s-c { background: #bbf7d0; color: #14532d; }
			.s-d { background: #4ade80; color: #0b3d1c; }
			.s-m { background: #166534; color: #ffffff; }
			.st-covered { background: #dcfce7; color: #14532d; }
			.st-partly-covered { background: #fef3c7; color: #6b4500; }
			.st-justified-gap { background: #e5e7eb; color: #1f2937; }
			.st-not-covered { background: #fee2e2; color: #8f1c12; font-weight: bold; }
			.yes { background: #dcfce7; color: #14532d; text-align: center; }
			.no { background: #fee2e2; color: #8f1c12; text-align: center; }
			.na { color: #555; text-align: center; }
			.bar { width: 10em; height: 0.8em; border: 1px solid #999; background: #f3f3f3; display: inline-block; margin-left: 0.4em; }
			.bar-fill { display: block; height: 0.8em; background: #1e7b34; }
			.finding { border: 1px solid #d0d0d0; border-left-width: 6px; padding: 0.4em 0.8em; margin: 0.5em 0; page-break-inside: avoid; }
			.finding.sev-error { border-left-color: #b42318; background: #fff; color: inherit; }
			.finding.sev-warning { border-left-color: #a86b00; background: #fff; color: inherit; }
			.finding.sev-info { border-left-color: #2f6db5; background: #fff; color: inherit; }
			.finding p { margin: 0.2em 0; }
			.finding .head { font-weight: bold; }
			.finding .loc { color: #444; }
			.verdict h3 { margin: 0.7em 0 0.2em; font-size: 1em; }
			ol.failing { margin: 0.2em 0 0; padding-left: 1.6em; }
			ol.failing li { margin: 0.15em 0; }
			.req-words { font-style: italic; }
			a.target { display: inline-block; min-height: 24px; line-height: 24px; }
			dl.course ul.modules { margin: 0; padding-left: 1.2em; }
			figure.chart { margin: 0.8em 0 1.2em; page-break-inside: avoid; }
			figure.chart figcaption { font-size: 0.9em; color: #333; }
			.chart-box { overflow-x: auto; }
			svg.chart { display: block; max-width: 100%; height: auto; min-width: 34em; }
			object.chart { display: block; }
			.missing-day { background: #ffffff; color: #8f1c12; border-style: dashed; border-color: #b42318; text-align: center; }
			th.missing-day .missing-word { font-size: 0.8em; font-weight: normal; }
			td.below, td.warn { background: #fff5dc; color: #6b4500; }
			@media print {
			  a.target { display: inline; min-height: 0; line-height: inherit; }
			}
			""");

	/** Documentation site: navigation and nested lists. */
	public static final String DOCS = BASE + sheet("""
			nav.crumbs { font-size: 0.9em; margin-bottom: 0.5em; }
			.objectives li, .ideas li { margin: 0.25em 0; }
			.anchor-id { color: #666; font-size: 0.8em; margin-left: 0.4em; }
			.tag { display: inline-block; font-size: 0.8em; border: 1px solid #b08d2a; padding: 0 0.4em; margin: 0 0.2em; background: #faf7ef; }
			.session { margin: 0.4em 0 0.8em; }
			.session h4 { margin: 0.4em 0 0.2em; font-size: 1em; }
			.aim { font-style: italic; }
			""");
}
