package org.goldthread.model.support;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentForm;
import org.goldthread.model.ContentIdea;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;

/** Plain-English names of model kinds, for messages, hovers and reports. */
public final class Labels {

	private Labels() {
	}

	/**
	 * How a message names an element: its id; for an element whose id is missing (a file that did not
	 * parse completely) the start of its title or text in quotes; never "null".
	 */
	public static String nameOf(org.goldthread.model.Identified element) {
		if (element.getName() != null) {
			return element.getName();
		}
		for (var attribute : element.eClass().getEAllAttributes()) {
			if ((attribute.getName().equals("title") || attribute.getName().equals("text")) && element.eGet(attribute) instanceof String s
					&& !s.isBlank()) {
				return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
			}
		}
		return "(no id)";
	}

	/** "learning objective", "golden thread", "theme", ... for a framework element. */
	public static String kindOf(EObject element) {
		if (element instanceof Item item) {
			return itemKind(item.getKind());
		} else if (element instanceof Section section) {
			return switch (section.getKind()) {
				case THEME -> "theme";
				case RECOMMENDATION -> "recommendation";
				case STEP -> "step";
				case AREA -> "action area";
			};
		} else if (element instanceof GoldenThread) {
			return "golden thread";
		} else if (element instanceof LearningOutcome) {
			return "key learning outcome";
		} else if (element instanceof RequiredAssessment) {
			return "required assessment";
		} else if (element instanceof AssessmentElement) {
			return "assessment element";
		} else if (element instanceof Pathway) {
			return "pathway";
		} else if (element instanceof ContentIdea) {
			return "content idea";
		} else if (element instanceof Resource resource) {
			return switch (resource.getKind()) {
				case POLICY -> "policy";
				case LEGISLATION -> "piece of legislation";
				case GUIDANCE -> "guidance document";
				case LEADERSHIP_MODEL -> "leadership model";
				case SELF_ASSESSMENT -> "self-assessment tool";
				case PLANNING_TOOL -> "workforce planning tool";
				case REPORT -> "report";
			};
		}
		return element == null ? "element" : typeName(element.eClass());
	}

	public static String itemKind(ItemKind kind) {
		return switch (kind) {
			case OBJECTIVE -> "learning objective";
			case CONSIDERATION -> "key consideration";
			case RECOMMENDATION -> "recommendation";
			case ACTION -> "action";
			case FINDING -> "key finding";
			case POINT -> "thinking point";
		};
	}

	/** "golden thread" for the EClass GoldenThread; used when only the expected type is known. */
	public static String typeName(EClass type) {
		GoldthreadPackage p = GoldthreadPackage.eINSTANCE;
		if (type == p.getItem()) {
			return "requirement item";
		} else if (type == p.getGoldenThread()) {
			return "golden thread";
		} else if (type == p.getLearningOutcome()) {
			return "key learning outcome";
		} else if (type == p.getRequiredAssessment()) {
			return "required assessment";
		} else if (type == p.getAssessmentElement()) {
			return "assessment element";
		} else if (type == p.getFrameworkElement()) {
			return "framework element";
		} else if (type == p.getFramework()) {
			return "framework";
		} else if (type == p.getContentIdea()) {
			return "content idea";
		}
		// CamelCase -> lower-case words
		return type.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
	}

	/** Whether a form is oral (spoken) or written; the curriculum asks for a combination of both. */
	public static boolean isOral(AssessmentForm form) {
		return switch (form) {
			case PRESENTATION, IN_VIVO, PODCAST, VIVA -> true;
			default -> false;
		};
	}

	public static boolean isWritten(AssessmentForm form) {
		return switch (form) {
			case WRITTEN_REPORT, ESSAY, REFLECTIVE_LOG, PORTFOLIO, POSTER, EXAM -> true;
			default -> false;
		};
	}
}
