package org.goldthread.reports.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.goldthread.model.Course;
import org.goldthread.model.DeliveryPractice;
import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.FormatRequirement;
import org.goldthread.model.Framework;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.TeachingFormat;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.CoverageData.AlignmentData;
import org.goldthread.reports.data.CoverageData.AssessmentData;
import org.goldthread.reports.data.CoverageData.CellData;
import org.goldthread.reports.data.CoverageData.ObjectiveData;
import org.goldthread.reports.data.CoverageData.SessionData;
import org.goldthread.reports.data.CoverageData.ThemeData;
import org.goldthread.reports.data.CoverageData.ThreadData;
import org.goldthread.reports.data.InlineCode;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;
import org.goldthread.reports.pack.PackDocument.Row;

/**
 * The submission pack: the document a provider sends to the accrediting body. For each requirement
 * of the framework (themes, learning objectives, golden threads, delivery, assessments) it says where
 * and how the course meets it (sessions, days, assessments), then lists the justified gaps with their
 * reasons and the findings still open. Generated from the checked course alone, from the engine's
 * coverage ({@link ReportData}) and the course and framework models for what the coverage does not
 * hold (delivery practices, required formats, study days).
 */
public final class SubmissionPack {

	private SubmissionPack() {
	}

	/** The pack of one checked document (a course; other documents get a pack with what applies to them). */
	public static PackDocument of(ConformanceReport report, RenderContext context) {
		ReportData d = ReportData.of(report, context);
		Course course = report.getDocument() instanceof Course c ? c : null;
		Framework framework = report.getFramework();
		PackDocument.Builder b = new PackDocument.Builder("Submission pack: " + nz(d.title()) + " (" + d.id() + ")");
		about(b, d, context);
		CoverageData c = d.coverage();
		if (c == null) {
			b.heading(1, "requirements", "Requirements");
			b.para(d.isCourse() ? "The framework this course implements is not available, so no requirement can be shown as met."
					: "This document is not a course: the pack lists its findings only.");
		} else {
			themes(b, c);
			objectives(b, c);
			threads(b, c, course);
			delivery(b, c, course, framework);
			assessments(b, c, framework);
		}
		gaps(b, c, course);
		findings(b, d);
		return b.build();
	}

	private static void about(PackDocument.Builder b, ReportData d, RenderContext context) {
		b.heading(1, "course", "The course and this submission");
		ReportData.CourseInfo info = d.course();
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("Course", nz(d.title()) + " (" + d.id() + ")"));
		if (info != null) {
			rows.add(new Row("Provider", info.provider() == null ? "not stated" : info.provider()));
			rows.add(new Row("Pathway", info.pathway() == null ? "not stated"
					: (info.pathwayTitle() == null ? "" : info.pathwayTitle() + " ") + "(" + info.pathway() + ")"));
			rows.add(new Row("Credits", info.credits() > 0 ? String.valueOf(info.credits()) : "not stated"));
			rows.add(new Row("Level", info.level() > 0 ? String.valueOf(info.level()) : "not stated"));
			List<String> modules = new ArrayList<>();
			for (ReportData.ModuleInfo m : info.modules()) {
				modules.add(m.id() + " " + nz(m.title()) + (m.credits() > 0 ? " (" + m.credits() + " credits)" : ""));
			}
			rows.add(new Row("Modules", modules.isEmpty() ? "none" : String.join("; ", modules)));
		}
		if (d.framework() != null) {
			rows.add(new Row("Framework", nz(d.framework().title()) + " (" + d.framework().id() + ", version " + nz(d.framework().version()) + ")"));
		}
		rows.add(new Row("Profile", d.profile() == null ? "default" : d.profile()));
		rows.add(new Row("Verdict", verdict(d.verdict()) + ": " + d.counts().errors() + " errors, " + d.counts().warnings() + " warnings, "
				+ d.counts().infos() + " info"));
		rows.add(new Row("Course file", nz(d.file()) + (d.sha256() == null ? "" : ", SHA-256 " + d.sha256())));
		rows.add(new Row("Prepared by", "Goldthread " + context.toolVersion() + (context.generated() == null ? "" : " on " + context.generated())));
		b.table("The course and this submission", List.of("Item", "Detail"), rows);
	}

	private static void themes(PackDocument.Builder b, CoverageData c) {
		b.heading(1, "themes", "Themes");
		b.para("How many of each theme's learning objectives the course covers. " + c.overallPercent()
				+ "% of the learning objectives the framework asks for are fully covered (objectives it gives only as examples are not counted).");
		List<Row> rows = new ArrayList<>();
		for (ThemeData t : c.themes()) {
			rows.add(new Row(List.of(nz(t.title()) + (t.appendix() ? " (appendix)" : "") + " (" + t.id() + ")", String.valueOf(t.objectives()),
					String.valueOf(t.covered()), String.valueOf(t.partly()), String.valueOf(t.gaps()),
					t.notCovered() > 0 ? t.notCovered() + " — not met" : "0", t.percent() + "%"), t.notCovered() > 0));
		}
		b.table("Themes", List.of("Theme", "Objectives", "Covered", "Partly", "Justified gaps", "Not covered", "Coverage"), rows);
	}

	private static void objectives(PackDocument.Builder b, CoverageData c) {
		b.heading(1, "objectives", "Learning objectives");
		b.para("Each learning objective of the framework, the sessions that teach it (day.session, title, and how strongly) and whether an assessment reaches it.");
		Map<String, SessionData> sessions = new LinkedHashMap<>();
		c.sessions().forEach(s -> sessions.put(s.key(), s));
		for (ThemeData t : c.themes()) {
			List<ObjectiveData> list = c.objectivesOf(t.id());
			if (list.isEmpty()) {
				continue;
			}
			b.heading(2, "theme-" + t.id(), nz(t.title()) + (t.appendix() ? " (appendix)" : ""));
			List<Row> rows = new ArrayList<>();
			for (ObjectiveData o : list) {
				List<String> where = new ArrayList<>();
				Set<Integer> days = new TreeSet<>();
				for (CellData cell : o.cells()) {
					SessionData s = sessions.get(cell.session());
					where.add(cell.session() + (s == null || s.title() == null ? "" : " " + s.title()) + " (" + cell.strength().word() + ")");
					days.add(cell.day());
				}
				String how = where.isEmpty() ? (o.gap() != null ? "justified gap: " + o.gap() : o.leaf() ? "not taught" : "through its sub-objectives")
						: String.join("; ", where) + " — " + dayWords(days);
				boolean notMet = "not covered".equals(o.status()) || "partly covered".equals(o.status());
				rows.add(new Row(List.of(o.id() + " " + nz(o.text()), how, nz(o.status()) + (notMet ? " — not met" : ""),
						!o.leaf() ? "—" : o.assessed() ? "yes" : "no"), notMet));
			}
			b.table("Learning objectives of " + nz(t.title()), List.of("Objective", "Where and how the course teaches it", "Status", "Assessed"), rows);
		}
	}

	private static void threads(PackDocument.Builder b, CoverageData c, Course course) {
		if (c.threads().isEmpty()) {
			return;
		}
		b.heading(1, "threads", "Golden threads");
		b.para("The teaching days and modules that weave each golden thread, against the number of days the profile requires, and the delivery practices that evidence it.");
		List<Row> rows = new ArrayList<>();
		for (ThreadData t : c.threads()) {
			List<String> practices = new ArrayList<>();
			if (course != null && course.getDelivery() != null) {
				for (DeliveryPractice p : course.getDelivery().getPractices()) {
					if (p.getThreads().stream().anyMatch(x -> !x.eIsProxy() && t.id().equals(x.getName()))) {
						practices.add(p.getName() != null ? p.getName() : nz(p.getText()));
					}
				}
			}
			boolean below = t.belowThreshold();
			boolean missingDelivery = t.deliveryExpected() && !t.inDelivery();
			String spread = t.spread(c.days().size());
			String delivery = !t.deliveryExpected() ? (practices.isEmpty() ? "not required" : "not required; " + String.join(", ", practices))
					: t.inDelivery() ? "evidenced by " + String.join(", ", practices) : "expected, not evidenced — not met";
			rows.add(new Row(List.of(nz(t.title()) + " (" + t.id() + ")", t.days().isEmpty() ? "none" : dayWords(new TreeSet<>(t.days())),
					String.join(", ", t.modules()), String.valueOf(t.sessions()), spread, delivery), below || missingDelivery || t.sessions() == 0));
		}
		b.table("Golden threads", List.of("Golden thread", "Woven on", "Modules", "Sessions", "Spread", "In delivery"), rows);
	}

	private static void delivery(PackDocument.Builder b, CoverageData c, Course course, Framework framework) {
		DeliveryRequirement required = framework == null ? null : framework.getDelivery();
		b.heading(1, "delivery", "Delivery");
		if (required == null) {
			b.para("The framework states no delivery requirements.");
			return;
		}
		b.para(String.join(" ", required.getAbout()));
		List<Row> rows = new ArrayList<>();
		if (required.getTeachingDays() > 0) {
			List<Integer> missing = c.missingDays();
			String course_ = c.days().size() + " teaching days (" + dayWords(new TreeSet<>(c.days().stream().map(CoverageData.DayData::number).toList()))
					+ ")" + (missing.isEmpty() ? "" : "; missing: " + dayWords(new TreeSet<>(missing)));
			boolean notMet = c.days().size() != required.getTeachingDays();
			rows.add(new Row(List.of("Teaching days", String.valueOf(required.getTeachingDays()), course_ + (notMet ? " — not met" : "")), notMet));
		}
		if (required.getStudyDays() > 0) {
			int study = course == null ? 0 : course.getStudyDays().size();
			boolean notMet = study < required.getStudyDays();
			rows.add(new Row(List.of("Study days", String.valueOf(required.getStudyDays()), study + " study days" + (notMet ? " — not met" : "")),
					notMet));
		}
		for (FormatRequirement format : required.getFormats()) {
			List<String> names = format.getFormats().stream().map(TeachingFormat::getLiteral).toList();
			List<String> sessions = c.sessions().stream().filter(s -> names.contains(s.format())).map(s -> s.key() + " " + nz(s.title())).toList();
			rows.add(new Row(List.of("Format: " + String.join(" or ", names), nz(format.getText()),
					sessions.isEmpty() ? "no session — not met" : sessions.size() + " sessions: " + String.join("; ", sessions)), sessions.isEmpty()));
		}
		b.table("Delivery requirements", List.of("Requirement", "The framework asks", "The course"), rows);
	}

	private static void assessments(PackDocument.Builder b, CoverageData c, Framework framework) {
		b.heading(1, "assessments", "Assessments");
		List<Row> rows = new ArrayList<>();
		for (AssessmentData a : c.assessments()) {
			String size = a.words() > 0 ? a.words() + " words" : a.minutes() > 0 ? a.minutes() + " minutes" : "";
			rows.add(new Row(a.id(), nz(a.title()), nz(a.form()), size, a.formative() ? "formative" : a.weight() + "%",
					a.fulfils() == null ? "" : a.fulfils()));
		}
		b.table("The course's assessments", List.of("Assessment", "Title", "Form", "Size", "Weight", "Fulfils"), rows);
		if (framework != null && !framework.getAssessments().isEmpty()) {
			b.heading(2, "required-assessments", "Required assessments");
			List<Row> required = new ArrayList<>();
			for (RequiredAssessment r : framework.getAssessments()) {
				List<String> by = c.assessments().stream().filter(a -> r.getName() != null && r.getName().equals(a.fulfils())).map(AssessmentData::id)
						.toList();
				required.add(new Row(List.of(nz(r.getTitle()) + " (" + nz(r.getName()) + ")", r.getStatus() == null ? "" : r.getStatus().getLiteral(),
						by.isEmpty() ? "no course assessment fulfils it" : String.join(", ", by)), false));
			}
			b.table("Required assessments", List.of("Required assessment", "Status", "Fulfilled by"), required);
		}
		alignment(b, "outcomes", "Key learning outcomes", "Key learning outcome", c.outcomes());
		if (!c.elements().isEmpty()) {
			alignment(b, "elements", "Elements of the required assessments", "Element", c.elements());
		}
	}

	private static void alignment(PackDocument.Builder b, String id, String title, String label, List<AlignmentData> list) {
		b.heading(2, id, title);
		List<Row> rows = new ArrayList<>();
		for (AlignmentData a : list) {
			boolean notMet = a.assessments().isEmpty() && a.gap() == null;
			rows.add(new Row(List.of(a.id() + " " + nz(a.text()), a.assessments().isEmpty() ? "none" : String.join(", ", a.assessments()),
					!a.assessments().isEmpty() ? "assessed" : a.gap() != null ? "justified gap: " + a.gap() : "not assessed — not met"), notMet));
		}
		b.table(title, List.of(label, "Assessed by", "Status"), rows);
	}

	private static void gaps(PackDocument.Builder b, CoverageData c, Course course) {
		b.heading(1, "gaps", "Justified gaps");
		List<Row> rows = new ArrayList<>();
		Set<String> reasons = new java.util.HashSet<>();
		if (c != null) {
			for (ObjectiveData o : c.objectives()) {
				if (o.gap() != null) {
					rows.add(new Row(o.id(), "learning objective", nz(o.text()), o.gap()));
					reasons.add(o.id());
				}
			}
			for (AlignmentData a : c.outcomes()) {
				if (a.gap() != null) {
					rows.add(new Row(a.id(), "key learning outcome", nz(a.text()), a.gap()));
					reasons.add(a.id());
				}
			}
			for (AlignmentData a : c.elements()) {
				if (a.gap() != null) {
					rows.add(new Row(a.id(), "assessment element", nz(a.text()), a.gap()));
					reasons.add(a.id());
				}
			}
		}
		if (course != null) {
			// gaps on other framework elements (a thread, a required assessment ...), named by their id
			for (JustifiedGap gap : course.getGaps()) {
				EObject element = gap.getElement();
				String name = element == null || element.eIsProxy() ? null : string(element, "name");
				if (name != null && reasons.stream().noneMatch(r -> r.equals(name) || r.endsWith("." + name))) {
					rows.add(new Row(name, element.eClass().getName(), nz(firstNonNull(string(element, "title"), string(element, "text"))),
							nz(gap.getReason())));
				}
			}
		}
		if (rows.isEmpty()) {
			b.para("The course declares no justified gaps.");
		} else {
			b.para("Requirements the course does not meet, with the reason the provider gives for each.");
			b.table("Justified gaps", List.of("Requirement", "Kind", "What the framework asks", "Reason"), rows);
		}
	}

	private static void findings(PackDocument.Builder b, ReportData d) {
		b.heading(1, "findings", "Open findings (" + d.findings().size() + ")");
		if (d.findings().isEmpty()) {
			b.para("None: the course conforms.");
			return;
		}
		b.para("What the check still reports, errors first as the report orders them: each finding with the rule, what it says, where, and how to fix it.");
		List<Row> rows = new ArrayList<>();
		for (String severity : List.of("error", "warning", "info")) {
			for (FindingData f : d.findings()) {
				if (severity.equals(f.severity())) {
					rows.add(new Row(List.of(f.severity(), f.ruleId() + (f.ruleTitle() == null ? "" : " " + f.ruleTitle()), nz(f.message()),
							nz(f.file()) + ":" + f.line(), f.fixHint() == null ? "" : InlineCode.plain(f.fixHint())), "error".equals(f.severity())));
				}
			}
		}
		b.table("Open findings", List.of("Severity", "Rule", "Finding", "Where", "How to fix"), rows);
	}

	// ------------------------------------------------------------------ helpers

	private static String dayWords(Set<Integer> days) {
		if (days.isEmpty()) {
			return "no day";
		}
		return (days.size() == 1 ? "day " : "days ") + String.join(", ", days.stream().map(String::valueOf).toList());
	}

	private static String verdict(String v) {
		return v == null || v.isEmpty() ? "Not checked" : Character.toUpperCase(v.charAt(0)) + v.substring(1);
	}

	private static String string(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		return f != null && !f.isMany() && o.eGet(f) instanceof String s ? s : null;
	}

	private static String firstNonNull(String a, String b) {
		return a != null ? a : b;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
