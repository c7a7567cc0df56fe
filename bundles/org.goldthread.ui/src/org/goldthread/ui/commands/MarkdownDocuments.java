package org.goldthread.ui.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.Rule;
import org.goldthread.lang.naming.GoldthreadQualifiedNameProvider;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Coverage;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Module;
import org.goldthread.model.PlanAction;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.ThemeCoverage;
import org.goldthread.model.findings.ThreadWeave;
import org.goldthread.model.support.Ids;
import org.goldthread.ui.model.FindingCodes;
import org.goldthread.ui.model.GoldthreadLanguage;

/**
 * The Markdown documents the IDE's commands write: a course's (or plan's) conformance report and
 * the documentation of a curriculum, framework, course or plan.
 */
public final class MarkdownDocuments {

	private MarkdownDocuments() {
	}

	/** The conformance report of a course or plan: verdict, findings with what to do, coverage by theme and thread. */
	public static String conformanceReport(XtextResource resource, List<Issue> issues) {
		Document document = root(resource);
		if (!(document instanceof Course) && !(document instanceof LocalPlan)) {
			return null;
		}
		ConformanceReport report = GoldthreadLanguage.conformance().engineReport(document);
		StringBuilder md = new StringBuilder();
		md.append("# Conformance report: ").append(nonNull(document.getTitle())).append("\n\n");
		md.append("| | |\n|---|---|\n");
		md.append("| Document | `").append(document.getName()).append("` (").append(resource.getURI().lastSegment()).append(") |\n");
		Framework framework = report.getFramework();
		md.append("| Framework | ").append(framework == null ? "not available" : "`" + GoldthreadQualifiedNameProvider.label(framework) + "` " + nonNull(framework.getTitle())).append(" |\n");
		md.append("| Profile | ").append(report.getProfile()).append(" |\n");
		long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
		long warnings = issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).count();
		long infos = issues.size() - errors - warnings;
		String verdict = errors > 0 ? "does not conform" : warnings > 0 ? "conforms, with warnings" : "conforms";
		md.append("| Verdict | **").append(verdict).append("** — ").append(errors).append(" errors, ").append(warnings).append(" warnings, ")
				.append(infos).append(" information |\n\n");

		md.append("## Findings\n\n");
		if (issues.isEmpty()) {
			md.append("None.\n\n");
		} else {
			md.append("| Line | Severity | Rule | Finding | What to do |\n|---:|---|---|---|---|\n");
			for (Issue issue : sorted(issues)) {
				String ruleId = FindingCodes.ruleId(issue);
				Finding finding = matching(report, issue);
				md.append("| ").append(issue.getLineNumber() == null ? "" : issue.getLineNumber()).append(" | ")
						.append(issue.getSeverity().name().toLowerCase(Locale.ROOT)).append(" | ").append(ruleId).append(" | ")
						.append(cell(issue.getMessage())).append(" | ").append(cell(finding == null ? "" : finding.getFixHint())).append(" |\n");
			}
			md.append('\n');
		}
		if (report.getCoverage() != null) {
			md.append("## Coverage by theme\n\n| Theme | Objectives | Covered | Partly | Justified gaps | Covered % |\n|---|---:|---:|---:|---:|---:|\n");
			for (ThemeCoverage theme : report.getCoverage().getThemes()) {
				md.append("| ").append(cell(theme.getTheme() == null ? theme.getThemeId() : theme.getTheme().getTitle())).append(" | ")
						.append(theme.getObjectives()).append(" | ").append(theme.getCovered()).append(" | ").append(theme.getPartly())
						.append(" | ").append(theme.getGaps()).append(" | ").append(theme.getPercent()).append(" |\n");
			}
			md.append("\n## Golden threads\n\n| Thread | Teaching days woven |\n|---|---|\n");
			for (ThreadWeave weave : report.getCoverage().getThreads()) {
				md.append("| ").append(cell(weave.getThread() == null ? weave.getThreadId() : weave.getThread().getTitle())).append(" | ")
						.append(weave.getDays().isEmpty() ? "none" : weave.getDays().toString().replaceAll("[\\[\\]]", "")).append(" |\n");
			}
			md.append('\n');
		}
		List<String> rules = new ArrayList<>();
		for (Issue issue : issues) {
			String id = FindingCodes.ruleId(issue);
			if (!rules.contains(id)) {
				rules.add(id);
			}
		}
		if (!rules.isEmpty()) {
			md.append("## The rules\n\n");
			for (String id : rules.stream().sorted().toList()) {
				Rule rule = Rule.byId(id);
				if (rule != null) {
					md.append("- **").append(rule.id()).append("** ").append(rule.title()).append(". ").append(rule.rationale());
					if (rule.passage() != null) {
						md.append(" The curriculum says: “").append(rule.passage()).append("”");
					}
					md.append('\n');
				}
			}
		}
		return md.toString();
	}

	/** Documentation of a document: what it holds, in reading order. */
	public static String documentation(XtextResource resource) {
		Document document = root(resource);
		if (document == null) {
			return null;
		}
		StringBuilder md = new StringBuilder();
		if (document instanceof Framework framework) {
			md.append("# ").append(nonNull(framework.getTitle())).append("\n\n");
			md.append("`").append(GoldthreadQualifiedNameProvider.label(framework)).append("`");
			if (framework.getPublisher() != null) {
				md.append(", published by ").append(framework.getPublisher());
			}
			md.append("\n\n");
			framework.getAbout().forEach(a -> md.append(a).append("\n\n"));
			if (!framework.getAims().isEmpty()) {
				md.append("## Aims\n\n");
				framework.getAims().forEach(a -> md.append("- ").append(a).append('\n'));
				md.append('\n');
			}
			List<Section> sections = new ArrayList<>(framework.getSections());
			framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
			for (Section section : sections) {
				md.append("## ").append(capitalise(section.getKind().getLiteral())).append(": ").append(nonNull(section.getTitle()))
						.append(" (`").append(section.getName()).append("`)\n\n");
				if (section.getAim() != null) {
					md.append(section.getAim()).append("\n\n");
				}
				items(md, section.getItems(), "");
				md.append('\n');
			}
			if (!framework.getThreads().isEmpty()) {
				md.append("## Golden threads\n\n");
				for (GoldenThread thread : framework.getThreads()) {
					md.append("- **").append(thread.getTitle()).append("** (`").append(thread.getName()).append("`)")
							.append(thread.getAbout() == null ? "" : ": " + thread.getAbout()).append('\n');
				}
				md.append('\n');
			}
			if (!framework.getOutcomes().isEmpty()) {
				md.append("## Key learning outcomes\n\n");
				for (LearningOutcome outcome : framework.getOutcomes()) {
					md.append("- `").append(outcome.getName()).append("` ").append(outcome.getText()).append('\n');
				}
				md.append('\n');
			}
			for (RequiredAssessment assessment : framework.getAssessments()) {
				md.append("## Assessment: ").append(assessment.getTitle()).append(" (").append(assessment.getStatus().getLiteral()).append(")\n\n");
				assessment.getAbout().forEach(a -> md.append(a).append("\n\n"));
				for (AssessmentElement element : assessment.getElements()) {
					md.append("- `").append(Ids.relativeId(element)).append("` ").append(element.getText()).append('\n');
				}
				md.append('\n');
			}
		} else if (document instanceof Course course) {
			md.append("# ").append(nonNull(course.getTitle())).append("\n\n");
			md.append("`").append(course.getName()).append("`");
			if (course.getProvider() != null) {
				md.append(", ").append(course.getProvider());
			}
			if (course.getFramework() != null && !course.getFramework().eIsProxy()) {
				md.append(", implementing ").append(course.getFramework().getTitle()).append(" (`")
						.append(GoldthreadQualifiedNameProvider.label(course.getFramework())).append("`)");
			}
			md.append("\n\n");
			course.getAbout().forEach(a -> md.append(a).append("\n\n"));
			for (Module module : course.getModules()) {
				md.append("## ").append(nonNull(module.getTitle())).append(" (`").append(module.getName()).append("`")
						.append(module.getCredits() > 0 ? ", " + module.getCredits() + " credits" : "").append(")\n\n");
				if (module.getAbout() != null) {
					md.append(module.getAbout()).append("\n\n");
				}
				for (TeachingDay day : module.getDays()) {
					md.append("### Day ").append(day.getNumber()).append(": ").append(nonNull(day.getTitle()))
							.append(day.getDate() == null ? "" : " (" + day.getDate() + ")").append("\n\n");
					for (Session session : day.getSessions()) {
						md.append("- **").append(nonNull(session.getTitle())).append("** (").append(session.getFormat().getLiteral())
								.append(session.getHours() > 0 ? ", " + hours(session.getHours()) : "").append(")\n");
						for (Coverage coverage : session.getCoverage()) {
							Item objective = coverage.getObjective();
							if (objective != null && !objective.eIsProxy()) {
								md.append("  - covers `").append(Ids.relativeId(objective)).append("`")
										.append(coverage.getStrength() == null ? "" : " (" + coverage.getStrength().getLiteral() + ")")
										.append(": ").append(objective.getText()).append('\n');
							}
						}
						List<String> threads = session.getThreads().stream().filter(t -> !t.eIsProxy()).map(GoldenThread::getTitle).toList();
						if (!threads.isEmpty()) {
							md.append("  - weaves: ").append(String.join(", ", threads)).append('\n');
						}
					}
					md.append('\n');
				}
			}
			if (!course.getStudyDays().isEmpty()) {
				md.append("## Study days\n\n");
				for (StudyDay day : course.getStudyDays()) {
					md.append("- ").append(day.getNumber()).append(": ").append(day.getTitle()).append('\n');
				}
				md.append('\n');
			}
			if (!course.getAssessments().isEmpty()) {
				md.append("## Assessments\n\n");
				for (CourseAssessment assessment : course.getAssessments()) {
					md.append("- **").append(assessment.getTitle()).append("** (").append(assessment.getForm().getLiteral())
							.append(assessment.getWeight() > 0 ? ", " + assessment.getWeight() + "%" : "")
							.append(assessment.isFormative() ? ", formative" : "").append(")\n");
				}
				md.append('\n');
			}
			if (!course.getGaps().isEmpty()) {
				md.append("## Justified gaps\n\n");
				for (JustifiedGap gap : course.getGaps()) {
					EObject element = gap.getElement();
					md.append("- `").append(element == null || element.eIsProxy() ? "?" : Ids.relativeId(element)).append("`: ")
							.append(gap.getReason()).append('\n');
				}
				md.append('\n');
			}
		} else if (document instanceof LocalPlan plan) {
			md.append("# ").append(nonNull(plan.getTitle())).append("\n\n`").append(plan.getName()).append("`")
					.append(plan.getOrganisation() == null ? "" : ", " + plan.getOrganisation()).append("\n\n");
			plan.getAbout().forEach(a -> md.append(a).append("\n\n"));
			md.append("## Actions\n\n| Action | Owner | Due | Status |\n|---|---|---|---|\n");
			for (PlanAction action : plan.getActions()) {
				md.append("| ").append(cell(action.getText())).append(" | ").append(cell(action.getOwner())).append(" | ")
						.append(cell(action.getDue())).append(" | ").append(action.getStatus() == null ? "" : action.getStatus().getLiteral())
						.append(" |\n");
			}
		}
		return md.toString();
	}

	private static void items(StringBuilder md, List<Item> items, String indent) {
		for (Item item : items) {
			md.append(indent).append("- ").append(item.getKind() == ItemKind.OBJECTIVE ? "" : "*" + item.getKind().getLiteral() + ":* ")
					.append("`").append(Ids.relativeId(item)).append("` ").append(item.getText()).append('\n');
			items(md, item.getChildren(), indent + "  ");
		}
	}

	private static Finding matching(ConformanceReport report, Issue issue) {
		for (Finding finding : report.getFindings()) {
			if (finding.getRuleId().equals(issue.getCode()) && finding.getMessage().equals(issue.getMessage())) {
				return finding;
			}
		}
		return null;
	}

	private static List<Issue> sorted(List<Issue> issues) {
		List<Issue> list = new ArrayList<>(issues);
		list.sort((a, b) -> Integer.compare(a.getLineNumber() == null ? 0 : a.getLineNumber(), b.getLineNumber() == null ? 0 : b.getLineNumber()));
		return list;
	}

	private static Document root(XtextResource resource) {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document d) ? null : d;
	}

	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

	private static String hours(double hours) {
		return (hours == Math.floor(hours) ? String.valueOf((int) hours) : String.valueOf(hours)) + "h";
	}

	private static String capitalise(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
