package org.goldthread.reports.html;

import static j2html.TagCreator.a;
import org.goldthread.reports.ReportNames;
import static j2html.TagCreator.blockquote;
import static j2html.TagCreator.code;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.div;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
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
import static j2html.TagCreator.span;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.tag;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.InlineCode;
import org.goldthread.reports.data.CoverageData.AlignmentData;
import org.goldthread.reports.data.CoverageData.AssessmentData;
import org.goldthread.reports.data.CoverageData.CellData;
import org.goldthread.reports.data.CoverageData.DayData;
import org.goldthread.reports.data.CoverageData.ObjectiveData;
import org.goldthread.reports.data.CoverageData.SessionData;
import org.goldthread.reports.data.CoverageData.Strength;
import org.goldthread.reports.data.CoverageData.ThemeData;
import org.goldthread.reports.data.CoverageData.ThreadData;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;
import org.goldthread.reports.data.ReportData.FindingGroup;

import j2html.tags.DomContent;
import j2html.tags.specialized.DivTag;
import j2html.tags.specialized.TdTag;
import j2html.tags.specialized.TrTag;

/**
 * The conformance report as one self-contained HTML page: verdict with counts, theme coverage,
 * the coverage matrix (objectives × teaching days, strength as a letter and a colour), the
 * golden-thread weave, assessment alignment and the findings grouped by theme, each with its rule,
 * severity, message, the curriculum passage, a fix hint and {@code file:line}. The page is
 * well-formed XML, which {@link org.goldthread.reports.pdf.PdfReportRenderer} renders as is.
 */
public class HtmlReportRenderer implements ReportRenderer {

	/** The {@code <object>} type of the overview charts in the PDF's page, which the PDF renderer draws from their SVG. */
	public static final String PDF_CHART_TYPE = "image/x-goldthread-chart+svg";

	@Override
	public ReportFormat format() {
		return ReportFormat.HTML;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return renderText(report, context).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		return renderIndexText(reports, context).getBytes(StandardCharsets.UTF_8);
	}

	public String renderText(ConformanceReport report, RenderContext context) {
		return render(report, context, false);
	}

	/**
	 * The page the PDF is laid out from: the HTML page with, in its head, the PDF's bookmarks (one per
	 * section and finding group, openhtmltopdf's {@code <bookmarks>}), which browsers must not see.
	 */
	public String renderPdfText(ConformanceReport report, RenderContext context) {
		return render(report, context, true);
	}

	/** A heading of the report: its anchor, its text and the headings below it. */
	private record Outline(String id, String title, List<Outline> children) {
		Outline(String id, String title) {
			this(id, title, List.of());
		}
	}

	private String render(ConformanceReport report, RenderContext context, boolean pdf) {
		ReportData data = ReportData.of(report, context);
		List<FindingGroup> groups = data.findingsByTheme();
		List<Outline> outline = outline(data, groups);
		List<DomContent> body = new ArrayList<>();
		body.add(header(
				h1("Conformance report"),
				p(strong(nz(data.title()))).withClass("doc-title"),
				div(div(meta(data, context)).withClass("top-meta"),
						nav(toc(outline)).withClass("toc").attr("aria-label", "Contents")).withClass("top")));
		List<DomContent> sections = new ArrayList<>();
		java.util.Map<FindingData, String> anchors = findingAnchors(data);
		sections.add(verdict(data, anchors));
		if (data.course() != null) {
			sections.add(course(data));
		}
		if (data.coverage() != null) {
			sections.add(overview(data.coverage(), pdf));
			sections.add(themes(data.coverage()));
			sections.add(matrix(data.coverage()));
			sections.add(threads(data.coverage()));
			sections.add(assessment(data.coverage()));
		} else if (data.isCourse()) {
			sections.add(p("No coverage could be drawn: the implemented framework is not available.").withClass("muted"));
		}
		sections.add(findings(data, groups, anchors));
		body.add(main(sections.toArray(DomContent[]::new)));
		body.add(footer(p("Generated by Goldthread " + context.toolVersion() + " from " + nz(data.file())
				+ ". Strength letters: P partly, I introduces, C covers, D develops, M masters.")));
		return HtmlPage.render("Conformance report: " + nz(data.title()) + " (" + data.id() + ")", Styles.REPORT,
				"Goldthread " + context.toolVersion(), pdf ? List.of(bookmarks(outline)) : List.of(), body.toArray(DomContent[]::new));
	}

	/** The report's headings, in order: what the contents list and the PDF's bookmarks show. */
	private static List<Outline> outline(ReportData data, List<FindingGroup> groups) {
		List<Outline> outline = new ArrayList<>();
		outline.add(new Outline("verdict", "Verdict"));
		if (data.course() != null) {
			outline.add(new Outline("course", "The course"));
		}
		CoverageData c = data.coverage();
		if (c != null) {
			outline.add(new Outline("overview", "Overview"));
			outline.add(new Outline("themes", "Theme coverage"));
			outline.add(new Outline("coverage", "Coverage matrix", List.of(new Outline("sessions", "Teaching days and sessions"))));
			outline.add(new Outline("threads", "Golden threads"));
			List<Outline> assessment = new ArrayList<>();
			assessment.add(new Outline("outcomes", "Key learning outcomes"));
			if (!c.elements().isEmpty()) {
				assessment.add(new Outline("elements", "Elements of the required assessments"));
			}
			outline.add(new Outline("assessment", "Assessment alignment", List.copyOf(assessment)));
		}
		List<Outline> findings = new ArrayList<>();
		for (int i = 0; i < groups.size(); i++) {
			FindingGroup group = groups.get(i);
			findings.add(new Outline(groupId(i), nz(group.title()) + " (" + group.findings().size() + ")"));
		}
		outline.add(new Outline("findings", "Findings (" + data.findings().size() + ")", List.copyOf(findings)));
		return outline;
	}

	/**
	 * A wide table in a box that scrolls sideways on narrow screens: focusable and named, so that a
	 * keyboard can scroll it and a screen reader announces it (axe: scrollable-region-focusable).
	 */
	static DomContent scroll(String label, DomContent table) {
		return div(table).withClass("scroll").attr("tabindex", "0").attr("role", "region").attr("aria-label", label);
	}

	/** The anchor of the i-th group of findings (theme ids may hold any character, so they are not used). */
	private static String groupId(int i) {
		return "findings-" + (i + 1);
	}

	/** The contents list: links to every section and to each group of findings. */
	private static DomContent toc(List<Outline> outline) {
		List<DomContent> items = new ArrayList<>();
		for (Outline o : outline) {
			DomContent link = a(o.title()).withHref("#" + o.id()).attr("title", "Go to " + o.title());
			items.add(o.children().isEmpty() || !"findings".equals(o.id()) ? li(link) : li(link, toc(o.children())));
		}
		return ul(items.toArray(DomContent[]::new));
	}

	/** openhtmltopdf's bookmarks: the PDF's outline, one entry per heading. */
	private static DomContent bookmarks(List<Outline> outline) {
		return tag("bookmarks").with(bookmarkList(outline));
	}

	private static List<DomContent> bookmarkList(List<Outline> outline) {
		List<DomContent> marks = new ArrayList<>();
		for (Outline o : outline) {
			marks.add(tag("bookmark").attr("name", o.title()).attr("href", "#" + o.id()).with(bookmarkList(o.children())));
		}
		return marks;
	}

	public String renderIndexText(List<ConformanceReport> reports, RenderContext context) {
		return renderIndexText(reports, context, ReportFormat.HTML);
	}

	/** The index page, linking to each report in {@code linked} format (HTML for the page, PDF for the PDF). */
	public String renderIndexText(List<ConformanceReport> reports, RenderContext context, ReportFormat linked) {
		List<String> names = ReportNames.fileNames(reports);
		List<TrTag> rows = new ArrayList<>();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (int i = 0; i < reports.size(); i++) {
			ReportData d = ReportData.of(reports.get(i), context);
			errors += d.counts().errors();
			warnings += d.counts().warnings();
			infos += d.counts().infos();
			String file = names.get(i) + "." + linked.extension();
			rows.add(tr(
					td(a(d.id()).withHref(file).attr("title", "The report on " + d.id() + " (" + file + ")")),
					td(nz(d.title())),
					td(d.kind().key()),
					td(d.framework() == null ? "—" : d.framework().id() + " " + nz(d.framework().version())),
					td(verdictWord(d.verdict())).withClass(verdictClass(d.verdict())),
					td(String.valueOf(d.counts().errors())).withClass("num"),
					td(String.valueOf(d.counts().warnings())).withClass("num"),
					td(String.valueOf(d.counts().infos())).withClass("num"),
					td(d.coverage() == null ? "—" : d.coverage().overallPercent() + "%").withClass("num")));
		}
		DomContent[] body = {
				header(h1("Conformance reports"),
						p(reports.size() + " documents checked: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
								+ infos + " info.")),
				main(table(
						thead(tr(th("Document"), th("Title"), th("Kind"), th("Framework"), th("Verdict"), th("Errors"), th("Warnings"),
								th("Info"), th("Objectives covered"))),
						tbody(rows.toArray(DomContent[]::new)))),
				footer(p("Generated by Goldthread " + context.toolVersion() + ".")) };
		return HtmlPage.render("Conformance reports", Styles.REPORT, "Goldthread " + context.toolVersion(), List.of(), body);
	}

	// ------------------------------------------------------------------ sections

	private static DomContent meta(ReportData d, RenderContext context) {
		List<DomContent> rows = new ArrayList<>();
		rows.add(row("Document", code(d.id())));
		rows.add(row("Kind", text(d.kind().key())));
		rows.add(row("File", code(nz(d.file()))));
		if (d.framework() != null) {
			rows.add(row("Framework", text(nz(d.framework().title()) + " (" + d.framework().id() + ", version " + nz(d.framework().version())
					+ (d.framework().publisher() == null ? "" : ", " + d.framework().publisher()) + ")")));
			if (d.framework().sha256() != null) {
				rows.add(row("Framework file", span(code(nz(d.framework().file())), text(" SHA-256 "), code(d.framework().sha256()).withClass("hash"))));
			}
		}
		rows.add(row("Profile", text(d.profile() == null ? "default" : d.profile())));
		if (d.sha256() != null) {
			rows.add(row("SHA-256", code(d.sha256()).withClass("hash")));
		}
		rows.add(row("Checked by", text("Goldthread " + context.toolVersion())));
		if (context.generated() != null) {
			rows.add(row("Generated", text(context.generated())));
		}
		return dl(rows.toArray(DomContent[]::new)).withClass("meta");
	}

	private static DomContent row(String label, DomContent value) {
		return div(dt(label), dd(value));
	}

	/**
	 * Each finding's anchor ({@code finding-1} ...), by identity (two findings may be equal), in report order:
	 * the front page links to them.
	 */
	private static java.util.Map<FindingData, String> findingAnchors(ReportData d) {
		java.util.Map<FindingData, String> anchors = new java.util.IdentityHashMap<>();
		for (FindingData f : d.findings()) {
			anchors.put(f, "finding-" + (anchors.size() + 1));
		}
		return anchors;
	}

	private static DomContent verdict(ReportData d, java.util.Map<FindingData, String> anchors) {
		List<DomContent> counts = new ArrayList<>();
		counts.add(li(span("error").withClass("sev sev-error"), text(" " + plural(d.counts().errors(), "error"))));
		counts.add(li(span("warning").withClass("sev sev-warning"), text(" " + plural(d.counts().warnings(), "warning"))));
		counts.add(li(span("info").withClass("sev sev-info"), text(" " + d.counts().infos() + " info")));
		if (d.coverage() != null) {
			counts.add(li(text(d.coverage().overallPercent() + "% of the learning objectives the framework asks for fully covered")));
		}
		List<DomContent> box = new ArrayList<>();
		box.add(p(verdictWord(d.verdict())).withClass("word"));
		box.add(ul(counts.toArray(DomContent[]::new)));
		List<FindingData> errors = d.errors();
		if (!errors.isEmpty()) {
			box.add(h3("Requirements not met (" + errors.size() + ")").withId("failing"));
			List<DomContent> items = new ArrayList<>();
			for (FindingData f : errors) {
				List<DomContent> item = new ArrayList<>();
				item.add(span(f.requirement() != null ? "“" + f.requirement() + "”" : nz(f.message())).withClass("req-words"));
				item.add(text(" — "));
				item.add(a(code(f.ruleId()), text(f.frameworkElement() == null ? "" : " " + f.frameworkElement()))
						.withHref("#" + anchors.get(f)).withClass("target").attr("title", "Go to the finding"));
				// the message without its trailing "[required by the curriculum: …]": the requirement is quoted already
				item.add(text(": " + nz(f.message()).replaceFirst("\\s*\\[[^\\[\\]]*\\]$", "")));
				items.add(li(item.toArray(DomContent[]::new)));
			}
			box.add(j2html.TagCreator.ol(items.toArray(DomContent[]::new)).withClass("failing"));
		}
		return section(h2("Verdict"), div(box.toArray(DomContent[]::new)).withClass("verdict " + verdictClass(d.verdict())))
				.withId("verdict");
	}

	/** Who and what is judged: provider, course, pathway, credits, level, modules, framework, profile. */
	private static DomContent course(ReportData d) {
		ReportData.CourseInfo c = d.course();
		List<DomContent> rows = new ArrayList<>();
		rows.add(row("Provider", text(c.provider() == null ? "not stated" : c.provider())));
		rows.add(row("Course", span(text(nz(d.title()) + " "), code(d.id()))));
		rows.add(row("Pathway", c.pathway() == null ? text("not stated")
				: span(text(c.pathwayTitle() == null ? "" : c.pathwayTitle() + " "), code(c.pathway()))));
		rows.add(row("Credits", text(c.credits() > 0 ? String.valueOf(c.credits()) : "not stated")));
		rows.add(row("Level", text(c.level() > 0 ? String.valueOf(c.level()) : "not stated")));
		List<DomContent> modules = new ArrayList<>();
		for (ReportData.ModuleInfo m : c.modules()) {
			modules.add(li(code(m.id()), text(" " + nz(m.title()) + moduleSize(m))));
		}
		rows.add(row("Modules", modules.isEmpty() ? text("none") : ul(modules.toArray(DomContent[]::new)).withClass("modules")));
		rows.add(row("Framework", d.framework() == null ? text("not available")
				: span(text(nz(d.framework().title()) + " "), code(d.framework().id()), text(", version " + nz(d.framework().version())))));
		rows.add(row("Profile", text(d.profile() == null ? "default" : d.profile())));
		return section(h2("The course"), dl(rows.toArray(DomContent[]::new)).withClass("meta course")).withId("course");
	}

	private static String moduleSize(ReportData.ModuleInfo m) {
		List<String> parts = new ArrayList<>();
		if (m.credits() > 0) {
			parts.add(m.credits() + " credits");
		}
		parts.add(plural(m.days(), "teaching day"));
		return " (" + String.join(", ", parts) + ")";
	}

	/** The overview charts: inline SVG in the page, the same SVG drawn by the PDF renderer in the PDF (see {@link Charts}). */
	private static DomContent overview(CoverageData c, boolean pdf) {
		List<DomContent> content = new ArrayList<>();
		content.add(h2("Overview"));
		content.add(Charts.themes(c, pdf));
		if (!c.threads().isEmpty()) {
			content.add(Charts.threads(c, pdf));
		}
		if (!c.outcomes().isEmpty()) {
			content.add(Charts.alignment(c, pdf));
		}
		return section(content.toArray(DomContent[]::new)).withId("overview");
	}

	private static DomContent themes(CoverageData c) {
		List<TrTag> rows = new ArrayList<>();
		for (ThemeData t : c.themes()) {
			rows.add(tr(
					th(text(nz(t.title())), text(" "), code(t.id()).withClass("muted"), text(t.appendix() ? " (appendix)" : "")),
					td(String.valueOf(t.objectives())).withClass("num"),
					td(String.valueOf(t.covered())).withClass("num"),
					td(String.valueOf(t.partly())).withClass("num"),
					td(String.valueOf(t.gaps())).withClass("num"),
					td(String.valueOf(t.notCovered())).withClass("num" + (t.notCovered() > 0 ? " st-not-covered" : "")),
					td(text(t.percent() + "%"),
							span(span().withClass("bar-fill").attr("style", "width: " + t.percent() + "%")).withClass("bar"))));
		}
		return section(h2("Theme coverage"),
				p("Fully covered objectives as a share of each theme's objectives (sub-objectives count individually).").withClass("intro"),
				table(thead(tr(th("Theme"), th("Objectives"), th("Covered"), th("Partly"), th("Justified gaps"), th("Not covered"),
						th("Coverage"))), tbody(rows.toArray(DomContent[]::new))))
				.withId("themes");
	}

	private static DomContent matrix(CoverageData c) {
		List<DomContent> head = new ArrayList<>();
		head.add(th("Learning objective"));
		head.add(th("Status"));
		head.add(th("Assessed"));
		List<DayData> days = c.matrixDays();
		for (DayData day : days) {
			head.add(dayHead(day));
		}
		int columns = 3 + days.size();
		List<DomContent> rows = new ArrayList<>();
		for (ThemeData theme : c.themes()) {
			rows.add(tr(th(text(nz(theme.title()) + " — " + theme.percent() + "% covered")).attr("colspan", columns)).withClass("theme-row"));
			for (ObjectiveData o : c.objectivesOf(theme.id())) {
				List<DomContent> cells = new ArrayList<>();
				cells.add(th(code(o.id()), text(" " + nz(o.text()))).withClass("obj")
						.attr("style", "padding-left: " + (0.45 + 1.2 * o.depth()) + "em"));
				cells.add(td(o.status() + (o.gap() != null ? ": " + o.gap() : "")).withClass("status " + o.statusClass()));
				cells.add(o.leaf() ? (o.assessed() ? td("yes").withClass("yes") : td("no").withClass("no")) : td("—").withClass("na"));
				for (DayData day : days) {
					cells.add(day.missing() ? td("–").withClass("cell missing-day") : dayCell(o, day, c));
				}
				rows.add(tr(cells.toArray(DomContent[]::new)));
			}
		}
		return section(h2("Coverage matrix"),
				p("Learning objectives by teaching day (D1 is day 1). Each letter is one session's claim on the objective; the cell's colour is its strongest claim."
						+ missingNote(c)).withClass("intro"),
				legend(),
				scroll("Coverage matrix", table(thead(tr(head.toArray(DomContent[]::new))), tbody(rows.toArray(DomContent[]::new))).withClass("matrix")),
				h3("Teaching days and sessions").withId("sessions"),
				sessions(c))
				.withId("coverage");
	}

	/** A day's column heading; a day the framework requires and the course lacks says so in words. */
	private static DomContent dayHead(DayData day) {
		if (day.missing()) {
			return th(text("D" + day.number()), j2html.TagCreator.br(), span("missing").withClass("missing-word"))
					.withClass("missing-day").attr("title", "Day " + day.number() + " is required by the framework and missing from the course");
		}
		return th("D" + day.number()).attr("title", "Day " + day.number() + ": " + nz(day.title()));
	}

	private static String missingNote(CoverageData c) {
		List<Integer> missing = c.missingDays();
		if (missing.isEmpty()) {
			return "";
		}
		return " The framework requires " + c.requiredTeachingDays() + " teaching days; the course has " + c.days().size()
				+ ": day" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing.stream().map(String::valueOf).toList())
				+ (missing.size() == 1 ? " is" : " are") + " marked missing (–).";
	}

	private static TdTag dayCell(ObjectiveData o, DayData day, CoverageData c) {
		List<CellData> claims = o.cellsOnDay(day.number());
		if (claims.isEmpty()) {
			return td(span("none").withClass("vh")).withClass("cell");
		}
		StringJoiner letters = new StringJoiner(" ");
		StringJoiner title = new StringJoiner("; ");
		Strength best = null;
		for (CellData claim : claims) {
			letters.add(claim.strength().letter());
			title.add(claim.session() + " " + claim.strength().word());
			if (best == null || claim.strength().ordinal() > best.ordinal()) {
				best = claim.strength();
			}
		}
		return td(letters.toString()).withClass("cell " + best.cssClass()).attr("title", title.toString());
	}

	/**
	 * The key to the matrix's letters and colours: one paragraph of spans, not an inline list (the
	 * white space between inline list items would be untagged content in the PDF).
	 */
	private static DomContent legend() {
		List<DomContent> items = new ArrayList<>();
		for (Strength s : Strength.legend()) {
			items.add(span(span(s.letter()).withClass("key " + s.cssClass()), text(" " + s.word())).withClass("item"));
		}
		items.add(span(span("yes").withClass("key yes"), text(" assessed")).withClass("item"));
		items.add(span(span("no").withClass("key no"), text(" not reached by any assessment")).withClass("item"));
		return p(items.toArray(DomContent[]::new)).withClass("legend");
	}

	/** Text with its Markdown code spans as {@code <code>}. */
	static List<DomContent> inlineCode(String text) {
		List<DomContent> parts = new ArrayList<>();
		for (InlineCode.Part part : InlineCode.parts(text)) {
			parts.add(part.code() ? code(part.text()) : text(part.text()));
		}
		return parts;
	}

	private static DomContent sessions(CoverageData c) {
		List<DomContent> rows = new ArrayList<>();
		for (SessionData s : c.sessions()) {
			rows.add(tr(td(code(s.key())), td(nz(s.title())), td(nz(s.format())), td(hours(s.hours())).withClass("num"),
					td(s.module() == null ? "" : s.module())));
		}
		return scroll("Teaching days and sessions", table(thead(tr(th("Session"), th("Title"), th("Format"), th("Hours"), th("Module"))),
				tbody(rows.toArray(DomContent[]::new))));
	}

	private static DomContent threads(CoverageData c) {
		List<DomContent> head = new ArrayList<>();
		head.add(th("Golden thread"));
		List<DayData> days = c.matrixDays();
		for (DayData day : days) {
			head.add(dayHead(day));
		}
		head.add(th("Days"));
		head.add(th("Modules"));
		head.add(th("In delivery"));
		List<DomContent> rows = new ArrayList<>();
		for (ThreadData t : c.threads()) {
			List<DomContent> cells = new ArrayList<>();
			cells.add(th(text(nz(t.title()) + " "), code(t.id()).withClass("muted")));
			for (DayData day : days) {
				cells.add(day.missing() ? td("–").withClass("cell missing-day") : t.days().contains(day.number()) ? td("✓").withClass("yes") : td(span("no").withClass("vh")));
			}
			cells.add(t.belowThreshold() ? td(strong("⚠ " + Charts.spread(t, c))).withClass("num below")
					: td(Charts.spread(t, c)).withClass("num"));
			cells.add(td(String.join(", ", t.modules())));
			if (!t.deliveryExpected()) {
				cells.add(td("not required").withClass("na"));
			} else {
				cells.add(t.inDelivery() ? td("evidenced").withClass("yes") : td("not evidenced").withClass("no"));
			}
			rows.add(tr(cells.toArray(DomContent[]::new)));
		}
		return section(h2("Golden threads"),
				p("Teaching days with at least one session weaving each thread (✓), and whether the course's delivery evidences the threads the curriculum expects in delivery. "
						+ "A thread woven on fewer days than the profile requires (the threshold GT-THR-002 checks) is marked ⚠ below." + missingNote(c))
						.withClass("intro"),
				scroll("Golden threads by teaching day", table(thead(tr(head.toArray(DomContent[]::new))), tbody(rows.toArray(DomContent[]::new)))
						.withClass("matrix")))
				.withId("threads");
	}

	private static DomContent assessment(CoverageData c) {
		List<DomContent> content = new ArrayList<>();
		content.add(h2("Assessment alignment"));
		List<DomContent> rows = new ArrayList<>();
		for (AssessmentData a : c.assessments()) {
			rows.add(tr(td(code(a.id())), td(nz(a.title())), td(nz(a.form())), td(size(a)), td(a.formative() ? "formative" : a.weight() + "%")
					.withClass("num"), td(a.fulfils() == null ? "" : a.fulfils())));
		}
		content.add(table(thead(tr(th("Assessment"), th("Title"), th("Form"), th("Size"), th("Weight"), th("Fulfils"))),
				tbody(rows.toArray(DomContent[]::new))));
		content.add(h3("Key learning outcomes").withId("outcomes"));
		content.add(alignmentTable("Key learning outcome", c.outcomes(), c.assessments()));
		if (!c.elements().isEmpty()) {
			content.add(h3("Elements of the required assessments").withId("elements"));
			content.add(alignmentTable("Assessment element", c.elements(), c.assessments()));
		}
		return section(content.toArray(DomContent[]::new)).withId("assessment");
	}

	private static DomContent alignmentTable(String label, List<AlignmentData> rows, List<AssessmentData> assessments) {
		List<DomContent> head = new ArrayList<>();
		head.add(th(label));
		for (AssessmentData a : assessments) {
			head.add(th(a.id()).attr("title", nz(a.title())));
		}
		head.add(th("Status"));
		List<DomContent> body = new ArrayList<>();
		for (AlignmentData row : rows) {
			List<DomContent> cells = new ArrayList<>();
			cells.add(th(code(row.id()), text(" " + nz(row.text()))).withClass("obj"));
			for (AssessmentData a : assessments) {
				cells.add(row.assessments().contains(a.id()) ? td("✓").withClass("yes") : td(span("no").withClass("vh")));
			}
			if (!row.assessments().isEmpty()) {
				cells.add(td("assessed").withClass("st-covered"));
			} else if (row.gap() != null) {
				cells.add(td("justified gap: " + row.gap()).withClass("st-justified-gap"));
			} else {
				cells.add(td("not assessed").withClass("st-not-covered"));
			}
			body.add(tr(cells.toArray(DomContent[]::new)));
		}
		return scroll(label + "s by assessment", table(thead(tr(head.toArray(DomContent[]::new))), tbody(body.toArray(DomContent[]::new)))
				.withClass("matrix"));
	}

	private static DomContent findings(ReportData d, List<FindingGroup> groups, java.util.Map<FindingData, String> anchors) {
		List<DomContent> content = new ArrayList<>();
		content.add(h2("Findings"));
		if (d.findings().isEmpty()) {
			content.add(p("No findings."));
		}
		for (int i = 0; i < groups.size(); i++) {
			FindingGroup group = groups.get(i);
			content.add(h3(text(group.title() + " "), span("(" + group.findings().size() + ")").withClass("muted")).withId(groupId(i)));
			for (FindingData f : group.findings()) {
				content.add(finding(f, anchors.get(f)));
			}
		}
		return section(content.toArray(DomContent[]::new)).withId("findings");
	}

	private static DomContent finding(FindingData f, String anchor) {
		List<DomContent> parts = new ArrayList<>();
		parts.add(p(span(f.severity()).withClass("sev sev-" + f.severity()), text(" "), code(f.ruleId()),
				text(f.ruleTitle() == null ? "" : " " + f.ruleTitle())).withClass("head"));
		parts.add(p(nz(f.message())).withClass("msg"));
		if (f.passage() != null && !f.passage().isBlank()) {
			parts.add(blockquote(f.passage()).withClass("passage"));
		}
		if (f.fixHint() != null && !f.fixHint().isBlank()) {
			List<DomContent> fix = new ArrayList<>();
			fix.add(strong("Fix: "));
			fix.addAll(inlineCode(f.fixHint()));
			parts.add(p(fix.toArray(DomContent[]::new)).withClass("fix"));
		}
		parts.add(p(code(location(f)), text(f.frameworkElement() == null ? "" : " — framework element "),
				f.frameworkElement() == null ? text("") : code(f.frameworkElement())).withClass("loc"));
		return div(parts.toArray(DomContent[]::new)).withClass("finding sev-" + f.severity()).withId(anchor);
	}

	// ------------------------------------------------------------------ helpers

	/** {@code file:line:col}, the form editors open. */
	public static String location(FindingData f) {
		return nz(f.file()) + ":" + f.line() + ":" + f.column();
	}

	static String verdictWord(String verdict) {
		if (verdict == null || verdict.isEmpty()) {
			return "Not checked";
		}
		return Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1);
	}

	static String verdictClass(String verdict) {
		return "v-" + (verdict == null ? "unknown" : verdict.replace(' ', '-').toLowerCase(Locale.ROOT));
	}

	static String plural(int n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	static String hours(double h) {
		if (h <= 0) {
			return "";
		}
		return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
	}

	private static String size(AssessmentData a) {
		if (a.words() > 0) {
			return a.words() + " words";
		}
		return a.minutes() > 0 ? a.minutes() + " minutes" : "";
	}

	static String nz(String s) {
		return s == null ? "" : s;
	}
}
