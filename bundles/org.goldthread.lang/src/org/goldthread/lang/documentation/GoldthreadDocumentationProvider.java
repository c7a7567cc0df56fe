package org.goldthread.lang.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.ContentIdea;
import org.goldthread.model.Expectation;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;

import com.google.inject.Inject;

/**
 * What a hover (in Eclipse or any LSP editor) shows for a framework element: its kind, id, full
 * text and where it belongs, so a course designer sees the curriculum's words without leaving the
 * course. Comments written above an element are added below.
 */
public class GoldthreadDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private MultiLineCommentDocumentationProvider comments;

	@Override
	public String getDocumentation(EObject o) {
		String text = describe(o);
		String comment = comments.getDocumentation(o);
		if (text == null) {
			return comment;
		}
		return comment == null || comment.isBlank() ? text : text + "\n\n" + comment;
	}

	static String describe(EObject o) {
		String head = Labels.kindOf(o) + " **" + Ids.relativeId(o) + "**";
		if (o instanceof Item item) {
			StringBuilder s = new StringBuilder(head).append(" — ").append(item.getText());
			for (Item child : item.getChildren()) {
				s.append("\n- ").append(child.getText());
			}
			Section theme = theme(o);
			return s.append(theme == null ? "" : "\n\n" + Labels.kindOf(theme) + ": " + theme.getTitle()).append(source(o)).toString();
		} else if (o instanceof Section section) {
			return head + " — " + section.getTitle() + (section.getAim() == null ? "" : "\n\nAim: " + section.getAim()) + source(o);
		} else if (o instanceof GoldenThread thread) {
			StringBuilder s = new StringBuilder(head).append(" — ").append(thread.getTitle());
			if (thread.getAbout() != null) {
				s.append("\n\n").append(thread.getAbout());
			}
			for (Expectation e : thread.getExpectations()) {
				s.append("\n- ").append(e.getText());
			}
			return s.append(source(o)).toString();
		} else if (o instanceof LearningOutcome outcome) {
			return head + " — " + outcome.getText() + source(o);
		} else if (o instanceof RequiredAssessment assessment) {
			return head + " — " + assessment.getTitle() + " (" + assessment.getStatus().getLiteral() + ")"
					+ (assessment.getAbout().isEmpty() ? "" : "\n\n" + String.join(" ", assessment.getAbout())) + source(o);
		} else if (o instanceof AssessmentElement element) {
			return head + " — " + element.getText() + source(o);
		} else if (o instanceof Pathway pathway) {
			return head + " — " + pathway.getTitle() + (pathway.isAssessmentAdvisory() ? " (formal assessment is advisory)" : "") + source(o);
		} else if (o instanceof Resource resource) {
			return head + " — " + resource.getTitle() + (resource.getYear() > 0 ? " (" + resource.getYear() + ")" : "")
					+ (resource.getAbout() == null ? "" : "\n\n" + resource.getAbout()) + source(o);
		} else if (o instanceof ContentIdea idea) {
			return "content idea — " + idea.getText() + source(o);
		} else if (o instanceof Framework framework) {
			return framework.getKind().getLiteral() + " **" + framework.getName() + "** — " + framework.getTitle()
					+ (framework.getVersion() == null ? "" : ", version " + framework.getVersion())
					+ (framework.getPublisher() == null ? "" : ", published by " + framework.getPublisher());
		}
		return null;
	}

	private static Section theme(EObject o) {
		for (EObject e = o.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Section s) {
				return s;
			}
		}
		return null;
	}

	private static String source(EObject o) {
		return Ids.documentOf(o) instanceof Framework f ? "\n\n(" + f.getTitle() + (f.getVersion() == null ? "" : " " + f.getVersion()) + ")" : "";
	}
}
