package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.scoping.GoldthreadResourceDescriptionStrategy;

import com.google.inject.Injector;

/**
 * The index a check session links through: what every loaded file exports (ids of frameworks,
 * courses, plans) and the shipped frameworks, so that linking a course to its framework is a
 * lookup, not a scan of all files.
 */
final class FrameworkIndex {

	private final Injector injector;

	FrameworkIndex(Injector injector) {
		this.injector = injector;
	}

	/** Indexes the set's resources and {@code notLoaded}, and installs the index in the set. */
	ResourceDescriptionsData install(XtextResourceSet set, List<IResourceDescription> notLoaded) {
		List<IResourceDescription> descriptions = new ArrayList<>(notLoaded);
		for (Resource resource : set.getResources()) {
			descriptions.add(describe(resource));
		}
		ResourceDescriptionsData data = new ResourceDescriptionsData(descriptions);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, data);
		return data;
	}

	IResourceDescription describe(Resource resource) {
		IResourceServiceProvider provider = injector.getInstance(IResourceServiceProvider.Registry.class).getResourceServiceProvider(resource.getURI());
		if (provider == null) {
			provider = injector.getInstance(IResourceServiceProvider.class);
		}
		return provider.getResourceDescriptionManager().getResourceDescription(resource);
	}

	/**
	 * Shipped frameworks are linked against unless a checked or given file has the same id and
	 * version. They are not parsed here: the index gives each one's id and version, which is all
	 * that linking {@code implements} (and its diagnostics: unknown id, other version) needs; a
	 * shipped framework is parsed only when a checked file links to it. Returns the index entries
	 * of the shipped frameworks not loaded yet.
	 */
	List<IResourceDescription> addShippedFrameworks(XtextResourceSet set) {
		ShippedFrameworkHandler.install(set);
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			if (entry.id() == null) { // an index line without id and version: the file is read to know them
				DocumentLoader.addUnlessPresent(set, ShippedFrameworkHandler.uri(entry.name()), () -> ShippedFrameworks.open(entry.name()));
			}
		}
		Set<String> present = DocumentLoader.presentFrameworks(set);
		List<IResourceDescription> notLoaded = new ArrayList<>();
		for (IResourceDescription description : ShippedFrameworkHandler.indexEntries(injector.getInstance(IQualifiedNameConverter.class))) {
			boolean shadowed = false;
			for (var framework : description.getExportedObjects()) {
				shadowed |= !present.add(framework.getName() + "@" + framework.getUserData(GoldthreadResourceDescriptionStrategy.VERSION));
			}
			if (!shadowed) {
				notLoaded.add(description);
			}
		}
		return notLoaded;
	}
}
