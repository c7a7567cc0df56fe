package org.goldthread.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.ShippedFrameworkHandler;
import org.goldthread.curricula.ShippedFrameworks;

/**
 * The index entries of the shipped curricula and frameworks, made once per session the way the
 * check session makes them ({@link ShippedFrameworkHandler#indexEntries}: from the curricula's index,
 * without parsing the frameworks; one is parsed when a document links to it): every project sees
 * them, unless it holds a framework file with the same id and version itself.
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
		for (IResourceDescription description : ShippedFrameworkHandler.indexEntries(GoldthreadLanguage.get(IQualifiedNameConverter.class))) {
			result.add(new Entry(description, ExportedDescriptions.frameworkKeys(description)));
		}
		// an index line without id and version: the file is read to know them
		XtextResourceSet set = null;
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			if (entry.id() != null) {
				continue;
			}
			set = set == null ? GoldthreadLanguage.get(XtextResourceSet.class) : set;
			Resource resource = set.createResource(ShippedFrameworkHandler.uri(entry.name()));
			try (InputStream in = ShippedFrameworks.open(entry.name())) {
				resource.load(in, set.getLoadOptions());
				IResourceDescription description = ExportedDescriptions.of(resource);
				result.add(new Entry(description, ExportedDescriptions.frameworkKeys(description)));
			} catch (IOException | RuntimeException e) {
				ErrorLog.error("The shipped framework " + entry.name() + " cannot be read", e);
			}
		}
		return List.copyOf(result);
	}
}
