package org.goldthread.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.goldthread.lang.scoping.DetachedResourceDescription;
import org.goldthread.lang.scoping.GoldthreadResourceDescriptionStrategy;
import org.goldthread.model.GoldthreadPackage;

/**
 * An index entry that holds only what a file exports (its document's id, a framework's version),
 * detached from the parsed resource: the index keeps no resource alive and computing an entry never
 * resolves a reference.
 */
public final class ExportedDescriptions {

	private ExportedDescriptions() {
	}

	/** The exports of a loaded resource, as a detached description. */
	public static IResourceDescription of(Resource resource) {
		IResourceServiceProvider provider = GoldthreadLanguage.get(IResourceServiceProvider.class);
		IResourceDescription live = provider.getResourceDescriptionManager().getResourceDescription(resource);
		List<IEObjectDescription> exported = new ArrayList<>();
		for (IEObjectDescription d : live.getExportedObjects()) {
			exported.add(detach(d));
		}
		return new DetachedResourceDescription(resource.getURI(), exported);
	}

	/** "id@version" of every framework a description exports. */
	public static List<String> frameworkKeys(IResourceDescription description) {
		List<String> keys = new ArrayList<>();
		if (description != null) {
			for (IEObjectDescription d : description.getExportedObjectsByType(GoldthreadPackage.Literals.FRAMEWORK)) {
				keys.add(d.getName() + "@" + d.getUserData(GoldthreadResourceDescriptionStrategy.VERSION));
			}
		}
		return keys;
	}

	/** The ids (qualified names) a description exports. */
	public static List<QualifiedName> names(IResourceDescription description) {
		List<QualifiedName> names = new ArrayList<>();
		if (description != null) {
			description.getExportedObjects().forEach(d -> names.add(d.getName()));
		}
		return names;
	}

	/** True when two descriptions export the same names with the same user data (e.g. versions). */
	public static boolean sameExports(IResourceDescription a, IResourceDescription b) {
		if (a == null || b == null) {
			return a == b;
		}
		List<String> left = new ArrayList<>();
		List<String> right = new ArrayList<>();
		a.getExportedObjects().forEach(d -> left.add(key(d)));
		b.getExportedObjects().forEach(d -> right.add(key(d)));
		return left.equals(right);
	}

	private static String key(IEObjectDescription d) {
		StringBuilder sb = new StringBuilder(d.getName().toString()).append('|').append(d.getEClass().getName());
		for (String k : d.getUserDataKeys()) {
			sb.append('|').append(k).append('=').append(d.getUserData(k));
		}
		return sb.toString();
	}

	private static IEObjectDescription detach(IEObjectDescription d) {
		EObject proxy = EcoreUtil.create(d.getEClass());
		((InternalEObject) proxy).eSetProxyURI(d.getEObjectURI());
		Map<String, String> userData = new HashMap<>();
		for (String key : d.getUserDataKeys()) {
			userData.put(key, d.getUserData(key));
		}
		return EObjectDescription.create(d.getName(), proxy, userData);
	}
}
