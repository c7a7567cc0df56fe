package org.goldthread.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.curricula.FrameworkResources;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.lang.validation.TextEncoding;
import org.goldthread.model.Framework;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.Severity;

/**
 * Reads documents into a check session's resource set: files (with the size limit and the encoding
 * check: a file Goldthread cannot read gets a finding instead of a parse), framework files and
 * framework resources (e.g. a Maven dependency's {@code frameworks/} entries). Bad input never
 * throws.
 */
final class DocumentLoader {

	/** The largest file read (docs/security.md): a course of 100,000 sessions is about 10 MiB. */
	static final long MAXIMUM_FILE_BYTES = 32L * 1024 * 1024;

	private DocumentLoader() {
	}

	/** The resource of {@code file}, loaded; what kept it from being read is added to {@code problems}. */
	static Resource load(XtextResourceSet set, Path file, List<Finding> problems) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = set.createResource(uri);
		int before = problems.size();
		read(set, file, resource, problems);
		if (problems.size() > before && !resource.isLoaded()) {
			// a file that could not be read stays empty: nothing may load it later behind the finding's back
			try {
				resource.load(new ByteArrayInputStream(new byte[0]), set.getLoadOptions());
			} catch (IOException e) {
				// an empty text always loads
			}
		}
		return resource;
	}

	private static void read(XtextResourceSet set, Path file, Resource resource, List<Finding> problems) {
		String location = file.toString();
		try {
			if (Files.size(file) > MAXIMUM_FILE_BYTES) {
				problems.add(FindingMapper.finding(GoldthreadIssueCodes.LIMIT, Severity.ERROR, location, 1, 1, "The file is larger than "
						+ MAXIMUM_FILE_BYTES / (1024 * 1024) + " MiB, the largest Goldthread reads.", "Split it into several files."));
				return;
			}
			byte[] bytes = Files.readAllBytes(file);
			TextEncoding.Problem encoding = TextEncoding.problem(bytes);
			if (encoding != null) {
				problems.add(FindingMapper.finding(GoldthreadIssueCodes.ENCODING, Severity.ERROR, location, encoding.line(), encoding.column(),
						encoding.message(), "Check the path; Goldthread files are UTF-8 text: save the file as UTF-8 (with or without a byte-order mark)."));
				return;
			}
			resource.load(new ByteArrayInputStream(bytes), set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			problems.add(FindingMapper.finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, location, 1, 1, "The file cannot be read: " + e.getMessage(),
					"Check that the file exists and is readable."));
		}
	}

	interface Opener {
		InputStream open() throws IOException;
	}

	/** Loads a framework resource (not a file, e.g. a jar entry) unless it cannot be read or its id and version are loaded already. */
	static void addFramework(XtextResourceSet set, URL url) {
		addUnlessPresent(set, URI.createURI(url.toString()), () -> FrameworkResources.open(url));
	}

	/** Loads a framework unless it cannot be read or a framework of its id and version is already loaded. */
	static void addUnlessPresent(XtextResourceSet set, URI uri, Opener opener) {
		Set<String> present = presentFrameworks(set);
		Resource resource = set.createResource(uri);
		try (InputStream in = opener.open()) {
			resource.load(in, set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			set.getResources().remove(resource);
			return;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework f)
				|| present.contains(f.getName() + "@" + f.getVersion())) {
			set.getResources().remove(resource);
		}
	}

	/** The "id@version" of every framework loaded in the set. */
	static Set<String> presentFrameworks(XtextResourceSet set) {
		Set<String> present = new HashSet<>();
		for (Resource r : new ArrayList<>(set.getResources())) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework f) {
				present.add(f.getName() + "@" + f.getVersion());
			}
		}
		return present;
	}

	/** True when the resource holds nothing but white space and comments. */
	static boolean isBlank(Resource resource) {
		if (!(resource instanceof XtextResource x) || x.getParseResult() == null || x.getParseResult().getRootNode() == null) {
			return resource.getContents().isEmpty();
		}
		for (var leaf : x.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && !leaf.getText().isBlank()) {
				return false;
			}
		}
		return true;
	}
}
