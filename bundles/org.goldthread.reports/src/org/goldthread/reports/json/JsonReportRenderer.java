package org.goldthread.reports.json;

import java.util.List;

import org.goldthread.model.Addressee;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.PlanAction;
import org.goldthread.model.PlanMeasure;
import org.goldthread.model.PlanMilestone;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.support.Ids;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.CoverageData.AlignmentData;
import org.goldthread.reports.data.CoverageData.AssessmentData;
import org.goldthread.reports.data.CoverageData.CellData;
import org.goldthread.reports.data.CoverageData.DayData;
import org.goldthread.reports.data.CoverageData.ObjectiveData;
import org.goldthread.reports.data.CoverageData.SessionData;
import org.goldthread.reports.data.CoverageData.ThemeData;
import org.goldthread.reports.data.CoverageData.ThreadData;
import org.goldthread.reports.data.ReportData;
import org.goldthread.reports.data.ReportData.FindingData;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The report as JSON, following docs/report-schema.json (JSON Schema 2020-12). One file holds
 * {@code reports}, an array: one report for a document's own file, all of them for the index.
 * Keys come in a fixed order and every key is always present ({@code null} when it does not
 * apply), so that files diff well and consumers need no existence checks.
 */
public class JsonReportRenderer implements ReportRenderer {

	/** Bumped when a consumer of the previous version could misread the output. */
	public static final int SCHEMA_VERSION = 1;

	@Override
	public ReportFormat format() {
		return ReportFormat.JSON;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		return renderIndex(List.of(report), context);
	}

	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		ObjectNode root = Json.object();
		root.put("schemaVersion", SCHEMA_VERSION);
		ObjectNode generator = root.putObject("generator");
		generator.put("name", "Goldthread");
		generator.put("version", context.toolVersion());
		generator.put("date", context.generated());
		ArrayNode array = root.putArray("reports");
		for (ConformanceReport report : reports) {
			ObjectNode node = toJson(ReportData.of(report, context));
			if (report.getDocument() instanceof LocalPlan plan) {
				node.set("plan", plan(plan));
			} else {
				node.putNull("plan");
			}
			array.add(node);
		}
		return Json.write(root);
	}

	public static ObjectNode toJson(ReportData d) {
		ObjectNode o = Json.object();
		o.put("id", d.id());
		o.put("title", d.title());
		o.put("kind", d.kind().key());
		o.put("file", d.file());
		o.put("sha256", d.sha256());
		if (d.framework() == null) {
			o.putNull("framework");
		} else {
			ObjectNode f = o.putObject("framework");
			f.put("id", d.framework().id());
			f.put("title", d.framework().title());
			f.put("version", d.framework().version());
			f.put("publisher", d.framework().publisher());
			f.put("file", d.framework().file());
			f.put("sha256", d.framework().sha256());
		}
		o.put("profile", d.profile());
		o.put("verdict", d.verdict());
		ObjectNode counts = o.putObject("counts");
		counts.put("error", d.counts().errors());
		counts.put("warning", d.counts().warnings());
		counts.put("info", d.counts().infos());
		ArrayNode findings = o.putArray("findings");
		for (FindingData f : d.findings()) {
			findings.add(finding(f));
		}
		if (d.coverage() == null) {
			o.putNull("coverage");
		} else {
			o.set("coverage", coverage(d.coverage()));
		}
		return o;
	}

	/** What a local workforce plan says (null for other documents): whom it is for, and each action with its partners, dates, measures, milestones and progress. */
	private static ObjectNode plan(LocalPlan plan) {
		ObjectNode o = Json.object();
		o.put("organisation", plan.getOrganisation());
		o.put("for", plan.getAudience() == null || plan.getAudience() == Addressee.UNSTATED ? null : plan.getAudience().getLiteral());
		o.put("period", plan.getPeriod());
		ArrayNode actions = o.putArray("actions");
		for (PlanAction a : plan.getActions()) {
			ObjectNode action = actions.addObject();
			action.put("id", a.getName());
			action.put("text", a.getText());
			ArrayNode addresses = action.putArray("addresses");
			a.getAddresses().stream().filter(e -> e != null && !e.eIsProxy()).forEach(e -> addresses.add(Ids.relativeId(e)));
			ArrayNode partly = action.putArray("partlyAddresses");
			a.getPartlyAddresses().stream().filter(e -> e != null && !e.eIsProxy()).forEach(e -> partly.add(Ids.relativeId(e)));
			ArrayNode partners = action.putArray("partners");
			a.getPartners().forEach(partners::add);
			action.put("owner", a.getOwner());
			action.put("start", a.getStart());
			action.put("due", a.getDue());
			action.put("status", a.getStatus() == null ? null : a.getStatus().getLiteral());
			ArrayNode measures = action.putArray("measures");
			for (PlanMeasure m : a.getMeasures()) {
				ObjectNode measure = measures.addObject();
				measure.put("text", m.getText());
				measure.put("baseline", m.getBaseline());
				measure.put("target", m.getTarget());
			}
			ArrayNode milestones = action.putArray("milestones");
			for (PlanMilestone m : a.getMilestones()) {
				ObjectNode milestone = milestones.addObject();
				milestone.put("text", m.getText());
				milestone.put("due", m.getDue());
			}
			ArrayNode progress = action.putArray("progress");
			a.getProgress().forEach(progress::add);
		}
		return o;
	}

	private static ObjectNode finding(FindingData f) {
		ObjectNode o = Json.object();
		o.put("ruleId", f.ruleId());
		o.put("ruleName", f.ruleName());
		o.put("ruleTitle", f.ruleTitle());
		o.put("category", f.category());
		o.put("severity", f.severity());
		o.put("message", f.message());
		ObjectNode location = o.putObject("location");
		location.put("file", f.file());
		location.put("line", f.line());
		location.put("column", f.column());
		o.put("theme", f.theme());
		o.put("themeTitle", f.themeTitle());
		o.put("frameworkElement", f.frameworkElement());
		o.put("passage", f.passage());
		o.put("fixHint", f.fixHint());
		return o;
	}

	private static ObjectNode coverage(CoverageData c) {
		ObjectNode o = Json.object();
		o.put("requiredTeachingDays", c.requiredTeachingDays());
		ArrayNode missing = o.putArray("missingDays");
		c.missingDays().forEach(missing::add);
		o.put("overallPercent", c.overallPercent());
		ArrayNode days = o.putArray("days");
		for (DayData d : c.days()) {
			ObjectNode day = days.addObject();
			day.put("number", d.number());
			day.put("title", d.title());
			day.put("date", d.date());
			day.put("module", d.module());
			ArrayNode sessions = day.putArray("sessions");
			d.sessions().forEach(sessions::add);
		}
		ArrayNode sessions = o.putArray("sessions");
		for (SessionData s : c.sessions()) {
			ObjectNode session = sessions.addObject();
			session.put("key", s.key());
			session.put("day", s.day());
			session.put("index", s.index());
			session.put("id", s.id());
			session.put("title", s.title());
			session.put("format", s.format());
			// a number too large for a double is infinite, which JSON cannot hold: such hours are out of
			// range (GT-DOC-007), and the report says 0, "not stated"
			session.put("hours", Double.isFinite(s.hours()) ? s.hours() : 0);
			session.put("module", s.module());
		}
		ArrayNode themes = o.putArray("themes");
		for (ThemeData t : c.themes()) {
			ObjectNode theme = themes.addObject();
			theme.put("id", t.id());
			theme.put("title", t.title());
			theme.put("appendix", t.appendix());
			theme.put("objectives", t.objectives());
			theme.put("covered", t.covered());
			theme.put("partly", t.partly());
			theme.put("gaps", t.gaps());
			theme.put("notCovered", t.notCovered());
			theme.put("percent", t.percent());
		}
		ArrayNode objectives = o.putArray("objectives");
		for (ObjectiveData d : c.objectives()) {
			ObjectNode objective = objectives.addObject();
			objective.put("id", d.id());
			objective.put("theme", d.theme());
			objective.put("text", d.text());
			objective.put("depth", d.depth());
			objective.put("leaf", d.leaf());
			objective.put("status", d.status());
			objective.put("assessed", d.assessed());
			objective.put("gap", d.gap());
			ArrayNode cells = objective.putArray("cells");
			for (CellData cell : d.cells()) {
				ObjectNode x = cells.addObject();
				x.put("session", cell.session());
				x.put("day", cell.day());
				x.put("strength", cell.strength().word());
			}
		}
		ArrayNode threads = o.putArray("threads");
		for (ThreadData t : c.threads()) {
			ObjectNode thread = threads.addObject();
			thread.put("id", t.id());
			thread.put("title", t.title());
			ArrayNode d = thread.putArray("days");
			t.days().forEach(d::add);
			ArrayNode m = thread.putArray("modules");
			t.modules().forEach(m::add);
			thread.put("sessions", t.sessions());
			thread.put("deliveryExpected", t.deliveryExpected());
			thread.put("inDelivery", t.inDelivery());
			thread.put("requiredDays", t.requiredDays());
		}
		ArrayNode assessments = o.putArray("assessments");
		for (AssessmentData a : c.assessments()) {
			ObjectNode x = assessments.addObject();
			x.put("id", a.id());
			x.put("title", a.title());
			x.put("form", a.form());
			x.put("words", a.words());
			x.put("minutes", a.minutes());
			x.put("weight", a.weight());
			x.put("formative", a.formative());
			x.put("fulfils", a.fulfils());
		}
		o.set("outcomes", alignments(c.outcomes()));
		o.set("elements", alignments(c.elements()));
		return o;
	}

	private static ArrayNode alignments(List<AlignmentData> list) {
		ArrayNode array = Json.MAPPER.createArrayNode();
		for (AlignmentData a : list) {
			ObjectNode x = array.addObject();
			x.put("id", a.id());
			x.put("text", a.text());
			ArrayNode ids = x.putArray("assessments");
			a.assessments().forEach(ids::add);
			x.put("gap", a.gap());
		}
		return array;
	}
}
