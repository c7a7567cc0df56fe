package org.goldthread.ui.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;

/**
 * The editors' models: one {@link ProjectModel} per project, kept up to date with the workspace
 * (files saved, added, removed or changed outside Eclipse; settings files; editors closed without
 * saving). Editor services call {@link #read(IDocument, ProjectModel.ResourceFunction)}.
 */
public final class ModelManager implements IResourceChangeListener, IFileBufferListener {

	private static volatile ModelManager instance;

	private final Map<IProject, ProjectModel> projects = new ConcurrentHashMap<>();
	private final ProjectModel detached;
	private final List<Consumer<IProject>> listeners = new CopyOnWriteArrayList<>();
	private final Map<IDocument, URI> documentUris = Collections.synchronizedMap(new WeakHashMap<>());
	/** Documents without a workspace file parsed lately; older ones are dropped from the model. */
	private final Map<URI, Boolean> recentDetached = new java.util.LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<URI, Boolean> eldest) {
			if (size() > MAX_DETACHED) {
				detached.fileRemoved(eldest.getKey());
				return true;
			}
			return false;
		}
	};
	private static final int MAX_DETACHED = 12;

	private ModelManager() {
		detached = new ProjectModel(null, true, () -> notifyListeners(null));
	}

	public static ModelManager get() {
		ModelManager result = instance;
		if (result == null) {
			synchronized (ModelManager.class) {
				result = instance;
				if (result == null) {
					result = new ModelManager();
					ResourcesPlugin.getWorkspace().addResourceChangeListener(result,
							IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
					FileBuffers.getTextFileBufferManager().addFileBufferListener(result);
					instance = result;
				}
			}
		}
		return result;
	}

	public static void shutdown() {
		ModelManager manager = instance;
		if (manager != null) {
			instance = null;
			try {
				ResourcesPlugin.getWorkspace().removeResourceChangeListener(manager);
				FileBuffers.getTextFileBufferManager().removeFileBufferListener(manager);
			} catch (RuntimeException | LinkageError e) {
				// the workspace is going away too
			}
		}
	}

	/** The editors' model of a project's Goldthread files. */
	public ProjectModel forProject(IProject project) {
		return projects.computeIfAbsent(project, p -> new ProjectModel(p, true, () -> notifyListeners(p)));
	}

	/**
	 * Runs {@code function} on the parsed, linked resource of a document's current text. The document's
	 * file decides the project (and so what it links to); a document without a workspace file (a
	 * shipped framework, a compare editor) is parsed on its own, with the shipped frameworks.
	 */
	public <T> T read(IDocument document, ProjectModel.ResourceFunction<T> function) throws Exception {
		return read(document, -1, function);
	}

	/** As {@link #read}, giving up (null) after {@code timeoutMillis} if the model is busy; for the UI thread. */
	public <T> T readWithin(IDocument document, long timeoutMillis, ProjectModel.ResourceFunction<T> function) throws Exception {
		return read(document, timeoutMillis, function);
	}

	private <T> T read(IDocument document, long timeoutMillis, ProjectModel.ResourceFunction<T> function) throws Exception {
		IFile file = WorkspaceFiles.fileOf(document);
		String text = document.get();
		ProjectModel model;
		URI uri;
		if (file != null && GoldthreadLanguage.isGoldthreadFile(file) && file.getProject().isAccessible()) {
			model = forProject(file.getProject());
			uri = WorkspaceFiles.uriOf(file);
		} else {
			model = detached;
			uri = documentUris.get(document);
			if (uri == null) {
				uri = URI.createURI("inmemory:/document" + System.identityHashCode(document) + ".course");
				synchronized (recentDetached) {
					recentDetached.put(uri, Boolean.TRUE);
				}
			}
		}
		return timeoutMillis < 0 ? model.read(uri, text, function) : model.readWithin(uri, text, timeoutMillis, function);
	}

	/** The URI a document without a workspace file stands for (e.g. a shipped framework opened read-only). */
	public void registerDocument(IDocument document, URI uri) {
		documentUris.put(document, uri);
	}

	/** True for a document of a Goldthread file (or a shipped framework opened read-only). */
	public boolean isGoldthreadDocument(IDocument document) {
		if (document == null) {
			return false;
		}
		IFile file = WorkspaceFiles.fileOf(document);
		return file != null ? GoldthreadLanguage.isGoldthreadFile(file) : documentUris.containsKey(document);
	}

	public URI uriOf(IDocument document) {
		IFile file = WorkspaceFiles.fileOf(document);
		if (file != null) {
			return WorkspaceFiles.uriOf(file);
		}
		return documentUris.get(document);
	}

	/** Hears the project (null: documents outside projects) whose files changed in a way editors should re-check. */
	public void addListener(Consumer<IProject> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<IProject> listener) {
		listeners.remove(listener);
	}

	private void notifyListeners(IProject project) {
		for (Consumer<IProject> listener : listeners) {
			try {
				listener.accept(project);
			} catch (RuntimeException e) {
				ErrorLog.error("Goldthread: a model listener failed", e);
			}
		}
	}

	// ------------------------------------------------------------------ workspace changes

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() == IResourceChangeEvent.PRE_CLOSE || event.getType() == IResourceChangeEvent.PRE_DELETE) {
			if (event.getResource() instanceof IProject project) {
				projects.remove(project);
				org.goldthread.ui.builder.GoldthreadBuilder.forget(project);
			}
			return;
		}
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return;
		}
		Set<IProject> changed = new HashSet<>();
		boolean[] settings = { false };
		try {
			delta.accept(d -> {
				IResource resource = d.getResource();
				if (resource.getType() == IResource.PROJECT && (d.getKind() == IResourceDelta.REMOVED
						|| (d.getFlags() & IResourceDelta.OPEN) != 0 && !resource.isAccessible())) {
					projects.remove(resource);
					settings[0] = true; // its settings files went with it: a project re-made at the same place must not inherit them
					return false;
				}
				if (resource.getType() == IResource.FOLDER && d.getKind() == IResourceDelta.REMOVED) {
					settings[0] = true; // a settings file may have gone with the folder
				}
				if (resource.getType() != IResource.FILE) {
					return true;
				}
				if (GoldthreadLanguage.isSettingsFile(resource)) {
					settings[0] = true;
					changed.add(resource.getProject());
					return false;
				}
				if (!GoldthreadLanguage.isGoldthreadFile(resource)) {
					return false;
				}
				boolean content = d.getKind() != IResourceDelta.CHANGED
						|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0;
				if (!content) {
					return false;
				}
				ProjectModel model = projects.get(resource.getProject());
				if (model != null) {
					URI uri = WorkspaceFiles.uriOf((IFile) resource);
					if (d.getKind() == IResourceDelta.REMOVED) {
						model.fileRemoved(uri);
					} else {
						model.fileChanged(uri);
					}
				}
				changed.add(resource.getProject());
				return false;
			});
		} catch (CoreException e) {
			ErrorLog.error("Goldthread: cannot follow a workspace change", e);
		}
		if (settings[0]) {
			GoldthreadLanguage.conformance().clearProfiles();
		}
		changed.forEach(this::notifyListeners);
	}

	// ------------------------------------------------------------------ editor buffers

	@Override
	public void bufferDisposed(IFileBuffer buffer) {
		IPath location = buffer.getLocation();
		if (location == null || location.segmentCount() < 2) {
			return;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		if (GoldthreadLanguage.isGoldthreadFile(file)) {
			ProjectModel model = projects.get(file.getProject());
			if (model != null) {
				model.bufferDiscarded(WorkspaceFiles.uriOf(file));
				notifyListeners(file.getProject());
			}
		}
	}

	@Override public void bufferCreated(IFileBuffer buffer) { }
	@Override public void bufferContentAboutToBeReplaced(IFileBuffer buffer) { }
	@Override public void bufferContentReplaced(IFileBuffer buffer) { }
	@Override public void stateChanging(IFileBuffer buffer) { }
	@Override public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) { }
	@Override public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) { }
	@Override public void underlyingFileMoved(IFileBuffer buffer, IPath path) { }
	@Override public void underlyingFileDeleted(IFileBuffer buffer) { }
	@Override public void stateChangeFailed(IFileBuffer buffer) { }
}
