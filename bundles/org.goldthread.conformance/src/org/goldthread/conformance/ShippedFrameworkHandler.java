package org.goldthread.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.scoping.DetachedResourceDescription;

/**
 * Lets a resource set read the shipped frameworks at their one address,
 * {@code goldthread:/shipped/<file>} ({@link ShippedFrameworks#uri(String)}): the command line, the
 * Maven plugin, the Eclipse IDE and the language server's check session all link through it.
 */
public final class ShippedFrameworkHandler extends URIHandlerImpl {

	/** The EMF URI of the shipped framework in file {@code name}. */
	public static URI uri(String name) {
		return URI.createURI(ShippedFrameworks.uri(name));
	}

	/** True when {@code uri} addresses a shipped framework. */
	public static boolean isShipped(URI uri) {
		return uri != null && ShippedFrameworks.isShipped(uri.toString());
	}

	/**
	 * The index entries of the shipped frameworks whose id and version the curricula's index lists,
	 * read from that index, not parsed: all that linking {@code implements} needs (a framework is
	 * parsed when a document links to it). The one way the check session and the Eclipse IDE index
	 * the shipped frameworks.
	 */
	public static List<IResourceDescription> indexEntries(IQualifiedNameConverter names) {
		List<IResourceDescription> result = new ArrayList<>();
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			if (entry.id() != null) {
				result.add(DetachedResourceDescription.notLoadedFramework(uri(entry.name()), names.toQualifiedName(entry.id()), entry.version()));
			}
		}
		return result;
	}

	/** Installs the handler in a resource set (once). */
	public static void install(ResourceSet set) {
		for (URIHandler handler : set.getURIConverter().getURIHandlers()) {
			if (handler instanceof ShippedFrameworkHandler) {
				return;
			}
		}
		set.getURIConverter().getURIHandlers().add(0, new ShippedFrameworkHandler());
	}

	@Override
	public boolean canHandle(URI uri) {
		return isShipped(uri);
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return ShippedFrameworks.open(ShippedFrameworks.nameOf(uri.toString()));
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return ShippedFrameworks.names().contains(ShippedFrameworks.nameOf(uri.toString()));
	}
}
