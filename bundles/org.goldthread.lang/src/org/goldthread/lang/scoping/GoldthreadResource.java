package org.goldthread.lang.scoping;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;

import com.google.inject.Inject;

/**
 * A Goldthread file's resource. Resolving all of a document's links (before validation) goes
 * through the list of links the linker recorded while parsing, rather than, as Xtext does, through
 * every object of the document and every reference of each, decoding each link's proxy URI again.
 * A course has hundreds of links ({@code covers}, {@code weaves}, ...), so this was about a fifth
 * of the cost of checking one. Resolving a link itself (linking service, diagnostics, cycles) is
 * still Xtext's.
 */
public class GoldthreadResource extends LazyLinkingResource {

	@Inject
	private OperationCanceledManager cancelManager;

	@Override
	public synchronized void resolveLazyCrossReferences(CancelIndicator cancel) {
		if (!getEncoder().isUseIndexFragment(this) || getContents().isEmpty()) {
			super.resolveLazyCrossReferences(cancel);
			return;
		}
		CancelIndicator monitor = cancel == null ? CancelIndicator.NullImpl : cancel;
		EObject root = getContents().get(0);
		List<Triple<EObject, EReference, INode>> links = getLazyProxyInformation();
		for (int i = 0; i < links.size(); i++) {
			if ((i & 63) == 0) {
				cancelManager.checkCanceled(monitor);
			}
			Triple<EObject, EReference, INode> link = links.get(i);
			// a re-parse keeps the links of the elements it replaced: those are left alone
			if (link != null && isPotentialLazyCrossReference(link.getSecond()) && EcoreUtil.getRootContainer(link.getFirst()) == root) {
				resolve((InternalEObject) link.getFirst(), link, i);
			}
		}
	}

	/** Replaces the proxy of link number {@code index} in its reference by its target, as Xtext does. */
	private void resolve(InternalEObject source, Triple<EObject, EReference, INode> link, int index) {
		EReference reference = link.getSecond();
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> values = (InternalEList<EObject>) source.eGet(reference, false);
			for (int j = 0; j < values.size(); j++) {
				String fragment = linkFragment(values.basicGet(j), index);
				if (fragment != null) {
					EObject target = getEObject(fragment, link);
					if (target != null) {
						try {
							source.eSetDeliver(false);
							values.setUnique(j, target);
						} finally {
							source.eSetDeliver(true);
						}
					}
					return;
				}
			}
		} else {
			String fragment = linkFragment((EObject) source.eGet(reference, false), index);
			if (fragment != null) {
				EObject target = getEObject(fragment, link);
				if (target != null) {
					try {
						source.eSetDeliver(false);
						source.eSet(reference, target);
					} finally {
						source.eSetDeliver(true);
					}
				}
			}
		}
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
