package org.goldthread.lang.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * Several versions of one framework may be visible (say "2024" and "2025"). This scope returns the
 * one whose version the course asks for; when none matches it still links to an available version,
 * so that the course can be checked and the validator can name both versions.
 */
public class VersionPreferringScope implements IScope {

	private final IScope delegate;
	private final String version;

	public VersionPreferringScope(IScope delegate, String version) {
		this.delegate = delegate;
		this.version = version;
	}

	@Override
	public IEObjectDescription getSingleElement(QualifiedName name) {
		Iterable<IEObjectDescription> candidates = getElements(name);
		var it = candidates.iterator();
		return it.hasNext() ? it.next() : null;
	}

	@Override
	public Iterable<IEObjectDescription> getElements(QualifiedName name) {
		List<IEObjectDescription> matching = new ArrayList<>();
		List<IEObjectDescription> others = new ArrayList<>();
		for (IEObjectDescription d : delegate.getElements(name)) {
			(version != null && Objects.equals(version, d.getUserData(GoldthreadResourceDescriptionStrategy.VERSION)) ? matching : others).add(d);
		}
		matching.addAll(others);
		return matching;
	}

	@Override
	public IEObjectDescription getSingleElement(EObject object) {
		return delegate.getSingleElement(object);
	}

	@Override
	public Iterable<IEObjectDescription> getElements(EObject object) {
		return delegate.getElements(object);
	}

	@Override
	public Iterable<IEObjectDescription> getAllElements() {
		return delegate.getAllElements();
	}
}
