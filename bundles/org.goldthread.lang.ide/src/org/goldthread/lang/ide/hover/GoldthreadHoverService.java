package org.goldthread.lang.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.goldthread.lang.documentation.ElementDescriptions;

import com.google.inject.Inject;

/**
 * Hovers on references and declarations: the framework element's kind, id, full text, theme and
 * framework ({@link ElementDescriptions}). Bound in the ide module, so the Eclipse editor and the
 * language server show the same text.
 */
public class GoldthreadHoverService extends HoverService {

	@Inject
	private EObjectAtOffsetHelper eObjectAtOffsetHelper;

	/** On a reference, the hovered range is the whole id ({@code landscape.ukPolicy}), not just the token under the mouse. */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		HoverContext context = super.createContext(document, resource, offset);
		if (context == null) {
			return null;
		}
		INode reference = eObjectAtOffsetHelper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			return new HoverContext(document, resource, offset, new TextRegion(reference.getOffset(), reference.getLength()),
					context.getElement());
		}
		return context;
	}

	@Override
	public String getContents(EObject element) {
		try {
			String description = ElementDescriptions.describe(element);
			return description != null ? description : super.getContents(element);
		} catch (RuntimeException e) {
			// a half-typed model must never break a hover
			return null;
		}
	}
}
