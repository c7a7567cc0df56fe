package org.goldthread.lang.scoping;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.nodemodel.INode;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;

import com.google.inject.Inject;

/**
 * Links a reference to a framework's element (most references of a course: {@code covers},
 * {@code weaves}, {@code addresses}, ...) by looking its id up in the framework's map of ids
 * ({@link FrameworkScopes#element}), which finds what the scope finds without going through the
 * scope provider, qualified names and the index's imported-names bookkeeping (these ids are
 * relative to the framework and never in the index). Other references link as usual.
 */
public class GoldthreadLinkingService extends DefaultLinkingService {

	@Inject
	private FrameworkScopes frameworkScopes;

	@Inject
	private LinkingHelper linkingHelper;

	@Override
	public List<EObject> getLinkedObjects(EObject context, EReference reference, INode node) throws IllegalNodeException {
		if (!GoldthreadPackage.Literals.FRAMEWORK_ELEMENT.isSuperTypeOf(reference.getEReferenceType())) {
			return super.getLinkedObjects(context, reference, node);
		}
		Framework framework = FrameworkScopes.frameworkOf(context);
		if (framework == null) {
			return List.of();
		}
		String id = linkingHelper.getCrossRefNodeAsString(node, true);
		EObject element = id == null || id.isEmpty() ? null : frameworkScopes.element(framework, reference, id);
		return element == null ? List.of() : List.of(element);
	}
}
