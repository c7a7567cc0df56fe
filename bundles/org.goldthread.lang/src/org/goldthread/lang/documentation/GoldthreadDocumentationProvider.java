package org.goldthread.lang.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.eclipse.xtext.documentation.impl.MultiLineCommentDocumentationProvider;

import com.google.inject.Inject;

/**
 * What a hover (in Eclipse or any LSP editor) shows for a framework element: its kind, id, full
 * text and where it belongs ({@link ElementDescriptions}, the same text as the ide module's hover
 * service), so a course designer sees the curriculum's words without leaving the course. Comments
 * written above an element are added below.
 */
public class GoldthreadDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private MultiLineCommentDocumentationProvider comments;

	@Override
	public String getDocumentation(EObject o) {
		String text = ElementDescriptions.describe(o);
		String comment = comments.getDocumentation(o);
		if (text == null) {
			return comment;
		}
		return comment == null || comment.isBlank() ? text : text + "\n\n" + comment;
	}
}
