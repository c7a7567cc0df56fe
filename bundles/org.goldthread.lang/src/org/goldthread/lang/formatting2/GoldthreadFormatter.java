package org.goldthread.lang.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * One canonical layout: one clause per line, blocks indented by a tab, a blank line between the
 * top-level blocks of a document.
 */
public class GoldthreadFormatter extends AbstractJavaFormatter {

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof EObject element) {
			formatElement(element, document);
			for (EObject child : element.eContents()) {
				format(child, document);
			}
		} else {
			super.format(obj, document);
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : regionFor(element).keywordPairs("{", "}")) {
			document.interior(braces, it -> it.indent());
			document.append(braces.getKey(), it -> it.newLine());
			document.prepend(braces.getValue(), it -> it.newLine());
		}
	}
}
