package org.goldthread.conformance.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goldthread.conformance.CourseFacts;
import org.goldthread.conformance.FindingCollector;
import org.goldthread.conformance.Rule;
import org.goldthread.model.AllowedForm;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentStatus;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.support.Labels;

/** Required assessments, their forms and elements, oral and written work, outcomes and objectives assessed. */
public final class AssessmentRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private AssessmentRules() {
	}

	public static void check(CourseFacts f, FindingCollector out) {
		Set<AssessmentElement> addressed = new HashSet<>();
		f.course.getAssessments().forEach(a -> addressed.addAll(a.getElements()));
		for (RequiredAssessment required : f.framework.getAssessments()) {
			if (required.getStatus() != AssessmentStatus.REQUIRED) {
				continue;
			}
			List<CourseAssessment> fulfilling = f.summative.stream().filter(a -> a.getFulfils() == required).toList();
			if (fulfilling.isEmpty()) {
				out.add(Rule.ASSESSMENT_MISSING, f.course, GT.getIdentified_Name(), "The required assessment '" + required.getTitle()
						+ "' is missing: no summative assessment fulfils '" + required.getName() + "'.")
						.about(required).quoting(String.join(" ", required.getAbout()))
						.fix("Add `assessment <id> \"…\" fulfils " + required.getName() + " form " + firstForm(required) + " { … }`.");
				continue;
			}
			for (CourseAssessment assessment : fulfilling) {
				List<AllowedForm> forms = required.getForms();
				if (!forms.isEmpty() && forms.stream().noneMatch(af -> af.getForm() == assessment.getForm())) {
					out.add(Rule.FORM_NOT_ALLOWED, assessment, GT.getCourseAssessment_Form(), "'" + assessment.getForm().getLiteral()
							+ "' is not an allowed form for '" + required.getTitle() + "' (allowed: " + allowed(required) + ").")
							.about(required).quoting(String.join(" ", required.getAbout()))
							.fix("Use one of: " + allowed(required) + ".");
				}
			}
			for (AssessmentElement element : required.getElements()) {
				if (!addressed.contains(element)) {
					out.add(Rule.ELEMENT_NOT_ADDRESSED, fulfilling.get(0), GT.getIdentified_Name(), "'" + required.getTitle()
							+ "' does not address the listed element '" + f.id(element) + "': " + element.getText())
							.about(element).quoting(element.getText())
							.fix("Add `addresses " + f.id(element) + "` to " + fulfilling.get(0).getName() + ", or justify a gap.");
				}
			}
		}
		boolean oral = f.summative.stream().anyMatch(a -> Labels.isOral(a.getForm()));
		boolean written = f.summative.stream().anyMatch(a -> Labels.isWritten(a.getForm()));
		if (!oral || !written) {
			String missing = !oral && !written ? "neither oral nor written" : !oral ? "no oral" : "no written";
			out.add(Rule.ORAL_AND_WRITTEN, f.course, GT.getIdentified_Name(), "The course's summative assessment has " + missing
					+ " work; the curriculum asks for a combination of oral and written assignments.")
					.fix(!oral ? "Add an oral assessment (presentation, in-vivo, podcast or viva)."
							: "Add a written assessment (written-report, essay, reflective-log or portfolio).");
		}
		Set<LearningOutcome> assessed = new HashSet<>();
		f.summative.forEach(a -> assessed.addAll(a.getOutcomes()));
		for (LearningOutcome outcome : f.framework.getOutcomes()) {
			if (!assessed.contains(outcome) && f.gapFor(outcome) == null) {
				out.add(Rule.OUTCOME_NOT_ASSESSED, f.course, GT.getIdentified_Name(), "Key learning outcome '" + outcome.getName()
						+ "' is not assessed by any summative assessment.")
						.about(outcome).quoting(outcome.getText())
						.fix("Add `assesses " + outcome.getName() + "` to the assessment that examines it.");
			}
		}
		Map<Section, List<String>> unreached = new LinkedHashMap<>();
		for (Item objective : f.objectives) {
			if (CourseFacts.isLeaf(objective) && f.gapFor(objective) == null && !reached(f, objective)) {
				unreached.computeIfAbsent(f.themeOf.get(objective), k -> new ArrayList<>()).add(f.id(objective));
			}
		}
		unreached.forEach((theme, ids) -> out.add(Rule.OBJECTIVE_NOT_ASSESSED, f.course, GT.getIdentified_Name(), ids.size()
				+ " objective(s) of theme '" + theme.getTitle() + "' are not reached by any assessment: " + String.join(", ", ids) + ".")
				.about(theme)
				.fix("Name them with `reaches` in an assessment, or assess a key learning outcome that covers theme " + theme.getName() + "."));
	}

	/** Reached directly ({@code reaches} the objective or an enclosing one) or through an assessed outcome relating its theme. */
	public static boolean reached(CourseFacts f, Item objective) {
		return f.reached(objective, o -> isReached(f, o));
	}

	private static boolean isReached(CourseFacts f, Item objective) {
		Section theme = f.themeOf.get(objective);
		for (CourseAssessment assessment : f.summative) {
			for (Item target : assessment.getObjectives()) {
				for (Object e = objective; e instanceof Item item; e = item.eContainer()) {
					if (item == target) {
						return true;
					}
				}
			}
			for (LearningOutcome outcome : assessment.getOutcomes()) {
				if (!outcome.eIsProxy() && CourseFacts.refersTo(outcome.getThemes(), theme)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String allowed(RequiredAssessment required) {
		List<String> forms = new ArrayList<>();
		required.getForms().forEach(af -> forms.add(af.getForm().getLiteral()));
		return String.join(", ", forms);
	}

	private static String firstForm(RequiredAssessment required) {
		return required.getForms().isEmpty() ? "written-report" : required.getForms().get(0).getForm().getLiteral();
	}
}
