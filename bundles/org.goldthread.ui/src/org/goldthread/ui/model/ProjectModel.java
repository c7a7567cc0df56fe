package org.goldthread.ui.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.goldthread.conformance.ShippedFrameworkHandler;
import org.goldthread.model.Framework;

/**
 * The parsed state of one project's Goldthread files, for the editors: one resource set per project
 * in which
 * <ul>
 * <li>a document open in an editor is re-parsed only when its text changed, and only that document;</li>
 * <li>the other files are not parsed at all until a reference needs them (a course's framework):
 * linking finds them through an index of what every file exports (its id, a framework's version),
 * together with the shipped frameworks;</li>
 * <li>a file changed on disk, or an editor closed without saving, only drops that file's entry,
 * which is computed again when next needed; when a framework changes, the documents that link to
 * it are re-linked (not re-parsed).</li>
 * </ul>
 * All access goes through {@link #read}, under one lock per project.
 */
public final class ProjectModel {

	/** What to do with a resource that is up to date with the text asked for. */
	@FunctionalInterface
	public interface ResourceFunction<T> {
		T apply(XtextResource resource) throws Exception;
	}

	private enum ChangeKind {
		CHANGED, REMOVED, DISCARDED
	}

	private record Change(URI uri, ChangeKind kind) {
	}

	private final IProject project;
	private final boolean liveBuffers;
	private final ReentrantLock lock = new ReentrantLock();
	private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();

	private XtextResourceSet set;
	private ResourceDescriptionsData index;
	/** The text each loaded resource was parsed from. */
	private final Map<URI, String> parsedText = new HashMap<>();
	/** Project files whose index entry is to be computed. */
	private final Set<URI> toIndex = new LinkedHashSet<>();
	private final Map<URI, Integer> linkedGeneration = new HashMap<>();
	private int frameworkGeneration;
	private boolean scanned;
	private Set<String> shadowingKeys = Set.of();

	/** Statistics, for tests and the performance notes. */
	private int parses;
	private int relinks;

	/** Told when a framework's text changed in an editor (so that the editors of its courses check again). */
	private final Runnable frameworkEdited;

	ProjectModel(IProject project, boolean liveBuffers, Runnable frameworkEdited) {
		this.project = project;
		this.liveBuffers = liveBuffers;
		this.frameworkEdited = frameworkEdited;
	}

	/** A model of the saved files only, for the builder (editors' unsaved text never reaches the markers). */
	public static ProjectModel forBuilder(IProject project) {
		return new ProjectModel(project, false, null);
	}

	public IProject getProject() {
		return project;
	}

	/**
	 * Runs {@code function} on the resource of {@code uri} holding {@code text}: parsed only when the
	 * text differs from the last one parsed for it, re-linked when a framework changed since.
	 */
	public <T> T read(URI uri, String text, ResourceFunction<T> function) throws Exception {
		lock.lock();
		try {
			applyPendingChanges();
			ensureIndexed(uri);
			XtextResource resource = upToDate(uri, text);
			return function.apply(resource);
		} finally {
			lock.unlock();
		}
	}

	/**
	 * As {@link #read}, but gives up (returning null) when another job holds the model longer than
	 * {@code timeoutMillis}: for callers on the UI thread, which must never freeze behind a long check.
	 */
	public <T> T readWithin(URI uri, String text, long timeoutMillis, ResourceFunction<T> function) throws Exception {
		if (!lock.tryLock(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
			return null;
		}
		try {
			applyPendingChanges();
			ensureIndexed(uri);
			return function.apply(upToDate(uri, text));
		} finally {
			lock.unlock();
		}
	}

	/** Runs {@code function} on the resource of a workspace file (its open buffer's text, or the saved text). */
	public <T> T readFile(IFile file, ResourceFunction<T> function) throws Exception {
		IDocument document = liveBuffers ? WorkspaceFiles.openDocument(file) : null;
		String text = document != null ? document.get() : WorkspaceFiles.savedText(file);
		return read(WorkspaceFiles.uriOf(file), text, function);
	}

	/** What to do with several resources that are up to date with their files' texts. */
	@FunctionalInterface
	public interface ResourcesFunction<T> {
		T apply(List<XtextResource> resources) throws Exception;
	}

	/**
	 * Runs {@code function} on the resources of several workspace files at once (each holding its open
	 * buffer's text, or the saved text), all linked to the frameworks' current texts: for commands
	 * that work on a whole project.
	 */
	public <T> T readFiles(List<IFile> files, ResourcesFunction<T> function) throws Exception {
		lock.lock();
		try {
			applyPendingChanges();
			ensureIndexed();
			List<URI> uris = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			for (IFile file : files) {
				IDocument document = liveBuffers ? WorkspaceFiles.openDocument(file) : null;
				uris.add(WorkspaceFiles.uriOf(file));
				texts.add(document != null ? document.get() : WorkspaceFiles.savedText(file));
			}
			for (int i = 0; i < uris.size(); i++) {
				upToDate(uris.get(i), texts.get(i));
			}
			// a framework among the files parsed after a course that links to it: the second round re-links that course
			List<XtextResource> resources = new ArrayList<>();
			for (int i = 0; i < uris.size(); i++) {
				resources.add(upToDate(uris.get(i), texts.get(i)));
			}
			return function.apply(resources);
		} finally {
			lock.unlock();
		}
	}

	/** A framework the project's documents may implement: its id, version and URI. */
	public record FrameworkEntry(String id, String version, URI uri) {
	}

	/** The frameworks visible in the project: its own framework files and the shipped ones (not those it shadows). */
	public List<FrameworkEntry> frameworks() {
		lock.lock();
		try {
			applyPendingChanges();
			ensureIndexed();
			List<FrameworkEntry> result = new ArrayList<>();
			for (IResourceDescription d : index.getAllResourceDescriptions()) {
				for (var e : d.getExportedObjectsByType(org.goldthread.model.GoldthreadPackage.Literals.FRAMEWORK)) {
					result.add(new FrameworkEntry(e.getName().toString(),
							e.getUserData(org.goldthread.lang.scoping.GoldthreadResourceDescriptionStrategy.VERSION), d.getURI()));
				}
			}
			result.sort(java.util.Comparator.comparing(FrameworkEntry::id).thenComparing(f -> f.version() == null ? "" : f.version()));
			return result;
		} finally {
			lock.unlock();
		}
	}

	/** Runs {@code function} on a loaded resource of the project model (a framework, say), loading it if needed. */
	public <T> T withResource(URI uri, ResourceFunction<T> function) throws Exception {
		lock.lock();
		try {
			applyPendingChanges();
			ensureIndexed();
			Resource resource = set().getResource(uri, true);
			return resource instanceof XtextResource xtext ? function.apply(xtext) : null;
		} finally {
			lock.unlock();
		}
	}

	/** A file changed on disk (saved, replaced, added): its entry is dropped and computed again when needed. */
	public void fileChanged(URI uri) {
		pending.add(new Change(uri, ChangeKind.CHANGED));
	}

	public void fileRemoved(URI uri) {
		pending.add(new Change(uri, ChangeKind.REMOVED));
	}

	/** An editor's unsaved text is gone (closed without saving): forget what was parsed from it. */
	public void bufferDiscarded(URI uri) {
		pending.add(new Change(uri, ChangeKind.DISCARDED));
	}

	public int parseCount() {
		return parses;
	}

	public int relinkCount() {
		return relinks;
	}

	/** The URIs currently loaded (for tests: the model does not hold the whole project). */
	public List<URI> loadedUris() {
		lock.lock();
		try {
			List<URI> result = new ArrayList<>();
			if (set != null) {
				set.getResources().forEach(r -> result.add(r.getURI()));
			}
			return result;
		} finally {
			lock.unlock();
		}
	}

	// ------------------------------------------------------------------------------------------

	private XtextResourceSet set() {
		if (set == null) {
			set = GoldthreadLanguage.get(XtextResourceSet.class);
			set.getLoadOptions().put(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
			ShippedFrameworkHandler.install(set);
			set.getURIConverter().getURIHandlers().add(0, new WorkspaceTextHandler(liveBuffers, (uri, text) -> {
				parsedText.put(uri, text);
				parses++;
			}));
			index = new ResourceDescriptionsData(List.of());
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, index);
		}
		return set;
	}

	private XtextResource upToDate(URI uri, String text) throws IOException {
		XtextResourceSet resources = set();
		Resource existing = resources.getResource(uri, false);
		XtextResource resource;
		if (!(existing instanceof XtextResource xtext)) {
			if (existing != null) {
				resources.getResources().remove(existing);
			}
			resource = (XtextResource) resources.createResource(uri);
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()), resources.getLoadOptions());
			parsedText.put(uri, text);
			parses++;
			linkedGeneration.put(uri, frameworkGeneration);
			updateIndexEntry(uri, resource, false);
		} else if (!text.equals(parsedText.get(uri))) {
			resource = xtext;
			boolean wasFramework = isFramework(resource);
			reparse(resource, text);
			parsedText.put(uri, text);
			parses++;
			if (wasFramework || isFramework(resource)) {
				frameworkGeneration++;
				if (frameworkEdited != null) {
					frameworkEdited.run();
				}
			}
			linkedGeneration.put(uri, frameworkGeneration);
			updateIndexEntry(uri, resource, false);
		} else {
			resource = xtext;
			Integer linked = linkedGeneration.get(uri);
			if ((linked == null || linked < frameworkGeneration) && !isFramework(resource)) {
				resource.relink();
				relinks++;
			}
			linkedGeneration.put(uri, frameworkGeneration);
		}
		return resource;
	}

	/**
	 * Brings a parsed resource to a new text. A keystroke changes one region: Xtext's partial parser
	 * re-parses only the smallest node around it and keeps the rest of the model and its resolved
	 * links, as Xtext's own editor does (it falls back to a full parse when the region needs it).
	 */
	private static void reparse(XtextResource resource, String text) throws IOException {
		if (resource.getParseResult() == null) {
			resource.reparse(text);
			return;
		}
		String old = resource.getParseResult().getRootNode().getText();
		int start = 0;
		int limit = Math.min(old.length(), text.length());
		while (start < limit && old.charAt(start) == text.charAt(start)) {
			start++;
		}
		int oldEnd = old.length();
		int newEnd = text.length();
		while (oldEnd > start && newEnd > start && old.charAt(oldEnd - 1) == text.charAt(newEnd - 1)) {
			oldEnd--;
			newEnd--;
		}
		resource.update(start, oldEnd - start, text.substring(start, newEnd));
	}

	private static boolean isFramework(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework;
	}

	private void applyPendingChanges() {
		for (Change change; (change = pending.poll()) != null;) {
			URI uri = change.uri();
			if (change.kind() == ChangeKind.CHANGED && liveBuffers) {
				IFile file = WorkspaceFiles.fileOf(uri);
				if (file != null && WorkspaceFiles.openDocument(file) != null && set != null && set.getResource(uri, false) != null) {
					continue; // open in an editor: the editor's text is what counts, and it is compared on every read
				}
			}
			unload(uri);
			if (index != null) {
				IResourceDescription old = index.getResourceDescription(uri);
				if (old != null && !ExportedDescriptions.frameworkKeys(old).isEmpty()) {
					frameworkGeneration++;
				}
				if (change.kind() == ChangeKind.REMOVED) {
					index.removeDescription(uri);
					toIndex.remove(uri);
					refreshShippedEntries();
				} else {
					toIndex.add(uri);
				}
			}
		}
	}

	private void unload(URI uri) {
		if (set == null) {
			return;
		}
		Resource resource = set.getResource(uri, false);
		if (resource != null) {
			if (isFramework(resource)) {
				frameworkGeneration++;
			}
			resource.unload();
			set.getResources().remove(resource);
		}
		parsedText.remove(uri);
		linkedGeneration.remove(uri);
	}

	private void ensureIndexed() {
		ensureIndexed(null);
	}

	/**
	 * Brings the index up to date with the project's files. {@code reading} (may be null), the
	 * document about to be brought up to date by {@link #upToDate}, is not parsed here when it is not
	 * loaded: {@link #upToDate} parses it from the editor's text and indexes it, so that opening a
	 * document parses it once, not once for the index and again for the editor.
	 */
	private void ensureIndexed(URI reading) {
		XtextResourceSet resources = set();
		if (!scanned) {
			scanned = true;
			if (project != null) {
				for (IFile file : WorkspaceFiles.goldthreadFiles(project)) {
					toIndex.add(WorkspaceFiles.uriOf(file));
				}
			}
			refreshShippedEntries();
		}
		if (toIndex.isEmpty()) {
			return;
		}
		List<URI> uris = new ArrayList<>(toIndex);
		toIndex.clear();
		for (URI uri : uris) {
			IFile file = WorkspaceFiles.fileOf(uri);
			if (file == null || !file.exists()) {
				index.removeDescription(uri);
				continue;
			}
			try {
				Resource resource = resources.getResource(uri, false);
				boolean wasLoaded = resource != null;
				if (resource == null && uri.equals(reading)) {
					continue; // indexed by upToDate, from the text it parses
				}
				if (resource == null) {
					resource = resources.getResource(uri, true);
				}
				updateIndexEntry(uri, resource, true);
				if (!wasLoaded && !isFramework(resource)) {
					// courses and plans are not link targets: keep only their index entry
					unload(uri);
				}
			} catch (RuntimeException e) {
				ErrorLog.warn("Goldthread: cannot index " + uri, e);
				Resource broken = resources.getResource(uri, false);
				if (broken != null) {
					resources.getResources().remove(broken);
				}
			}
		}
	}

	private void updateIndexEntry(URI uri, Resource resource, boolean force) {
		if (index == null || WorkspaceFiles.fileOf(uri) == null) {
			return; // documents outside the workspace (compare editors, ...) export nothing to the project
		}
		IResourceDescription description = ExportedDescriptions.of(resource);
		IResourceDescription old = index.getResourceDescription(uri);
		if (force || !ExportedDescriptions.sameExports(old, description)) {
			index.addDescription(uri, description);
			if (!ExportedDescriptions.frameworkKeys(old).equals(ExportedDescriptions.frameworkKeys(description))) {
				refreshShippedEntries();
			}
		}
	}

	/** The shipped frameworks are in the index unless a project file has the same id and version. */
	private void refreshShippedEntries() {
		if (index == null) {
			return;
		}
		Set<String> projectKeys = new HashSet<>();
		for (IResourceDescription d : index.getAllResourceDescriptions()) {
			if (!ShippedFrameworkHandler.isShipped(d.getURI())) {
				projectKeys.addAll(ExportedDescriptions.frameworkKeys(d));
			}
		}
		if (projectKeys.equals(shadowingKeys) && hasShippedEntries()) {
			return;
		}
		shadowingKeys = projectKeys;
		for (ShippedIndex.Entry entry : ShippedIndex.entries()) {
			URI uri = entry.description().getURI();
			boolean shadowed = entry.keys().stream().anyMatch(projectKeys::contains);
			if (shadowed) {
				index.removeDescription(uri);
				unload(uri);
			} else if (index.getResourceDescription(uri) == null) {
				index.addDescription(uri, entry.description());
			}
		}
	}

	private boolean hasShippedEntries() {
		for (IResourceDescription d : index.getAllResourceDescriptions()) {
			if (ShippedFrameworkHandler.isShipped(d.getURI())) {
				return true;
			}
		}
		return false;
	}

	/** Loads platform:/resource files on demand: the open editor's text (for the editors' model), else the saved text. */
	static final class WorkspaceTextHandler extends URIHandlerImpl {
		private final boolean liveBuffers;
		private final BiConsumer<URI, String> loaded;

		WorkspaceTextHandler(boolean liveBuffers, BiConsumer<URI, String> loaded) {
			this.liveBuffers = liveBuffers;
			this.loaded = loaded;
		}

		@Override
		public boolean canHandle(URI uri) {
			return uri.isPlatformResource();
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			IFile file = WorkspaceFiles.fileOf(uri);
			if (file == null || !file.exists()) {
				throw new IOException("No such file: " + uri);
			}
			IDocument document = liveBuffers ? WorkspaceFiles.openDocument(file) : null;
			String text = document != null ? document.get() : WorkspaceFiles.savedText(file);
			loaded.accept(uri, text);
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			IFile file = WorkspaceFiles.fileOf(uri);
			return file != null && file.exists();
		}
	}
}
