package org.goldthread.reports.html;

import static j2html.TagCreator.a;
import static j2html.TagCreator.div;
import static j2html.TagCreator.figcaption;
import static j2html.TagCreator.figure;
import static j2html.TagCreator.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.CoverageData.AlignmentData;
import org.goldthread.reports.data.CoverageData.AssessmentData;
import org.goldthread.reports.data.CoverageData.DayData;
import org.goldthread.reports.data.CoverageData.ThemeData;
import org.goldthread.reports.data.CoverageData.ThreadData;

import j2html.tags.ContainerTag;
import j2html.tags.DomContent;

/**
 * The overview charts of a course report, drawn as inline SVG (no script, nothing outside the
 * page's Content-Security-Policy): coverage by theme, the golden threads over the teaching days
 * (a heat strip) and assessment alignment (outcomes × assessments). Each chart is an image with a
 * title and a description that says in words what it shows ({@code role="img"}), every coloured
 * mark also carries a symbol or a word, and the caption links to the chart's data table.
 *
 * <p>The PDF gets the same SVG, in an {@code <object type="}{@value HtmlReportRenderer#PDF_CHART_TYPE}{@code ">} with the
 * chart's title and description as its {@code alt}: the PDF renderer draws it as vector graphics
 * (a tagged Figure with that alternative text), without openhtmltopdf's Batik module.
 */
final class Charts {

	/** Text colour on white: 16.1:1. */
	static final String INK = "#1a1a1a";
	/** Covered: dark green, white text 7.4:1. */
	static final String COVERED = "#1e7b34";
	/** Partly covered: amber. */
	static final String PARTLY = "#e0a800";
	/** Justified gap: grey. */
	static final String GAP = "#9ca3af";
	/** Not covered: red. */
	static final String NOT_COVERED = "#b42318";
	/** A woven day: gold, white text 5.0:1. */
	static final String WOVEN = "#7a5c12";
	/** A day without the thread. */
	static final String EMPTY = "#f3efe3";
	/** Warning text: dark amber on white, 7.0:1. */
	static final String WARNING = "#8a4b00";

	private static final int ROW = 24;

	/** The widest chart the PDF's A4 landscape page takes, in CSS pixels; wider ones are scaled down. */
	private static final double PDF_WIDTH = 1000;

	private Charts() {
	}

	// ------------------------------------------------------------------ SVG

	/** Coverage by theme: one stacked bar per theme (covered, partly, justified gaps, not covered). */
	static DomContent themes(CoverageData c, boolean pdf) {
		List<ThemeData> themes = c.themes();
		int label = 360;
		int bar = 400;
		int width = label + bar + 200;
		int height = 30 + ROW * themes.size() + 30;
		StringBuilder desc = new StringBuilder("Share of each theme's learning objectives that the course covers. ");
		List<DomContent> marks = new ArrayList<>();
		marks.add(textAt(label + bar + 8, 18, "covered", "start", false));
		for (int i = 0; i < themes.size(); i++) {
			ThemeData t = themes.get(i);
			int y = 26 + i * ROW;
			String name = t.title() + (t.appendix() ? " (appendix)" : "");
			desc.append(name).append(": ").append(t.covered()).append(" of ").append(t.objectives()).append(" covered (")
					.append(t.percent()).append("%)");
			if (t.partly() > 0) {
				desc.append(", ").append(t.partly()).append(" partly");
			}
			if (t.gaps() > 0) {
				desc.append(", ").append(t.gaps()).append(" justified gap").append(t.gaps() == 1 ? "" : "s");
			}
			if (t.notCovered() > 0) {
				desc.append(", ").append(t.notCovered()).append(" not covered");
			}
			desc.append(". ");
			marks.add(textAt(label - 8, y + 15, shorten(name, 42), "end", false).with(svg("title").withText(name)));
			double x = label;
			double unit = t.objectives() == 0 ? 0 : (double) bar / t.objectives();
			x = segment(marks, x, y, unit * t.covered(), COVERED);
			x = segment(marks, x, y, unit * t.partly(), PARTLY);
			x = segment(marks, x, y, unit * t.gaps(), GAP);
			x = segment(marks, x, y, unit * t.notCovered(), NOT_COVERED);
			marks.add(svg("rect").attr("x", label).attr("y", y + 2).attr("width", bar).attr("height", ROW - 6).attr("fill", "none")
					.attr("stroke", "#6b6b6b"));
			String value = t.percent() + "%" + (t.notCovered() > 0 ? ", " + t.notCovered() + " not covered" : "");
			marks.add(textAt(label + bar + 8, y + 15, value, "start", t.notCovered() > 0));
		}
		int ly = 30 + ROW * themes.size();
		int lx = label;
		String[][] legend = { { COVERED, "covered" }, { PARTLY, "partly" }, { GAP, "justified gap" }, { NOT_COVERED, "not covered" } };
		for (String[] item : legend) {
			marks.add(svg("rect").attr("x", lx).attr("y", ly + 4).attr("width", 14).attr("height", 14).attr("fill", item[0]));
			marks.add(textAt(lx + 18, ly + 16, item[1], "start", false));
			lx += 30 + item[1].length() * 8;
		}
		return chart("chart-themes", "Coverage by theme", desc.toString().strip(), width, height, marks, "themes",
				"Data table: theme coverage", pdf);
	}

	/** The golden threads over the teaching days: one row per thread, one cell per day (missing days marked). */
	static DomContent threads(CoverageData c, boolean pdf) {
		List<DayData> days = c.matrixDays();
		List<ThreadData> threads = c.threads();
		int label = 250;
		int cell = 30;
		int width = label + cell * days.size() + 300;
		int height = 34 + ROW * threads.size() + 30;
		StringBuilder desc = new StringBuilder("Teaching days on which each golden thread is woven into at least one session");
		List<Integer> missing = c.missingDays();
		if (!missing.isEmpty()) {
			desc.append("; day").append(missing.size() == 1 ? " " : "s ").append(join(missing))
					.append(missing.size() == 1 ? " is" : " are").append(" required by the framework and missing from the course");
		}
		desc.append(". ");
		List<DomContent> marks = new ArrayList<>();
		for (int d = 0; d < days.size(); d++) {
			DayData day = days.get(d);
			marks.add(textAt(label + d * cell + cell / 2, 18, "D" + day.number(), "middle", day.missing()));
		}
		for (int i = 0; i < threads.size(); i++) {
			ThreadData t = threads.get(i);
			int y = 26 + i * ROW;
			marks.add(textAt(label - 8, y + 16, shorten(t.title(), 32), "end", false).with(svg("title").withText(t.title())));
			for (int d = 0; d < days.size(); d++) {
				DayData day = days.get(d);
				int x = label + d * cell;
				if (day.missing()) {
					marks.add(svg("rect").attr("x", x + 1).attr("y", y + 1).attr("width", cell - 2).attr("height", ROW - 2).attr("fill", "#ffffff")
							.attr("stroke", NOT_COVERED).attr("stroke-dasharray", "3 2"));
					marks.add(textAt(x + cell / 2, y + 16, "×", "middle", true));
				} else if (t.days().contains(day.number())) {
					marks.add(svg("rect").attr("x", x + 1).attr("y", y + 1).attr("width", cell - 2).attr("height", ROW - 2).attr("fill", WOVEN));
					marks.add(svg("text").attr("x", x + cell / 2).attr("y", y + 16).attr("text-anchor", "middle").attr("fill", "#ffffff")
							.attr("font-size", 13).withText("✓"));
				} else {
					marks.add(svg("rect").attr("x", x + 1).attr("y", y + 1).attr("width", cell - 2).attr("height", ROW - 2).attr("fill", EMPTY)
							.attr("stroke", "#d6cfbb"));
				}
			}
			String spread = spread(t, c);
			marks.add(textAt(label + days.size() * cell + 8, y + 16, spread, "start", t.belowThreshold()));
			desc.append(t.title()).append(": ").append(spread).append(t.days().isEmpty() ? "" : " (" + dayWords(t.days()) + ")").append(". ");
		}
		int ly = 34 + ROW * threads.size();
		marks.add(svg("rect").attr("x", label).attr("y", ly).attr("width", 14).attr("height", 14).attr("fill", WOVEN));
		marks.add(textAt(label + 18, ly + 12, "✓ woven", "start", false));
		marks.add(svg("rect").attr("x", label + 100).attr("y", ly).attr("width", 14).attr("height", 14).attr("fill", EMPTY).attr("stroke", "#d6cfbb"));
		marks.add(textAt(label + 118, ly + 12, "not woven", "start", false));
		if (!missing.isEmpty()) {
			marks.add(textAt(label + 210, ly + 12, "× day required but missing", "start", true));
		}
		return chart("chart-threads", "Golden threads over the teaching days", desc.toString().strip(), width, height, marks, "threads",
				"Data table: golden threads", pdf);
	}

	/** Assessment alignment: key learning outcomes (rows) by course assessments (columns). */
	static DomContent alignment(CoverageData c, boolean pdf) {
		List<AlignmentData> outcomes = c.outcomes();
		List<AssessmentData> assessments = c.assessments();
		int label = 130;
		int cell = 130;
		int width = label + cell * Math.max(1, assessments.size()) + 200;
		int height = 34 + ROW * outcomes.size() + 8;
		StringBuilder desc = new StringBuilder("Which course assessments assess each key learning outcome. ");
		List<DomContent> marks = new ArrayList<>();
		for (int a = 0; a < assessments.size(); a++) {
			marks.add(textAt(label + a * cell + cell / 2, 18, shorten(assessments.get(a).id(), 16), "middle", false)
					.with(svg("title").withText(assessments.get(a).id() + (assessments.get(a).title() == null ? "" : ": " + assessments.get(a).title()))));
		}
		for (int i = 0; i < outcomes.size(); i++) {
			AlignmentData o = outcomes.get(i);
			int y = 26 + i * ROW;
			marks.add(textAt(label - 8, y + 16, shorten(o.id(), 14), "end", false).with(svg("title").withText(o.id() + " " + nz(o.text()))));
			for (int a = 0; a < assessments.size(); a++) {
				int x = label + a * cell;
				if (o.assessments().contains(assessments.get(a).id())) {
					marks.add(svg("rect").attr("x", x + 2).attr("y", y + 1).attr("width", cell - 4).attr("height", ROW - 2).attr("fill", COVERED));
					marks.add(svg("text").attr("x", x + cell / 2).attr("y", y + 16).attr("text-anchor", "middle").attr("fill", "#ffffff")
							.attr("font-size", 13).withText("✓"));
				} else {
					marks.add(svg("rect").attr("x", x + 2).attr("y", y + 1).attr("width", cell - 4).attr("height", ROW - 2).attr("fill", "#f3f3f3")
							.attr("stroke", "#d0d0d0"));
				}
			}
			String status = status(o);
			marks.add(textAt(label + assessments.size() * cell + 8, y + 16, status, "start", o.assessments().isEmpty() && o.gap() == null));
			desc.append(o.id()).append(": ").append(o.assessments().isEmpty() ? status : "assessed by " + String.join(", ", o.assessments()))
					.append(". ");
		}
		return chart("chart-alignment", "Assessment alignment: key learning outcomes by assessment", desc.toString().strip(), width, height,
				marks, "outcomes", "Data table: key learning outcomes", pdf);
	}

	private static DomContent chart(String id, String title, String desc, int width, int height, List<DomContent> marks, String table,
			String tableLink, boolean pdf) {
		ContainerTag<?> svg = svg("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("role", "img")
				.attr("aria-labelledby", id + "-title " + id + "-desc").attr("viewBox", "0 0 " + width + " " + height)
				.attr("width", width).attr("height", height).attr("font-family", "DejaVu Sans, Segoe UI, Arial, sans-serif")
				.attr("font-size", 13).withClass("chart");
		svg.with(svg("title").withId(id + "-title").withText(title));
		svg.with(svg("desc").withId(id + "-desc").withText(desc));
		svg.with(marks);
		DomContent picture;
		if (pdf) {
			// the PDF draws the same SVG (PdfReportRenderer's chart drawer); alt becomes the tagged Figure's alternative text
			double scale = Math.min(1.0, PDF_WIDTH / width);
			picture = svg("object").attr("type", HtmlReportRenderer.PDF_CHART_TYPE).attr("alt", title + ". " + desc).withClass("chart")
					.attr("style", "width: " + fmt(width * scale) + "px; height: " + fmt(height * scale) + "px;").with(svg);
		} else {
			picture = div(svg).withClass("chart-box").attr("tabindex", "0").attr("role", "region").attr("aria-label", title);
		}
		return figure(picture, figcaption(text(title + ". "), a(tableLink).withHref("#" + table).withClass("target"))).withId(id)
				.withClass("chart");
	}

	private static double segment(List<DomContent> marks, double x, int y, double w, String fill) {
		if (w > 0) {
			marks.add(svg("rect").attr("x", fmt(x)).attr("y", y + 2).attr("width", fmt(w)).attr("height", ROW - 6).attr("fill", fill));
		}
		return x + w;
	}

	private static ContainerTag<?> textAt(int x, int y, String text, String anchor, boolean warning) {
		ContainerTag<?> t = svg("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("fill", warning ? WARNING : INK);
		if (warning) {
			t.attr("font-weight", "bold");
		}
		return t.withText(text);
	}

	@SuppressWarnings("rawtypes")
	private static ContainerTag<?> svg(String name) {
		return new ContainerTag(name);
	}

	// ------------------------------------------------------------------ words

	/** "3 of 11 days, 4 required" with "below threshold" when it is: the words beside the colour. */
	static String spread(ThreadData t, CoverageData c) {
		return t.spread(c.days().size());
	}

	static String status(AlignmentData o) {
		if (!o.assessments().isEmpty()) {
			return "assessed";
		}
		return o.gap() != null ? "justified gap" : "not assessed";
	}

	private static String dayWords(List<Integer> days) {
		return (days.size() == 1 ? "day " : "days ") + join(days);
	}

	private static String join(List<Integer> numbers) {
		return String.join(", ", numbers.stream().map(String::valueOf).toList());
	}

	private static String shorten(String s, int max) {
		String t = nz(s);
		return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
	}

	private static String fmt(double d) {
		return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
