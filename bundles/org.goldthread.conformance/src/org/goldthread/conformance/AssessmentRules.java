package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.goldthread.model.AllowedForm;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentMix;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Modality;
import org.goldthread.model.OutcomeAlignment;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/** Required assessments, their forms and elements, oral and written work, outcomes and objectives assessed. */
public final class AssessmentRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private AssessmentRules() {
	}

	public static void check(CourseFacts f, FindingCollector out) {
		Set<AssessmentElement> addressed = new HashSet<>();
		f.course.getAssessments().forEach(a -> addressed.addAll(a.getElements()));
		Pathway advisory = out.advisoryPathway();
		if (f.course.getAssessments().isEmpty()) {
			noAssessmentAtAll(f, out, advisory);
			return;
		}
		for (RequiredAssessment required : f.framework.getAssessments()) {
			Modality modality = Modalities.of(required);
			if (!Modalities.checked(modality)) {
				continue;
			}
			List<CourseAssessment> fulfilling = f.summative.stream().filter(a -> a.getFulfils() == required).toList();
			if (fulfilling.isEmpty() && advisory != null
					&& f.course.getAssessments().stream().anyMatch(a -> a.isFormative() && a.getFulfils() == required)) {
				continue; // where formal assessment is advisory, non-assessed work on it is what the pathway describes
			}
			if (fulfilling.isEmpty()) {
				String message = advisory != null
						? "Advised: an assessment of '" + required.getTitle() + "' (no assessment fulfils '" + required.getName() + "')."
						: "The " + (modality == Modality.REQUIRED ? "required" : "advised") + " assessment '" + required.getTitle()
								+ "' is missing: no summative assessment fulfils '" + required.getName() + "'.";
				out.add(Rule.ASSESSMENT_MISSING, f.course, GT.getIdentified_Name(), message)
						.about(required).quoting(String.join(" ", required.getAbout()))
						.fix("Add `assessment <id> \"…\" fulfils " + required.getName() + " form " + firstForm(required) + " { … }`.");
				continue;
			}
			for (CourseAssessment assessment : fulfilling) {
				checkForm(f, out, required, assessment);
			}
			checkAlignment(out, required, fulfilling);
			for (AssessmentElement element : required.getElements()) {
				if (!addressed.contains(element) && Modalities.checked(Modalities.of(element))) {
					out.add(Rule.ELEMENT_NOT_ADDRESSED, fulfilling.get(0), GT.getIdentified_Name(), "'" + required.getTitle()
							+ "' does not address the listed element '" + f.id(element) + "': " + element.getText())
							.about(element).quoting(element.getText())
							.fix("Add `addresses " + f.id(element) + "` to " + fulfilling.get(0).getName() + ", or justify a gap.");
				}
			}
		}
		AssessmentMix mix = f.framework.getMix();
		boolean oral = f.summative.stream().anyMatch(a -> Labels.isOral(a.getForm()));
		boolean written = f.summative.stream().anyMatch(a -> Labels.isWritten(a.getForm()));
		boolean formsTbc = f.summative.stream().anyMatch(CourseAssessment::isFormTbc);
		if (mix != null && Modalities.checked(Modalities.of(mix)) && (!oral || !written) && !formsTbc) {
			String missing = !oral && !written ? "neither oral nor written" : !oral ? "no oral" : "no written";
			out.add(Rule.ORAL_AND_WRITTEN, f.course, GT.getIdentified_Name(), "The course's summative assessment has " + missing
					+ " work; the " + f.framework.getKind().getLiteral() + " asks for a combination of oral and written assignments.")
					.about(mix).quoting(mix.getModalPhrase())
					.fix(!oral ? "Add an oral assessment (presentation, in-vivo, podcast or viva)."
							: "Add a written assessment (written-report, essay, reflective-log or portfolio).");
		}
		Set<LearningOutcome> assessed = new HashSet<>();
		f.summative.forEach(a -> assessed.addAll(a.getOutcomes()));
		for (LearningOutcome outcome : f.framework.getOutcomes()) {
			if (!assessed.contains(outcome) && f.gapFor(outcome) == null && Modalities.checked(Modalities.of(outcome))) {
				out.add(Rule.OUTCOME_NOT_ASSESSED, f.course, GT.getIdentified_Name(), "Key learning outcome '" + outcome.getName()
						+ "' is not assessed by any summative assessment.")
						.about(outcome).quoting(outcome.getText())
						.fix("Add `assesses " + outcome.getName() + "` to the assessment that examines it.");
			}
		}
		Map<Section, List<String>> unreached = new LinkedHashMap<>();
		for (Item objective : f.objectives) {
			if (CourseFacts.isLeaf(objective) && Modalities.checked(Modalities.of(objective)) && f.gapFor(objective) == null
					&& !reached(f, objective)) {
				unreached.computeIfAbsent(f.themeOf.get(objective), k -> new ArrayList<>()).add(f.id(objective));
			}
		}
		unreached.forEach((theme, ids) -> out.add(Rule.OBJECTIVE_NOT_ASSESSED, f.course, GT.getIdentified_Name(), ids.size()
				+ " objective(s) of theme '" + theme.getTitle() + "' are not reached by any assessment: " + String.join(", ", ids) + ".")
				.about(theme).modality(Modalities.of(theme), null, null) // the theme's phrase is about teaching it, not assessing it
				.fix("Name them with `reaches` in an assessment, or assess a key learning outcome that covers theme " + theme.getName() + "."));
		threadsExamined(f, out);
	}

	/**
	 * Golden threads the framework expects assessments to examine ({@code expect assessment "…"},
	 * seed 001: "with specific reference to the ‘golden threads’ of the curriculum") and that no
	 * summative assessment {@code weaves}; the severity is the expectation's modality (advised: a
	 * warning). When no assessment weaves any of them, one finding lists them all.
	 */
	private static void threadsExamined(CourseFacts f, FindingCollector out) {
		if (f.summative.isEmpty()) {
			return; // no summative assessment: reported once as missing
		}
		Set<org.goldthread.model.GoldenThread> woven = new HashSet<>();
		f.summative.forEach(a -> woven.addAll(a.getThreads()));
		Map<org.goldthread.model.GoldenThread, org.goldthread.model.Expectation> missing = new LinkedHashMap<>();
		for (org.goldthread.model.GoldenThread thread : f.framework.getThreads()) {
			for (org.goldthread.model.Expectation expectation : thread.getExpectations()) {
				if (expectation.getAspect() == org.goldthread.model.ExpectationAspect.ASSESSMENT && Modalities.checked(Modalities.of(expectation))
						&& !woven.contains(thread) && f.gapFor(thread) == null) {
					missing.put(thread, expectation);
					break;
				}
			}
		}
		if (missing.isEmpty()) {
			return;
		}
		CourseAssessment first = f.summative.get(0);
		if (woven.isEmpty() && missing.size() > 1) {
			var expectation = missing.values().iterator().next();
			out.add(Rule.THREAD_NOT_ASSESSED, first, GT.getIdentified_Name(), "No summative assessment examines a golden thread; the "
					+ kind(f) + " expects its assessments to refer to " + missing.size() + " threads: "
					+ String.join(", ", missing.keySet().stream().map(org.goldthread.model.GoldenThread::getName).toList()) + ".")
					.about(missing.keySet().iterator().next()).modality(Modalities.of(expectation), Modalities.phrase(expectation), null)
					.quoting(expectation.getText())
					.fix("Add `weaves <threads>` to the assessments that examine them, e.g. `weaves "
							+ String.join(", ", missing.keySet().stream().map(org.goldthread.model.GoldenThread::getName).toList()) + "`.");
			return;
		}
		missing.forEach((thread, expectation) -> out.add(Rule.THREAD_NOT_ASSESSED, first, GT.getIdentified_Name(), "Golden thread '"
				+ thread.getTitle() + "' is not examined by any summative assessment.")
				.about(thread).modality(Modalities.of(expectation), Modalities.phrase(expectation), null)
				.quoting(expectation.getText())
				.fix("Add `weaves " + thread.getName() + "` to the assessment that examines it."));
	}

	/**
	 * A course with no assessment at all: one finding (not one per required assessment, outcome and
	 * theme) naming what the framework asks to be assessed.
	 */
	private static void noAssessmentAtAll(CourseFacts f, FindingCollector out, Pathway advisory) {
		List<RequiredAssessment> checked = f.framework.getAssessments().stream().filter(a -> Modalities.checked(Modalities.of(a))).toList();
		List<String> outcomes = f.framework.getOutcomes().stream()
				.filter(o -> Modalities.checked(Modalities.of(o)) && f.gapFor(o) == null).map(LearningOutcome::getName).toList();
		if (checked.isEmpty() && outcomes.isEmpty()) {
			return;
		}
		List<String> titles = checked.stream().map(a -> "'" + a.getTitle() + "'").toList();
		String what = (titles.isEmpty() ? "" : "the assessments " + String.join(" and ", titles))
				+ (outcomes.isEmpty() ? "" : (titles.isEmpty() ? "" : ", and ") + "the key learning outcomes " + String.join(", ", outcomes));
		String message = advisory != null ? "Advised: the course plans no assessment at all; on this pathway the " + kind(f) + " advises " + what + "."
				: "The course has no assessment at all; the " + kind(f) + " asks for " + what + ".";
		var finding = out.add(Rule.ASSESSMENT_MISSING, f.course, GT.getIdentified_Name(), message)
				.fix("Add the assessments (`assessment <id> \"…\" fulfils <required assessment> form <form> { assesses <outcomes> }`).");
		if (!checked.isEmpty()) {
			finding.about(checked.get(0)).quoting(String.join(" ", checked.get(0).getAbout()));
		} else {
			finding.about(f.framework.getOutcomes().get(0));
		}
	}

	private static String kind(CourseFacts f) {
		return f.framework.getKind() == null ? "framework" : f.framework.getKind().getLiteral();
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

	/**
	 * A form the framework requires (its forms are a closed list) must be one of them: otherwise an
	 * error. Forms it gives as examples ("For example, this may include:") leave the HEI free: a
	 * form among them is fine, another one is information asking the course to say (in the
	 * assessment's {@code about}) how it assesses what is required; with that said, nothing.
	 */
	private static void checkForm(CourseFacts f, FindingCollector out, RequiredAssessment required, CourseAssessment assessment) {
		List<AllowedForm> forms = required.getForms();
		if (forms.isEmpty() || assessment.isFormTbc() || assessment.getForm() == null || forms.stream().anyMatch(af -> af.getForm() == assessment.getForm())) {
			return;
		}
		List<AllowedForm> binding = forms.stream().filter(af -> Modalities.checked(Modalities.of(af))).toList();
		String form = assessment.getForm().getLiteral();
		if (!binding.isEmpty()) {
			AllowedForm first = binding.get(0);
			out.add(Rule.FORM_NOT_ALLOWED, assessment, GT.getCourseAssessment_Form(), "'" + form + "' is not an allowed form for '"
					+ required.getTitle() + "' (allowed: " + allowed(binding) + ").")
					.about(required).modality(Modalities.of(first), Modalities.phrase(first), null)
					.quoting(passage(required))
					.fix("Use one of: " + allowed(binding) + ".");
		} else if (assessment.getAbout() == null || assessment.getAbout().isBlank()) {
			AllowedForm first = forms.get(0);
			out.add(Rule.FORM_NOT_ALLOWED, assessment, GT.getCourseAssessment_Form(), "The form '" + form + "' is not among the "
					+ f.framework.getKind().getLiteral() + "'s examples for '" + required.getTitle() + "' (" + allowed(forms)
					+ "); that is allowed: say how it assesses " + lowerFirst(required.getTitle()) + ".")
					.about(required).modality(Modalities.of(first), Modalities.phrase(first), null)
					.quoting(passage(required))
					.fix("Add `{ about \"…\" }` to " + assessment.getName() + ", saying how the " + form + " assesses "
							+ lowerFirst(required.getTitle()) + ".");
		}
	}

	/**
	 * The outcomes the framework aligns a required assessment with ("the assessment criteria for this assignment
	 * should align with … the core principles of CYP MH delivery"): some assessment that fulfils it assesses each.
	 */
	private static void checkAlignment(FindingCollector out, RequiredAssessment required, List<CourseAssessment> fulfilling) {
		OutcomeAlignment alignment = required.getAlignment();
		if (alignment == null || !Modalities.checked(Modalities.of(alignment))) {
			return;
		}
		for (LearningOutcome outcome : alignment.getOutcomes()) {
			if (outcome == null || outcome.eIsProxy() || fulfilling.stream().anyMatch(a -> a.getOutcomes().contains(outcome))) {
				continue;
			}
			List<String> names = fulfilling.stream().map(CourseAssessment::getName).toList();
			out.add(Rule.OUTCOME_NOT_ALIGNED, fulfilling.get(0), GT.getIdentified_Name(), "No assessment that fulfils '" + required.getName()
					+ "' (" + String.join(", ", names) + ") assesses the key learning outcome '" + outcome.getName() + "', which the "
					+ "framework aligns its assessment criteria with.")
					.about(outcome).modality(Modalities.of(alignment), Modalities.phrase(alignment), null)
					.quoting(required.getAbout().isEmpty() ? Rule.OUTCOME_NOT_ALIGNED.passage() : String.join(" ", required.getAbout()))
					.fix("Add `assesses " + outcome.getName() + "` to " + names.get(0) + " (in its `{ … }` block), if its criteria assess it.");
		}
	}

	/**
	 * The framework's words on the assessment: its paragraphs and, where its forms are examples, the lead-in
	 * ("For example, this may include:") and the forms. Required forms are stated in the paragraphs ("either
	 * through written assignments or oral presentations"); a lead-in then introduces the elements, not the forms.
	 */
	private static String passage(RequiredAssessment required) {
		List<String> parts = new ArrayList<>(required.getAbout());
		if (required.getForms().stream().anyMatch(af -> Modalities.checked(Modalities.of(af)))) {
			return String.join(" ", parts);
		}
		if (required.getIntro() != null) {
			parts.add(required.getIntro());
		}
		List<String> forms = new ArrayList<>();
		required.getForms().forEach(af -> forms.add(af.getText() != null ? af.getText() : af.getForm().getLiteral()));
		return String.join(" ", parts) + (forms.isEmpty() ? "" : " " + String.join("; ", forms));
	}

	private static String lowerFirst(String s) {
		return s == null || s.isEmpty() ? "it" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

	private static String allowed(List<AllowedForm> forms) {
		List<String> literals = new ArrayList<>();
		forms.forEach(af -> literals.add(af.getForm().getLiteral()));
		return String.join(", ", literals);
	}

	private static String firstForm(RequiredAssessment required) {
		return required.getForms().isEmpty() ? "written-report" : required.getForms().get(0).getForm().getLiteral();
	}
}
