package org.goldthread.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Document;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Identified;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Session;
import org.goldthread.model.support.Ids;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.conformance.ShippedFrameworkHandler;

/**
 * Who refers to an element: the element declared or referred to at an offset, and its occurrences
 * in a resource (references resolved by the linker, compared by document and id, so the same element
 * reached through different resource sets still matches), each with the session, assessment or gap
 * it belongs to. The base of Find References, Mark Occurrences and Rename.
 */
public final class ElementReferences {

	private ElementReferences() {
	}

	/** An element by its document's URI and its id within the document ("landscape.ukPolicy"). */
	public record Target(URI uri, String id, String name, String kind, boolean shipped) {

		public String label() {
			return kind + " '" + id + "'";
		}
	}

	/**
	 * An occurrence: where ({@code offset}, {@code length} of the whole reference or name), the
	 * element's own name within it ({@code nameOffset}), whether it is the declaration, and its context.
	 */
	public record Occurrence(URI uri, int offset, int length, int nameOffset, int line, boolean declaration, String context,
			String text) {
	}

	/** The element declared (on its name) or referred to at {@code offset}, or null. */
	public static Target targetAt(XtextResource resource, int offset) {
		EObject element = elementAt(resource, offset);
		return element == null ? null : targetOf(element);
	}

	static EObject elementAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = GoldthreadLanguage.get(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference != null) {
			EObject target = helper.getCrossReferencedElement(reference);
			return target == null || target.eIsProxy() || target.eResource() == null ? null : target;
		}
		EObject element = helper.resolveElementAt(resource, offset);
		for (EObject e = element; e != null; e = e.eContainer()) {
			INode name = nameNode(e);
			if (name != null && offset >= name.getOffset() && offset <= name.getEndOffset()) {
				return e;
			}
		}
		return null;
	}

	/** The element as a target, or null when it has no id. */
	public static Target targetOf(EObject element) {
		String id = Ids.relativeId(element);
		if (!(element instanceof Identified identified) || identified.getName() == null || id == null || element.eResource() == null) {
			return null;
		}
		URI uri = element.eResource().getURI();
		return new Target(uri, id, identified.getName(), kindOf(element), ShippedFrameworkHandler.isShipped(uri) || !uri.isPlatformResource());
	}

	/** The node of an element's name (its declaration), or null. */
	static INode nameNode(EObject element) {
		if (!(element instanceof Identified) || element instanceof Document && element.eContainer() != null) {
			return null;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, GoldthreadPackage.Literals.IDENTIFIED__NAME);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	/**
	 * The occurrences of {@code target} in {@code resource}: references to it (and, with
	 * {@code descendants}, to the elements within it, whose references name it as a prefix), and its
	 * declaration when the resource is its document. In text order.
	 */
	public static List<Occurrence> occurrencesIn(XtextResource resource, Target target, boolean descendants) {
		List<Occurrence> result = new ArrayList<>();
		if (resource.getParseResult() == null || target == null) {
			return result;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		String text = root.getText();
		EObjectAtOffsetHelper helper = GoldthreadLanguage.get(EObjectAtOffsetHelper.class);
		boolean own = resource.getURI().equals(target.uri());
		for (INode node : root.getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference) {
				EObject referenced = helper.getCrossReferencedElement(node);
				if (referenced == null || referenced.eIsProxy() || referenced.eResource() == null
						|| !referenced.eResource().getURI().equals(target.uri())) {
					continue;
				}
				String id = Ids.relativeId(referenced);
				if (id == null || !(id.equals(target.id()) || descendants && id.startsWith(target.id() + "."))) {
					continue;
				}
				int nameOffset = nameOffsetIn(text, node, target, id);
				if (nameOffset >= 0) {
					result.add(occurrence(resource, text, node, nameOffset, false));
				}
			} else if (own && node.getLength() == target.name().length() && text.startsWith(target.name(), node.getOffset())) {
				EObject semantic = node.getSemanticElement();
				if (semantic != null && node == nameNode(semantic) && target.id().equals(Ids.relativeId(semantic))) {
					result.add(occurrence(resource, text, node, node.getOffset(), true));
				}
			}
		}
		result.sort(java.util.Comparator.comparingInt(Occurrence::offset));
		return result;
	}

	/** Where the target's own name is within a reference's text ("landscape.ukPolicy": ukPolicy), or -1. */
	private static int nameOffsetIn(String text, INode node, Target target, String referencedId) {
		String reference = text.substring(node.getOffset(), node.getEndOffset());
		// the reference names the referenced element's id, maybe with a prefix; the target is a prefix of that id
		String tail = referencedId.substring(target.id().length()); // "" or ".child"
		int at = reference.endsWith(referencedId) ? reference.length() - referencedId.length() : -1;
		if (at < 0) {
			at = reference.lastIndexOf(target.id() + tail);
		}
		if (at < 0) {
			return reference.endsWith(target.name()) && tail.isEmpty() ? node.getOffset() + reference.length() - target.name().length() : -1;
		}
		return node.getOffset() + at + target.id().length() - target.name().length();
	}

	private static Occurrence occurrence(XtextResource resource, String text, INode node, int nameOffset, boolean declaration) {
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		int lineEnd = text.indexOf('\n', node.getOffset());
		String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
		return new Occurrence(resource.getURI(), node.getOffset(), node.getLength(), nameOffset, node.getStartLine(), declaration,
				contextOf(node.getSemanticElement(), declaration), line);
	}

	/** "session 'Leading with care'", "assessment 'project'", "gap for landscape.x", ... */
	static String contextOf(EObject element, boolean declaration) {
		if (declaration) {
			return "declaration";
		}
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Session session) {
				return "session '" + (session.getTitle() != null ? session.getTitle() : session.getName()) + "'";
			}
			if (e instanceof CourseAssessment assessment) {
				return "assessment '" + (assessment.getTitle() != null ? assessment.getTitle() : assessment.getName()) + "'";
			}
			if (e instanceof JustifiedGap) {
				return "justified gap";
			}
			if (e.eContainer() == null || e instanceof Identified && e.eContainer() instanceof Document) {
				return kindOf(e) + (e instanceof Identified i && i.getName() != null ? " '" + i.getName() + "'" : "");
			}
		}
		return "";
	}

	static String kindOf(EObject element) {
		String name = element.eClass().getName();
		EStructuralFeature kind = element.eClass().getEStructuralFeature("kind");
		if (kind != null && element.eGet(kind) != null) {
			return element.eGet(kind).toString().toLowerCase(java.util.Locale.ROOT);
		}
		StringBuilder words = new StringBuilder();
		for (char c : name.toCharArray()) {
			if (Character.isUpperCase(c) && !words.isEmpty()) {
				words.append(' ');
			}
			words.append(Character.toLowerCase(c));
		}
		return words.toString();
	}
}
