package org.goldthread.lang.scoping;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.ValueConverterWithValueException;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The text of a cross-reference (e.g. {@code landscape.ukPolicy}), collected by walking the node's
 * children directly instead of, as Xtext's {@link LinkingHelper} does, through an iterator over all
 * leaf nodes with a string per leaf: linking asks for it once per reference, so that was a third of
 * the cost of resolving one.
 */
@Singleton
public class GoldthreadLinkingHelper extends LinkingHelper {

	@Inject
	private IValueConverterService valueConverter;

	@Override
	public String getCrossRefNodeAsString(INode node, boolean convert) {
		String text = tokenText(node);
		if (!convert) {
			return text;
		}
		String rule = getRuleNameFrom(node.getGrammarElement());
		if (rule == null) {
			return text;
		}
		try {
			Object value = valueConverter.toValue(text, rule, node);
			return value == null ? null : value.toString();
		} catch (ValueConverterWithValueException e) {
			return e.getValue() == null ? null : e.getValue().toString();
		} catch (ValueConverterException e) {
			throw new IllegalNodeException(node, e);
		}
	}

	/**
	 * The text of the node's non-hidden leaves, without what lies between them: a reference is an id
	 * or ids joined by dots, so {@code landscape . ukPolicy} means {@code landscape.ukPolicy} (Xtext's
	 * {@code NodeModelUtils.getTokenText} would keep a space, which no id can match). Usually (nothing
	 * hidden inside) that is one substring of the document's text, not a string per leaf.
	 */
	static String tokenText(INode node) {
		String document = node.getRootNode().getText();
		if (node instanceof ILeafNode leaf) {
			return document.substring(leaf.getTotalOffset(), leaf.getTotalEndOffset());
		}
		int[] span = { -1, -1, 0 };
		if (contiguousSpan((ICompositeNode) node, span)) {
			return span[0] < 0 ? "" : document.substring(span[0], span[1]);
		}
		StringBuilder text = new StringBuilder(32);
		append((ICompositeNode) node, document, text);
		return text.toString();
	}

	/**
	 * Sets {@code span} to the start and end of the node's non-hidden leaves ({@code span[2]} notes a
	 * hidden leaf after one); false if a hidden leaf lies between two of them.
	 */
	private static boolean contiguousSpan(ICompositeNode node, int[] span) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				if (!contiguousSpan(composite, span)) {
					return false;
				}
			} else if (((ILeafNode) child).isHidden()) {
				span[2] = span[0] >= 0 ? 1 : 0;
			} else {
				if (span[2] == 1) {
					return false;
				}
				if (span[0] < 0) {
					span[0] = child.getTotalOffset();
				}
				span[1] = child.getTotalEndOffset();
			}
		}
		return true;
	}

	private static void append(ICompositeNode node, String document, StringBuilder text) {
		for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof ICompositeNode composite) {
				append(composite, document, text);
			} else if (!((ILeafNode) child).isHidden()) {
				text.append(document, child.getTotalOffset(), child.getTotalEndOffset());
			}
		}
	}
}
