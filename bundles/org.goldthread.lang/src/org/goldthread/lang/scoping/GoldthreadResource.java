package org.goldthread.lang.scoping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;

import com.google.inject.Inject;

/**
 * A Goldthread file's resource. Resolving all of a document's links (before validation) goes
 * through the list of links the linker recorded while parsing, rather than, as Xtext does, through
 * every object of the document and every reference of each, decoding each link's proxy URI again.
 * A course has hundreds of links ({@code covers}, {@code weaves}, ...); with the shortcut below,
 * resolving them costs about a third less (JFR samples, docs/performance.md).
 * <p>
 * A link into the implemented framework whose id is found is set at once, with the framework and
 * its map of ids looked up once for the whole document rather than per link. Every other link, and
 * any link while the document has errors or warnings (which a link may have to clear), is resolved
 * by Xtext (linking service, diagnostics, cycles).
 */
public class GoldthreadResource extends LazyLinkingResource {

	@Inject
	private OperationCanceledManager cancelManager;

	@Inject
	private FrameworkScopes frameworkScopes;

	@Inject
	private LinkingHelper linkingHelper;

	/** During {@link #resolveLazyCrossReferences}: the implemented framework, and its ids per reference. */
	private Framework framework;
	private final Map<EReference, Map<String, EObject>> frameworkIds = new HashMap<>();

	@Override
	public synchronized void resolveLazyCrossReferences(CancelIndicator cancel) {
		if (!getEncoder().isUseIndexFragment(this) || getContents().isEmpty()) {
			super.resolveLazyCrossReferences(cancel);
			return;
		}
		CancelIndicator monitor = cancel == null ? CancelIndicator.NullImpl : cancel;
		EObject root = getContents().get(0);
		List<Triple<EObject, EReference, INode>> links = getLazyProxyInformation();
		framework = FrameworkScopes.frameworkOf(root);
		EObject source = null; // an element's links are consecutive: whether it is in the document is decided once
		boolean inDocument = false;
		try {
			for (int i = 0; i < links.size(); i++) {
				if ((i & 63) == 0) {
					cancelManager.checkCanceled(monitor);
				}
				Triple<EObject, EReference, INode> link = links.get(i);
				if (link == null || !isPotentialLazyCrossReference(link.getSecond())) {
					continue;
				}
				// a re-parse keeps the links of the elements it replaced: those are left alone
				if (link.getFirst() != source) {
					source = link.getFirst();
					inDocument = EcoreUtil.getRootContainer(source) == root;
				}
				if (inDocument) {
					resolve((InternalEObject) source, link, i);
				}
			}
		} finally {
			framework = null;
			frameworkIds.clear();
		}
	}

	/** The target of a link into the implemented framework, when it can be set without Xtext's bookkeeping; else null. */
	private EObject frameworkElement(Triple<EObject, EReference, INode> link) {
		EReference reference = link.getSecond();
		if (framework == null || !getErrors().isEmpty() || !getWarnings().isEmpty()
				|| !GoldthreadPackage.Literals.FRAMEWORK_ELEMENT.isSuperTypeOf(reference.getEReferenceType())) {
			return null;
		}
		try {
			String id = linkingHelper.getCrossRefNodeAsString(link.getThird(), true);
			return id == null ? null : frameworkIds.computeIfAbsent(reference, r -> frameworkScopes.elements(framework, r)).get(id);
		} catch (IllegalNodeException e) {
			return null; // Xtext reports it
		}
	}

	/**
	 * Replaces the proxy of link number {@code index} in its reference by its target, as Xtext does:
	 * without notifications, since resolving a proxy is no change to the model.
	 */
	private void resolve(InternalEObject source, Triple<EObject, EReference, INode> link, int index) {
		EReference reference = link.getSecond();
		@SuppressWarnings("unchecked")
		InternalEList<EObject> values = reference.isMany() ? (InternalEList<EObject>) source.eGet(reference, false) : null;
		int size = values != null ? values.size() : 1;
		for (int j = 0; j < size; j++) {
			String fragment = linkFragment(values != null ? values.basicGet(j) : (EObject) source.eGet(reference, false), index);
			if (fragment == null) {
				continue;
			}
			EObject target = target(fragment, link);
			if (target != null) {
				try {
					source.eSetDeliver(false);
					if (values != null) {
						values.setUnique(j, target);
					} else {
						source.eSet(reference, target);
					}
				} finally {
					source.eSetDeliver(true);
				}
			}
			return;
		}
	}

	private EObject target(String fragment, Triple<EObject, EReference, INode> link) {
		EObject element = frameworkElement(link);
		return element != null ? element : getEObject(fragment, link);
	}

	/** The URI fragment of {@code value} if it is this resource's unresolved link number {@code index}, else null. */
	private String linkFragment(EObject value, int index) {
		if (value == null || !value.eIsProxy()) {
			return null;
		}
		URI uri = ((InternalEObject) value).eProxyURI();
		String fragment = uri.fragment();
		if (fragment == null || !getEncoder().isCrossLinkFragment(this, fragment) || !isIndex(fragment, index)) {
			return null;
		}
		return getURI().equals(uri.trimFragment()) ? fragment : null;
	}

	/** True for the fragment of link {@code index}: its one-character prefix, then the number. */
	private static boolean isIndex(String fragment, int index) {
		int value = 0;
		for (int i = 1; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
			value = value * 10 + (c - '0');
		}
		return fragment.length() > 1 && value == index;
	}
}
