package org.goldthread.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.curricula.ShippedFrameworks;

/**
 * The index entries of the shipped curricula and frameworks, computed once per session: every
 * project sees them, unless it holds a framework file with the same id and version itself.
 */
public final class ShippedIndex {

	/** One shipped framework: its URI's description and its "id@version" keys. */
	public record Entry(IResourceDescription description, List<String> keys) {
	}

	private static volatile List<Entry> entries;

	private ShippedIndex() {
	}

	public static List<Entry> entries() {
		List<Entry> result = entries;
		if (result == null) {
			synchronized (ShippedIndex.class) {
				result = entries;
				if (result == null) {
					result = compute();
					entries = result;
				}
			}
		}
		return result;
	}

	private static List<Entry> compute() {
		List<Entry> result = new ArrayList<>();
		XtextResourceSet set = GoldthreadLanguage.get(XtextResourceSet.class);
		for (String name : ShippedFrameworks.names()) {
			Resource resource = set.createResource(org.goldthread.conformance.ShippedFrameworkHandler.uri(name));
			try (InputStream in = ShippedFrameworks.open(name)) {
				resource.load(in, set.getLoadOptions());
				IResourceDescription description = ExportedDescriptions.of(resource);
				result.add(new Entry(description, ExportedDescriptions.frameworkKeys(description)));
			} catch (IOException | RuntimeException e) {
				ErrorLog.error("The shipped framework " + name + " cannot be read", e);
			}
		}
		return List.copyOf(result);
	}
}
