package org.goldthread.model.support;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.Document;
import org.goldthread.model.Identified;

/**
 * Ids as a course writer sees them: an element's id relative to its document, joining the ids of
 * its named containers ({@code inclusion.concepts.equity}). Unnamed containers add nothing.
 */
public final class Ids {

	private Ids() {
	}

	/** The relative id, or null when the element (or its own id) is unnamed. */
	public static String relativeId(EObject element) {
		if (!(element instanceof Identified identified) || identified.getName() == null || element instanceof Document) {
			return element instanceof Document document ? document.getName() : null;
		}
		Deque<String> segments = new ArrayDeque<>();
		for (EObject e = element; e != null && !(e instanceof Document); e = e.eContainer()) {
			if (e instanceof Identified named && named.getName() != null) {
				segments.addFirst(named.getName());
			}
		}
		return String.join(".", segments);
	}

	/** The document (framework, course or plan) an element belongs to, or null. */
	public static Document documentOf(EObject element) {
		EObject e = element;
		while (e != null && !(e instanceof Document)) {
			e = e.eContainer();
		}
		return (Document) e;
	}
}
