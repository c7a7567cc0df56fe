package org.goldthread.lang.ide.highlighting;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Identified;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;

/**
 * Semantic highlighting shared by the Eclipse editor and the language server: the ids an element
 * is declared with, and references by what they point to (learning objectives, golden threads,
 * the implemented framework, other framework elements). Keywords, strings, numbers and comments
 * are lexical and coloured by the editor's scanner.
 */
public class GoldthreadSemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	/** The id an element is declared with ({@code module m1}, {@code objective ukPolicy}). */
	public static final String DECLARATION = "gt.declaration";
	/** A reference to a learning objective ({@code covers landscape.ukPolicy}). */
	public static final String OBJECTIVE_REFERENCE = "gt.objective";
	/** A reference to a golden thread ({@code weaves participation}). */
	public static final String THREAD_REFERENCE = "gt.thread";
	/** The framework a course or plan implements. */
	public static final String FRAMEWORK_REFERENCE = "gt.framework";
	/** Any other reference (outcomes, assessments, elements, resources, pathways, themes). */
	public static final String REFERENCE = "gt.reference";

	/** Every style id, for clients that register their styles up front. */
	public static final List<String> STYLES = List.of(DECLARATION, OBJECTIVE_REFERENCE, THREAD_REFERENCE, FRAMEWORK_REFERENCE,
			REFERENCE);

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (cancelIndicator != null && cancelIndicator.isCanceled()) {
				return;
			}
			highlight(it.next(), acceptor);
		}
	}

	private void highlight(EObject object, IHighlightedPositionAcceptor acceptor) {
		if (object instanceof Identified) {
			for (INode node : NodeModelUtils.findNodesForFeature(object, GT.getIdentified_Name())) {
				acceptor.addPosition(node.getOffset(), node.getLength(), DECLARATION);
			}
		}
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(object, reference);
			if (nodes.isEmpty()) {
				continue;
			}
			// untyped references (gaps, plan actions) are styled by what they resolve to
			boolean resolve = reference.getEReferenceType() == GT.getFrameworkElement();
			List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference, resolve) : null;
			for (int i = 0; i < nodes.size(); i++) {
				Object target = targets != null ? (i < targets.size() ? targets.get(i) : null) : object.eGet(reference, resolve);
				INode node = nodes.get(i);
				acceptor.addPosition(node.getOffset(), node.getLength(), style(reference, target));
			}
		}
	}

	/** The style of a reference, by the declared type or, for untyped references, the element it resolves to. */
	static String style(EReference reference, Object target) {
		if (reference == GT.getCoverage_Objective() || reference == GT.getCourseAssessment_Objectives()) {
			return OBJECTIVE_REFERENCE;
		}
		if (reference.getEReferenceType() == GT.getGoldenThread()) {
			return THREAD_REFERENCE;
		}
		if (reference.getEReferenceType() == GT.getFramework()) {
			return FRAMEWORK_REFERENCE;
		}
		if (target instanceof EObject e && !e.eIsProxy()) {
			if (e instanceof Item item && item.getKind() == ItemKind.OBJECTIVE) {
				return OBJECTIVE_REFERENCE;
			} else if (e instanceof GoldenThread) {
				return THREAD_REFERENCE;
			} else if (e instanceof Framework) {
				return FRAMEWORK_REFERENCE;
			}
		}
		return REFERENCE;
	}

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
		return false; // provideHighlightingFor does the work in one pass
	}
}
