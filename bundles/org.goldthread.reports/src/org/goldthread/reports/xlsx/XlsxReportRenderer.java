package org.goldthread.reports.xlsx;

import java.util.ArrayList;
import org.goldthread.reports.ReportNames;
import java.util.List;

import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.CoverageData.AlignmentData;
import org.goldthread.reports.data.CoverageData.AssessmentData;
import org.goldthread.reports.data.CoverageData.DayData;
import org.goldthread.reports.data.CoverageData.ObjectiveData;
import org.goldthread.reports.data.CoverageData.SessionData;
import org.goldthread.reports.data.CoverageData.Strength;
import org.goldthread.reports.data.CoverageData.ThreadData;
import org.goldthread.reports.data.InlineCode;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;
import org.goldthread.reports.xlsx.XlsxWriter.Sheet;
import org.goldthread.reports.xlsx.XlsxWriter.Style;

/**
 * The report as a workbook for the people who keep accreditation evidence in spreadsheets. Sheets:
 * <ul>
 * <li><b>Coverage</b>: objectives × sessions (in teaching order); each claim as its strength
 * letter (P, I, C, D, M) <em>and</em> a fill colour, with the status and whether it is assessed;</li>
 * <li><b>Threads</b>: golden threads × teaching days (✓ and a fill), with days, modules and delivery;</li>
 * <li><b>Assessment</b>: key learning outcomes and required-assessment elements × course
 * assessments, with their status;</li>
 * <li><b>Findings</b>: one row per finding, fix hints as plain text;</li>
 * <li><b>Provenance</b>: what was checked, by which Goldthread, under which profile, and the key to
 * the letters.</li>
 * </ul>
 * Every sheet's header row is frozen and has filter buttons; every text is a string cell, never a
 * formula. Documents without coverage (plans, frameworks) get Findings and Provenance only.
 */
public class XlsxReportRenderer implements ReportRenderer {

	@Override
	public ReportFormat format() {
		return ReportFormat.XLSX;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		ReportData d = ReportData.of(report, context);
		XlsxWriter book = new XlsxWriter();
		if (d.coverage() != null) {
			coverage(book.sheet("Coverage"), d.coverage());
			threads(book.sheet("Threads"), d.coverage());
			assessment(book.sheet("Assessment"), d.coverage());
		}
		findings(book.sheet("Findings"), d);
		provenance(book.sheet("Provenance"), d, context);
		return book.toBytes();
	}

	/** One row per document, as the CSV index. */
	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		List<String> names = ReportNames.fileNames(reports);
		XlsxWriter book = new XlsxWriter();
		Sheet sheet = book.sheet("Documents").freezeColumns(1).widths(34, 50, 10, 22, 24, 8, 9, 7, 12, 36);
		sheet.header(List.of("Document", "Title", "Kind", "Framework", "Verdict", "Errors", "Warnings", "Info", "Objectives covered %",
				"Report"));
		for (int i = 0; i < reports.size(); i++) {
			ReportData d = ReportData.of(reports.get(i), context);
			sheet.row().text(d.id()).text(d.title(), Style.WRAP).text(d.kind().key())
					.text(d.framework() == null ? "" : d.framework().id() + " " + nz(d.framework().version())).text(nz(d.verdict()))
					.number(d.counts().errors()).number(d.counts().warnings()).number(d.counts().infos());
			if (d.coverage() == null) {
				sheet.text("");
			} else {
				sheet.number(d.coverage().overallPercent());
			}
			sheet.text(names.get(i) + "." + ReportFormat.XLSX.extension());
		}
		return book.toBytes();
	}

	private static void coverage(Sheet sheet, CoverageData c) {
		List<String> header = new ArrayList<>(List.of("Objective", "Theme", "Text", "Status", "Assessed"));
		List<Double> widths = new ArrayList<>(List.of(30.0, 16.0, 60.0, 16.0, 9.0));
		for (SessionData s : c.sessions()) {
			header.add(s.label());
			widths.add(7.0);
		}
		sheet.header(header).freezeColumns(1).widths(widths.stream().mapToDouble(Double::doubleValue).toArray());
		for (ObjectiveData o : c.objectives()) {
			sheet.row().text(o.id()).text(o.theme()).text(o.text(), Style.WRAP)
					.text(nz(o.status()) + (o.gap() != null ? ": " + o.gap() : ""), "not covered".equals(o.status()) ? Style.BAD : Style.WRAP)
					.text(o.leaf() ? (o.assessed() ? "yes" : "no") : "", o.leaf() ? (o.assessed() ? Style.YES : Style.NO) : Style.PLAIN);
			for (SessionData s : c.sessions()) {
				Strength strength = o.strengthIn(s.key());
				if (strength == null) {
					sheet.text("");
				} else {
					sheet.text(strength.letter(), strengthStyle(strength));
				}
			}
		}
	}

	private static Style strengthStyle(Strength s) {
		return switch (s) {
			case PARTLY -> Style.STRENGTH_P;
			case INTRODUCES -> Style.STRENGTH_I;
			case COVERS -> Style.STRENGTH_C;
			case DEVELOPS -> Style.STRENGTH_D;
			case MASTERS -> Style.STRENGTH_M;
		};
	}

	/**
	 * Threads × days: every day the framework requires (a day the course lacks is a column marked
	 * "missing"), then the spread against the threshold the engine checks it with, coloured and in
	 * words (text for every coloured cell).
	 */
	private static void threads(Sheet sheet, CoverageData c) {
		List<String> header = new ArrayList<>(List.of("Thread", "Title"));
		List<Double> widths = new ArrayList<>(List.of(20.0, 40.0));
		List<DayData> days = c.matrixDays();
		for (DayData day : days) {
			header.add("D" + day.number() + (day.missing() ? " (missing)" : day.title() == null || day.title().isBlank() ? "" : " " + day.title()));
			widths.add(day.missing() ? 10.0 : 6.0);
		}
		header.addAll(List.of("Days", "Required days", "Spread", "Modules", "In delivery"));
		widths.addAll(List.of(7.0, 9.0, 30.0, 30.0, 14.0));
		sheet.header(header).freezeColumns(1).widths(widths.stream().mapToDouble(Double::doubleValue).toArray());
		for (ThreadData t : c.threads()) {
			sheet.row().text(t.id()).text(t.title(), Style.WRAP);
			for (DayData day : days) {
				if (day.missing()) {
					sheet.text("missing", Style.BAD);
				} else if (t.days().contains(day.number())) {
					sheet.text("✓", Style.YES);
				} else {
					sheet.text("");
				}
			}
			sheet.number(t.days().size());
			if (t.requiredDays() > 0) {
				sheet.number(t.requiredDays());
			} else {
				sheet.text("");
			}
			String spread = t.spread(c.days().size());
			sheet.text(t.belowThreshold() ? "below: " + spread : spread, t.belowThreshold() ? Style.BAD : t.requiredDays() > 0 ? Style.YES : Style.PLAIN);
			sheet.text(String.join(", ", t.modules()), Style.WRAP);
			if (!t.deliveryExpected()) {
				sheet.text("not required");
			} else {
				sheet.text(t.inDelivery() ? "evidenced" : "not evidenced", t.inDelivery() ? Style.YES : Style.NO);
			}
		}
	}

	private static void assessment(Sheet sheet, CoverageData c) {
		List<String> header = new ArrayList<>(List.of("Outcome or element", "Kind", "Text"));
		List<Double> widths = new ArrayList<>(List.of(26.0, 18.0, 60.0));
		for (AssessmentData a : c.assessments()) {
			header.add(a.id());
			widths.add(14.0);
		}
		header.add("Status");
		widths.add(24.0);
		sheet.header(header).freezeColumns(1).widths(widths.stream().mapToDouble(Double::doubleValue).toArray());
		alignment(sheet, "key learning outcome", c.outcomes(), c.assessments());
		alignment(sheet, "assessment element", c.elements(), c.assessments());
	}

	private static void alignment(Sheet sheet, String kind, List<AlignmentData> rows, List<AssessmentData> assessments) {
		for (AlignmentData row : rows) {
			sheet.row().text(row.id()).text(kind).text(row.text(), Style.WRAP);
			for (AssessmentData a : assessments) {
				if (row.assessments().contains(a.id())) {
					sheet.text("✓", Style.YES);
				} else {
					sheet.text("");
				}
			}
			if (!row.assessments().isEmpty()) {
				sheet.text("assessed", Style.YES);
			} else if (row.gap() != null) {
				sheet.text("justified gap: " + row.gap(), Style.WRAP);
			} else {
				sheet.text("not assessed", Style.BAD);
			}
		}
	}

	private static void findings(Sheet sheet, ReportData d) {
		sheet.header(List.of("Severity", "Rule", "Rule title", "Theme", "Message", "Curriculum passage", "Fix", "File", "Line", "Column",
				"Framework element")).freezeColumns(0).widths(10, 12, 30, 24, 60, 50, 50, 36, 7, 7, 26);
		for (FindingData f : d.findings()) {
			sheet.row().text(f.severity(), "error".equals(f.severity()) ? Style.BAD : Style.PLAIN).text(f.ruleId()).text(f.ruleTitle(), Style.WRAP)
					.text(f.themeTitle() == null ? "" : f.themeTitle(), Style.WRAP).text(f.message(), Style.WRAP).text(f.passage(), Style.WRAP)
					.text(InlineCode.plain(f.fixHint()), Style.WRAP).text(f.file()).number(f.line()).number(f.column()).text(f.frameworkElement());
		}
	}

	private static void provenance(Sheet sheet, ReportData d, RenderContext context) {
		sheet.header(List.of("Item", "Value")).widths(26, 90);
		sheet.row().text("Document").text(d.id());
		sheet.row().text("Title").text(d.title(), Style.WRAP);
		sheet.row().text("Kind").text(d.kind().key());
		sheet.row().text("File").text(d.file());
		if (d.framework() != null) {
			sheet.row().text("Framework").text(nz(d.framework().title()) + " (" + d.framework().id() + ", version " + nz(d.framework().version())
					+ (d.framework().publisher() == null ? "" : ", " + d.framework().publisher()) + ")", Style.WRAP);
			sheet.row().text("Framework file").text(nz(d.framework().file()));
			sheet.row().text("Framework SHA-256").text(nz(d.framework().sha256()));
		}
		sheet.row().text("Profile").text(d.profile() == null ? "default" : d.profile());
		sheet.row().text("Verdict").text(nz(d.verdict()));
		sheet.row().text("Errors").number(d.counts().errors());
		sheet.row().text("Warnings").number(d.counts().warnings());
		sheet.row().text("Info").number(d.counts().infos());
		if (d.coverage() != null) {
			sheet.row().text("Objectives fully covered %").number(d.coverage().overallPercent());
		}
		if (d.sha256() != null) {
			sheet.row().text("SHA-256").text(d.sha256());
		}
		sheet.row().text("Checked by").text("Goldthread " + context.toolVersion());
		if (context.generated() != null) {
			sheet.row().text("Generated").text(context.generated());
		}
		for (Strength s : Strength.legend()) {
			sheet.row().text("Strength " + s.letter()).text(s.letter() + " = " + s.word(), strengthStyle(s));
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
