package org.goldthread.lang.documentation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.goldthread.lang.naming.GoldthreadQualifiedNameProvider;
import org.goldthread.model.AllowedForm;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.ContentIdea;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Expectation;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Modal;
import org.goldthread.model.Module;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/**
 * What an element of a framework, course or plan is, in words: the full description (markdown) that
 * hovers show, and the one-line summary content assist shows next to a proposal. Shared by the
 * Eclipse editor and the language server (through the ide module's hover service and content
 * assist) and by the language's {@link GoldthreadDocumentationProvider}: the one description of
 * each kind of element.
 */
public final class ElementDescriptions {

	private ElementDescriptions() {
	}

	/** Markdown: the kind and id in bold, then the element's full text, its theme and its framework. Null for unknown kinds. */
	public static String describe(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		StringBuilder md = new StringBuilder();
		String id = Ids.relativeId(element);
		if (element instanceof Item item) {
			heading(md, capitalise(Labels.kindOf(item)), id);
			paragraph(md, item.getText());
			List<Item> children = item.getChildren();
			if (!children.isEmpty()) {
				for (Item child : children) {
					md.append("\n- `").append(child.getName()).append("` ").append(child.getText());
				}
				if (item.getKind() == ItemKind.OBJECTIVE) {
					paragraph(md, "Covered through its sub-objectives: a session names those, not this one.");
				}
			}
			theme(md, item);
		} else if (element instanceof GoldenThread thread) {
			heading(md, "Golden thread", id);
			md.append(" — ").append(nonNull(thread.getTitle()));
			paragraph(md, thread.getAbout());
			for (Expectation expectation : thread.getExpectations()) {
				md.append("\n- ").append(expectation.getAspect() == ExpectationAspect.DELIVERY ? "*in delivery:* "
						: expectation.getAspect() == ExpectationAspect.PRACTICE ? "*in practice:* "
						: expectation.getAspect() == ExpectationAspect.ASSESSMENT ? "*in assessment:* " : "").append(expectation.getText());
			}
			if (thread.isAcrossThemes()) {
				paragraph(md, "To be related to every theme.");
			}
		} else if (element instanceof Section section) {
			heading(md, capitalise(Labels.kindOf(section)), id);
			md.append(" — ").append(nonNull(section.getTitle()));
			paragraph(md, section.getAim());
			long objectives = section.getItems().stream().filter(i -> i.getKind() == ItemKind.OBJECTIVE).count();
			if (objectives > 0) {
				paragraph(md, objectives + " learning objective" + (objectives == 1 ? "" : "s") + ".");
			}
		} else if (element instanceof LearningOutcome outcome) {
			heading(md, "Key learning outcome", id);
			paragraph(md, outcome.getText());
			if (!outcome.getThemes().isEmpty()) {
				StringBuilder themes = new StringBuilder("Relates to ");
				for (int i = 0; i < outcome.getThemes().size(); i++) {
					Section theme = outcome.getThemes().get(i);
					themes.append(i == 0 ? "" : ", ").append(theme.eIsProxy() ? "?" : "'" + theme.getTitle() + "'");
				}
				paragraph(md, themes.append('.').toString());
			}
		} else if (element instanceof RequiredAssessment assessment) {
			heading(md, "Required assessment", id);
			md.append(" — ").append(nonNull(assessment.getTitle())).append(" (").append(assessment.getStatus().getLiteral()).append(')');
			assessment.getAbout().forEach(a -> paragraph(md, a));
			if (!assessment.getForms().isEmpty()) {
				boolean examples = assessment.getForms().stream().noneMatch(f -> Modalities.checked(Modalities.of(f)));
				StringBuilder forms = new StringBuilder(examples ? "Forms given as examples (others are allowed): " : "Allowed forms: ");
				for (int i = 0; i < assessment.getForms().size(); i++) {
					AllowedForm form = assessment.getForms().get(i);
					forms.append(i == 0 ? "" : ", ").append(form.getForm().getLiteral());
				}
				paragraph(md, forms.append('.').toString());
			}
			for (AssessmentElement e : assessment.getElements()) {
				md.append("\n- `").append(e.getName()).append("` ").append(e.getText());
			}
		} else if (element instanceof AssessmentElement assessmentElement) {
			heading(md, "Assessment element", id);
			paragraph(md, assessmentElement.getText());
		} else if (element instanceof Pathway pathway) {
			heading(md, "Pathway", id);
			md.append(" — ").append(nonNull(pathway.getTitle()));
			pathway.getAbout().forEach(a -> paragraph(md, a));
			if (pathway.isAssessmentAdvisory()) {
				paragraph(md, "Formal assessment is advisory on this pathway.");
			}
		} else if (element instanceof Resource resource) {
			heading(md, capitalise(Labels.kindOf(resource)), id);
			md.append(" — ").append(nonNull(resource.getTitle())).append(resource.getYear() > 0 ? " (" + resource.getYear() + ")" : "");
			paragraph(md, resource.getAbout());
		} else if (element instanceof ContentIdea idea) {
			heading(md, "Content idea", id);
			paragraph(md, idea.getText());
		} else if (element instanceof Framework framework) {
			heading(md, capitalise(framework.getKind().getLiteral()), GoldthreadQualifiedNameProvider.label(framework));
			md.append(" — ").append(nonNull(framework.getTitle()));
			if (framework.getPublisher() != null) {
				paragraph(md, "Published by " + framework.getPublisher() + (framework.getYear() > 0 ? ", " + framework.getYear() : "") + ".");
			}
			return md.toString();
		} else if (element instanceof Course course) {
			heading(md, "Course", course.getName());
			md.append(" — ").append(nonNull(course.getTitle()));
			return md.toString();
		} else if (element instanceof LocalPlan plan) {
			heading(md, "Local workforce plan", plan.getName());
			md.append(" — ").append(nonNull(plan.getTitle()));
			return md.toString();
		} else if (element instanceof Module module) {
			heading(md, "Module", module.getName());
			md.append(" — ").append(nonNull(module.getTitle()));
			paragraph(md, module.getAbout());
			return md.toString();
		} else if (element instanceof Session session) {
			heading(md, "Session", session.getName() == null ? "" : session.getName());
			md.append(" — ").append(nonNull(session.getTitle()));
			if (session.eContainer() instanceof TeachingDay day) {
				paragraph(md, (day.getKind() == org.goldthread.model.DayKind.TEACHING ? "Day " + day.getNumber()
						: "Non-teaching " + day.getKind().getLiteral() + " day") + ": " + nonNull(day.getTitle()) + ".");
			}
			return md.toString();
		} else if (element instanceof CourseAssessment assessment) {
			heading(md, "Assessment", assessment.getName());
			md.append(" — ").append(nonNull(assessment.getTitle()));
			return md.toString();
		} else {
			return null;
		}
		modality(md, element);
		framework(md, element);
		return md.toString();
	}

	/** "*Required by the curriculum: “should be covered …”*": how strongly the framework says the element applies. */
	private static void modality(StringBuilder md, EObject element) {
		if (element instanceof Modal && Modalities.frameworkOf(element) != null) {
			String how = Modalities.describe(Modalities.of(element), Modalities.frameworkOf(element));
			String phrase = Modalities.phrase(element);
			paragraph(md, "*" + capitalise(how) + (phrase == null ? "" : ": “" + phrase + "”") + ".*");
		}
	}

	/** One line for a content-assist proposal: the element's text (or title), then its theme. */
	public static String summary(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		String text;
		if (element instanceof Item item) {
			text = item.getText();
		} else if (element instanceof GoldenThread thread) {
			text = thread.getTitle();
		} else if (element instanceof Section section) {
			text = section.getTitle();
		} else if (element instanceof LearningOutcome outcome) {
			text = outcome.getText();
		} else if (element instanceof RequiredAssessment assessment) {
			text = assessment.getTitle();
		} else if (element instanceof AssessmentElement e) {
			text = e.getText();
		} else if (element instanceof Pathway pathway) {
			text = pathway.getTitle();
		} else if (element instanceof Resource resource) {
			text = resource.getTitle();
		} else if (element instanceof Framework framework) {
			text = framework.getTitle();
		} else {
			return null;
		}
		Section theme = themeOf(element);
		String line = nonNull(text);
		if (theme != null && theme != element) {
			line = line + " — " + Labels.kindOf(theme) + ": " + nonNull(theme.getTitle());
		}
		return line;
	}

	/** The theme (or other section) an element belongs to, or null. */
	public static Section themeOf(EObject element) {
		return EcoreUtil2.getContainerOfType(element, Section.class);
	}

	private static void heading(StringBuilder md, String kind, String id) {
		md.append("**").append(kind).append("**");
		if (id != null && !id.isEmpty()) {
			md.append(" `").append(id).append('`');
		}
	}

	private static void paragraph(StringBuilder md, String text) {
		if (text != null && !text.isBlank()) {
			md.append("\n\n").append(text.strip());
		}
	}

	private static void theme(StringBuilder md, EObject element) {
		Section theme = themeOf(element);
		if (theme != null) {
			paragraph(md, capitalise(Labels.kindOf(theme)) + " `" + theme.getName() + "`: " + nonNull(theme.getTitle()));
		}
	}

	private static void framework(StringBuilder md, EObject element) {
		if (Ids.documentOf(element) instanceof Framework framework) {
			paragraph(md, "*" + GoldthreadQualifiedNameProvider.label(framework) + "* — " + nonNull(framework.getTitle()));
		}
	}

	private static String capitalise(String s) {
		return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
