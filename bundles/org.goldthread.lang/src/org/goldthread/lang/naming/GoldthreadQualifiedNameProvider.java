package org.goldthread.lang.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;

/**
 * Qualified ids join the ids of the named containers, starting with the document's id:
 * {@code cypmh.leadership.inclusion.concepts.equity}. Unnamed containers (appendices, delivery
 * blocks) add nothing. Documents' ids may themselves contain dots.
 */
public class GoldthreadQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

	/**
	 * The id of {@code element} relative to its document, e.g. {@code landscape.ukPolicy}; this is how
	 * a course names a framework's elements. Null for unnamed elements.
	 */
	public QualifiedName getRelativeName(EObject element) {
		QualifiedName full = getFullyQualifiedName(element);
		if (full == null) {
			return null;
		}
		EObject root = element;
		while (root.eContainer() != null) {
			root = root.eContainer();
		}
		if (root == element || !(root instanceof Document document) || document.getName() == null) {
			return full;
		}
		QualifiedName rootName = getFullyQualifiedName(root);
		if (rootName != null && full.startsWith(rootName) && full.getSegmentCount() > rootName.getSegmentCount()) {
			return full.skipFirst(rootName.getSegmentCount());
		}
		return full;
	}

	/** The framework's id and version as one would write them: {@code cypmh.leadership 2024}. */
	public static String label(Framework framework) {
		String version = framework.getVersion();
		return framework.getName() + (version == null || version.isEmpty() ? "" : " " + version);
	}
}
