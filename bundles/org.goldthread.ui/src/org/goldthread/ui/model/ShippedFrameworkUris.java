package org.goldthread.ui.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.goldthread.curricula.ShippedFrameworks;

/**
 * The shipped curricula and frameworks (bundle org.goldthread.curricula) have URIs of their own,
 * {@code goldthread:/shipped/cypmh-leadership.curriculum}, as in the command line; this handler
 * lets a resource set load them by URI, so that a course links to them through the index.
 */
public final class ShippedFrameworkUris extends URIHandlerImpl {

	public static final String SCHEME = "goldthread";

	public static URI uri(String name) {
		return URI.createURI(SCHEME + ":/shipped/" + name);
	}

	public static boolean isShipped(URI uri) {
		return uri != null && SCHEME.equals(uri.scheme()) && uri.segmentCount() == 2 && "shipped".equals(uri.segment(0));
	}

	@Override
	public boolean canHandle(URI uri) {
		return isShipped(uri);
	}

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		return ShippedFrameworks.open(uri.lastSegment());
	}

	@Override
	public boolean exists(URI uri, Map<?, ?> options) {
		return ShippedFrameworks.names().contains(uri.lastSegment());
	}
}
