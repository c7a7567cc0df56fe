package org.goldthread.lang.tests;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.curricula.ShippedFrameworks;

/** Loads the shipped frameworks into a resource set, as a course's build would see them. */
final class Shipped {

	private Shipped() {
	}

	static Map<String, Resource> load(XtextResourceSet set) throws IOException {
		Map<String, Resource> resources = new LinkedHashMap<>();
		for (String name : ShippedFrameworks.names()) {
			Resource resource = set.createResource(URI.createURI("goldthread:/shipped/" + name));
			try (InputStream in = ShippedFrameworks.open(name)) {
				resource.load(in, set.getLoadOptions());
			}
			resources.put(name, resource);
		}
		return resources;
	}

	static String text(String name) throws IOException {
		try (InputStream in = ShippedFrameworks.open(name)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}
}
