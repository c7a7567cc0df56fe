package org.goldthread.evolution;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.curricula.FrameworkResources;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.LocalPlan;

import com.google.inject.Injector;

/**
 * The frameworks the evolution commands work with: the shipped ones and any given as files or as
 * framework resources (a Maven dependency's {@code frameworks/} entries), side by side in one resource
 * set, so that several versions of one framework coexist and a course links to the version it names.
 * Of one id and version, the first source wins: files, then resources, then the shipped frameworks
 * (as in the check). Courses are loaded one at a time and unloaded after use.
 */
public final class EvolutionWorkspace {

	private final XtextResourceSet set;
	private final Map<String, Framework> frameworks = new LinkedHashMap<>();

	/** Loads {@code frameworkFiles} (each must parse) and, unless {@code shipped} is false, the shipped frameworks they do not replace. */
	public EvolutionWorkspace(Injector injector, List<Path> frameworkFiles, boolean shipped) throws EvolutionException {
		this(injector, frameworkFiles, List.of(), shipped);
	}

	/**
	 * Loads {@code frameworkFiles} (each must parse), then {@code frameworkUrls} (framework resources
	 * such as {@code jar:} URLs of a dependency's {@code frameworks/} entries; one whose id and version
	 * an earlier source provides is left out, see {@link #passedOver()}) and, unless {@code shipped}
	 * is false, the shipped frameworks none of them replaces.
	 */
	public EvolutionWorkspace(Injector injector, List<Path> frameworkFiles, List<URL> frameworkUrls, boolean shipped) throws EvolutionException {
		set = injector.getInstance(XtextResourceSet.class);
		for (Path file : frameworkFiles) {
			addFramework(file);
		}
		for (URL url : frameworkUrls) {
			addFramework(url);
		}
		if (shipped) {
			for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
				if (entry.id() == null) {
					loadShipped(entry); // the index does not say: read it now
				} else if (!frameworks.containsKey(entry.id() + "@" + entry.version())) {
					pendingShipped.add(entry);
				}
			}
		}
	}

	/** Framework resources left out. */
	private final List<PassedOver> passedOver = new ArrayList<>();

	/** Shipped frameworks not parsed yet: each is read when its id is first asked for. */
	private final List<ShippedFrameworks.Entry> pendingShipped = new ArrayList<>();

	private void loadShipped(ShippedFrameworks.Entry entry) throws EvolutionException {
		try (InputStream in = ShippedFrameworks.open(entry.name())) {
			Resource r = set.createResource(URI.createURI("goldthread:/shipped/" + entry.name()));
			r.load(in, set.getLoadOptions());
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework f) {
				frameworks.putIfAbsent(f.getName() + "@" + f.getVersion(), f);
			}
		} catch (IOException e) {
			throw new EvolutionException("The shipped framework " + entry.name() + " cannot be read: " + e.getMessage());
		}
	}

	/** Reads the shipped frameworks with this id, if not read yet. */
	private void ensureShipped(String id) throws EvolutionException {
		for (java.util.Iterator<ShippedFrameworks.Entry> it = pendingShipped.iterator(); it.hasNext();) {
			ShippedFrameworks.Entry entry = it.next();
			if (entry.id().equals(id)) {
				it.remove();
				if (!frameworks.containsKey(entry.id() + "@" + entry.version())) {
					loadShipped(entry);
				}
			}
		}
	}

	/** Loads a framework file into the workspace and returns its framework. */
	public Framework addFramework(Path file) throws EvolutionException {
		Resource r = load(file);
		if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof Framework f)) {
			throw new EvolutionException(file + " is not a framework or curriculum.");
		}
		frameworks.put(f.getName() + "@" + f.getVersion(), f);
		return f;
	}

	/**
	 * Loads a framework resource (not a file: a {@code jar:} URL, say) and returns its framework; returns
	 * null, and records why in {@link #passedOver()}, when it cannot be read, is not a framework, or a
	 * framework of its id and version is loaded already (as the check, which leaves such a resource out).
	 */
	public Framework addFramework(URL url) {
		Resource r = set.createResource(URI.createURI(url.toString()));
		String problem = null;
		try {
			try (InputStream in = FrameworkResources.open(url)) {
				r.load(in, set.getLoadOptions());
			}
			for (Resource.Diagnostic d : r.getErrors()) {
				if (problem == null && !(d instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic) && d instanceof Diagnostic) {
					problem = "syntax error on line " + d.getLine() + ": " + d.getMessage();
				}
			}
		} catch (IOException | RuntimeException e) {
			problem = "cannot be read: " + e.getMessage();
		}
		Framework f = problem == null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework framework ? framework : null;
		if (problem == null && f == null) {
			problem = "is not a framework or curriculum";
		} else if (f != null && frameworks.containsKey(f.getName() + "@" + f.getVersion())) {
			problem = f.getName() + " version \"" + f.getVersion() + "\" is already loaded from " + source(frameworks.get(f.getName() + "@" + f.getVersion()))
					+ ", which wins";
		}
		if (problem != null) {
			set.getResources().remove(r);
			passedOver.add(new PassedOver(url, problem, f != null));
			return null;
		}
		frameworks.put(f.getName() + "@" + f.getVersion(), f);
		return f;
	}

	/** A framework resource left out: why, and whether only because an earlier source had its id and version. */
	public record PassedOver(URL url, String reason, boolean shadowed) {
	}

	/** The framework resources left out, in the order given. */
	public List<PassedOver> passedOver() {
		return List.copyOf(passedOver);
	}

	/** The frameworks loaded so far (shipped ones are read only when first asked for). */
	public List<Framework> loaded() {
		return List.copyOf(frameworks.values());
	}

	/** Where a loaded framework was read from: its file, resource or shipped URI. */
	public String source(Framework framework) {
		return framework.eResource() == null ? "" : framework.eResource().getURI().toString();
	}

	/** The framework with this id and version, or null. */
	public Framework framework(String id, String version) throws EvolutionException {
		ensureShipped(id);
		return frameworks.get(id + "@" + version);
	}

	/** The versions available of a framework id, as loaded. */
	public List<String> versions(String id) throws EvolutionException {
		ensureShipped(id);
		List<String> result = new ArrayList<>();
		frameworks.values().stream().filter(f -> id.equals(f.getName())).forEach(f -> result.add(f.getVersion()));
		return result;
	}

	/**
	 * A framework named on the command line: a file, or {@code id@version} of a loaded (for instance
	 * shipped) framework.
	 */
	public Framework resolve(String argument) throws EvolutionException {
		Path path = Path.of(argument);
		if (Files.isRegularFile(path)) {
			return addFramework(path);
		}
		int at = argument.lastIndexOf('@');
		if (at > 0) {
			Framework f = framework(argument.substring(0, at), argument.substring(at + 1));
			if (f != null) {
				return f;
			}
			throw new EvolutionException("No framework " + argument.substring(0, at) + " version \"" + argument.substring(at + 1)
					+ "\" is available; available versions: " + versions(argument.substring(0, at)) + ".");
		}
		throw new EvolutionException("No such file: " + argument + " (name a framework file, or a shipped framework as id@version, e.g. cypmh.leadership@2024).");
	}

	/**
	 * What a file declares at its head, read by the parser alone (nothing linked, nothing kept): the id
	 * and version of a framework or curriculum, or the id of a course or plan with the framework id and
	 * version its {@code implements} clause names (null when it names none). The layout of the text does
	 * not matter (one line or several, comments), as it does not to the language.
	 */
	public record Heading(String id, String version, String implementedId, String implementedVersion, boolean isFramework) {
	}

	/** The {@link Heading} of a file; null when it cannot be read or is none of the documents the language knows. */
	public Heading heading(Path file) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException | RuntimeException e) {
			return null;
		}
		// its own URI (a query added), so that a course or framework loaded from the same file is left alone
		XtextResource r = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()).appendQuery("heading"));
		if (r == null) {
			return null;
		}
		try {
			r.load(new ByteArrayInputStream(bytes), set.getLoadOptions());
			Object root = r.getContents().isEmpty() ? null : r.getContents().get(0);
			if (root instanceof Framework f) {
				return new Heading(f.getName(), f.getVersion(), null, null, true);
			}
			if (root instanceof Course c) {
				return new Heading(c.getName(), null, implementedId(c, GoldthreadPackage.Literals.COURSE__FRAMEWORK),
						c.getFrameworkVersion(), false);
			}
			if (root instanceof LocalPlan plan) {
				return new Heading(plan.getName(), null, implementedId(plan, GoldthreadPackage.Literals.LOCAL_PLAN__FRAMEWORK),
						plan.getFrameworkVersion(), false);
			}
			return null;
		} catch (IOException | RuntimeException e) {
			return null;
		} finally {
			r.unload();
			set.getResources().remove(r);
		}
	}

	/** The framework id as written in the implements clause (the reference is not resolved); null without one. */
	private static String implementedId(EObject document, EReference framework) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(document, framework);
		return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** A loaded course file, its text and its course (null when it is not a course). */
	public record LoadedCourse(Path file, String text, XtextResource resource, Course course, List<String> syntaxErrors) {
	}

	/** Loads a course and links it; {@link #release} unloads it again. */
	public LoadedCourse course(Path file) throws EvolutionException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new EvolutionException(file + " cannot be read: " + e.getMessage());
		}
		XtextResource r = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()));
		try {
			r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new EvolutionException(file + " cannot be read: " + e.getMessage());
		}
		List<String> syntax = new ArrayList<>();
		for (Resource.Diagnostic d : r.getErrors()) {
			if (!(d instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic)) {
				syntax.add("line " + d.getLine() + ": " + d.getMessage());
			}
		}
		Course course = !r.getContents().isEmpty() && r.getContents().get(0) instanceof Course c ? c : null;
		if (course != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(course,
					GoldthreadPackage.Literals.COURSE__FRAMEWORK)) {
				ensureShipped(NodeModelUtils.getTokenText(node));
			}
			EcoreUtil2.resolveAll(r);
		}
		return new LoadedCourse(file, text, r, course, syntax);
	}

	/** Unloads a course loaded with {@link #course}. */
	public void release(LoadedCourse course) {
		course.resource().unload();
		set.getResources().remove(course.resource());
	}

	private Resource load(Path file) throws EvolutionException {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource existing = set.getResource(uri, false);
		if (existing != null) {
			return existing;
		}
		Resource r = set.createResource(uri);
		try {
			r.load(new ByteArrayInputStream(Files.readAllBytes(file)), set.getLoadOptions());
		} catch (IOException e) {
			throw new EvolutionException(file + " cannot be read: " + e.getMessage());
		}
		for (Resource.Diagnostic d : r.getErrors()) {
			if (!(d instanceof org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic) && d instanceof Diagnostic) {
				throw new EvolutionException(file + ":" + d.getLine() + ": syntax error: " + d.getMessage() + " (fix it first: goldthread check "
						+ file + ")");
			}
		}
		return r;
	}
}
