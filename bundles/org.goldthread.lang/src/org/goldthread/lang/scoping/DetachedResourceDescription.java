package org.goldthread.lang.scoping;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.impl.AbstractResourceDescription;
import org.goldthread.model.GoldthreadFactory;

/**
 * An index entry that holds only what a file exports (its document's id, a framework's version),
 * without a parsed resource behind it: the index keeps no resource alive, and an entry for a file
 * not parsed yet costs nothing until a reference is resolved through one of its proxies.
 */
public final class DetachedResourceDescription extends AbstractResourceDescription {

	private final URI uri;
	private final List<IEObjectDescription> exported;

	public DetachedResourceDescription(URI uri, List<IEObjectDescription> exported) {
		this.uri = uri;
		this.exported = List.copyOf(exported);
	}

	/** The entry of a framework file that is not parsed yet: its id and version, and a proxy that loads the file when resolved. */
	public static DetachedResourceDescription notLoadedFramework(URI uri, QualifiedName id, String version) {
		InternalEObject proxy = (InternalEObject) GoldthreadFactory.eINSTANCE.createFramework();
		proxy.eSetProxyURI(uri.appendFragment("/"));
		return new DetachedResourceDescription(uri, List.of(EObjectDescription.create(id, proxy,
				Map.of(GoldthreadResourceDescriptionStrategy.VERSION, version == null ? "" : version))));
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		return exported;
	}

	@Override
	public Iterable<QualifiedName> getImportedNames() {
		return List.of();
	}

	@Override
	public Iterable<IReferenceDescription> getReferenceDescriptions() {
		return List.of();
	}

	@Override
	public URI getURI() {
		return uri;
	}
}
