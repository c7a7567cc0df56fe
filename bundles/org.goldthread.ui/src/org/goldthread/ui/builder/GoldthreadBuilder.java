package org.goldthread.ui.builder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.CheckSession;
import org.goldthread.conformance.FindingMapper;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.LocalPlan;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ProjectModel;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Checks the Goldthread files of a project, as saved, with links across files and to the shipped
 * frameworks, and reports the check session's findings as {@link GoldthreadMarkers#PROBLEM} markers
 * (Problems view), with the rule id, framework element and fix hint as attributes.
 * Incremental: a build checks the files that changed and the files that depend on them (the
 * courses and plans implementing a changed framework, or naming a framework id that appeared or
 * disappeared), and nothing else. The parsed files are kept between builds in a model of its own
 * (saved text only; the editors' unsaved text never reaches the markers).
 */
public class GoldthreadBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.goldthread.ui.builder";

	/** What the builder knows about a project between builds. */
	static final class State {
		final ProjectModel model;
		/** The framework file each checked file links to. */
		final Map<URI, URI> linksTo = new HashMap<>();
		/** The framework ids each checked file names (whether or not they resolve). */
		final Map<URI, String> wants = new HashMap<>();
		/** The framework ids each checked file declares. */
		final Map<URI, String> declares = new HashMap<>();
		/** The files checked at least once. */
		final Set<URI> known = new HashSet<>();

		State(IProject project) {
			model = ProjectModel.forBuilder(project);
		}
	}

	private static final Map<IProject, State> STATES = new ConcurrentHashMap<>();
	private static final Map<IProject, List<String>> LAST_CHECKED = new ConcurrentHashMap<>();

	/** Drops what the builder keeps about a project (closed or deleted). */
	public static void forget(IProject project) {
		STATES.remove(project);
		LAST_CHECKED.remove(project);
	}

	/** The project-relative paths of the files the last build of {@code project} checked (tests, diagnostics). */
	public static List<String> lastChecked(IProject project) {
		return LAST_CHECKED.getOrDefault(project, List.of());
	}

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		org.goldthread.ui.model.ModelManager.get(); // follows project closing and deletion (and then forgets this state)
		State state = STATES.get(project);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		try {
			if (state == null || delta == null) {
				fullBuild(project, monitor);
			} else {
				incrementalBuild(project, state, delta, monitor);
			}
		} catch (OperationCanceledException e) {
			STATES.remove(project);
			forgetLastBuiltState();
			throw e;
		} catch (RuntimeException e) {
			STATES.remove(project);
			GoldthreadUiPlugin.log("Goldthread: the build of " + project.getName() + " failed", e);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		STATES.remove(getProject());
		getProject().deleteMarkers(GoldthreadMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	private void fullBuild(IProject project, IProgressMonitor monitor) throws CoreException {
		State state = new State(project);
		STATES.put(project, state);
		GoldthreadLanguage.conformance().clearProfiles();
		List<IFile> files = WorkspaceFiles.goldthreadFiles(project);
		project.deleteMarkers(GoldthreadMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
		check(state, files, monitor);
	}

	private void incrementalBuild(IProject project, State state, IResourceDelta delta, IProgressMonitor monitor) throws CoreException {
		Set<IFile> changed = new LinkedHashSet<>();
		Set<URI> removed = new LinkedHashSet<>();
		Set<IContainer> settingsFolders = new LinkedHashSet<>();
		delta.accept(d -> {
			IResource resource = d.getResource();
			if (resource.getType() != IResource.FILE) {
				return !resource.isDerived();
			}
			if (GoldthreadLanguage.isSettingsFile(resource)) {
				settingsFolders.add(resource.getParent());
			} else if (GoldthreadLanguage.isGoldthreadFile(resource)) {
				if (d.getKind() == IResourceDelta.REMOVED) {
					removed.add(WorkspaceFiles.uriOf((IFile) resource));
				} else if (d.getKind() == IResourceDelta.ADDED
						|| (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0) {
					if (!resource.isDerived(IResource.CHECK_ANCESTORS)) {
						changed.add((IFile) resource);
					}
				}
			}
			return false;
		});
		if (changed.isEmpty() && removed.isEmpty() && settingsFolders.isEmpty()) {
			LAST_CHECKED.put(project, List.of());
			return;
		}
		// the framework ids that may have appeared, disappeared or changed
		Set<String> names = new HashSet<>();
		Set<URI> changedUris = new HashSet<>(removed);
		for (IFile file : changed) {
			changedUris.add(WorkspaceFiles.uriOf(file));
		}
		for (URI uri : changedUris) {
			String declared = state.declares.get(uri);
			if (declared != null) {
				names.add(declared);
			}
		}
		for (URI uri : removed) {
			state.model.fileRemoved(uri);
			state.linksTo.remove(uri);
			state.wants.remove(uri);
			state.declares.remove(uri);
			state.known.remove(uri);
		}
		for (IFile file : changed) {
			state.model.fileChanged(WorkspaceFiles.uriOf(file));
		}
		if (!settingsFolders.isEmpty()) {
			GoldthreadLanguage.conformance().clearProfiles();
		}
		SubMonitor sub = SubMonitor.convert(monitor, "Checking Goldthread files", 2);
		List<String> checked = new ArrayList<>();
		checked.addAll(check(state, new ArrayList<>(changed), sub.split(1)));
		for (IFile file : changed) {
			String declared = state.declares.get(WorkspaceFiles.uriOf(file));
			if (declared != null) {
				names.add(declared);
			}
		}
		// the dependents: files linking to a changed framework, naming one of the ids concerned, or under a changed settings file
		List<IFile> dependents = new ArrayList<>();
		for (IFile file : WorkspaceFiles.goldthreadFiles(project)) {
			URI uri = WorkspaceFiles.uriOf(file);
			if (changed.contains(file)) {
				continue;
			}
			boolean affected = changedUris.contains(state.linksTo.get(uri)) || names.contains(state.wants.get(uri))
					|| !state.known.contains(uri);
			for (IContainer folder : settingsFolders) {
				affected |= folder.getFullPath().isPrefixOf(file.getFullPath());
			}
			if (affected) {
				dependents.add(file);
			}
		}
		checked.addAll(check(state, dependents, sub.split(1)));
		LAST_CHECKED.put(project, checked);
	}

	/** Checks files, replacing their markers; returns their project-relative paths. */
	private List<String> check(State state, List<IFile> files, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Checking Goldthread files", files.size());
		CheckSession session = GoldthreadLanguage.session();
		List<String> checked = new ArrayList<>();
		for (IFile file : files) {
			if (sub.isCanceled()) {
				throw new OperationCanceledException();
			}
			sub.subTask(file.getName());
			URI uri = WorkspaceFiles.uriOf(file);
			List<Issue> issues;
			try {
				issues = state.model.readFile(file, resource -> {
					List<Issue> result = session.issues(resource, sub::isCanceled);
					// a cancelled validation stops part-way: its findings must never replace the markers
					if (sub.isCanceled()) {
						throw new OperationCanceledException();
					}
					recordDependencies(state, uri, resource);
					return result;
				});
			} catch (OperationCanceledException e) {
				throw e;
			} catch (org.eclipse.xtext.service.OperationCanceledError e) {
				throw new OperationCanceledException();
			} catch (Exception e) {
				GoldthreadUiPlugin.log("Goldthread: cannot check " + file.getFullPath(), e);
				sub.worked(1);
				continue;
			}
			file.deleteMarkers(GoldthreadMarkers.PROBLEM, true, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				createMarker(file, issue);
			}
			checked.add(file.getProjectRelativePath().toString());
			LAST_CHECKED.put(file.getProject(), checked);
			sub.worked(1);
		}
		return checked;
	}

	private static void recordDependencies(State state, URI uri, XtextResource resource) {
		state.linksTo.remove(uri);
		state.wants.remove(uri);
		state.declares.remove(uri);
		state.known.add(uri);
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		Framework framework = null;
		org.eclipse.emf.ecore.EReference reference = null;
		if (root instanceof Course course) {
			framework = course.getFramework();
			reference = GoldthreadPackage.Literals.COURSE__FRAMEWORK;
		} else if (root instanceof LocalPlan plan) {
			framework = plan.getFramework();
			reference = GoldthreadPackage.Literals.LOCAL_PLAN__FRAMEWORK;
		} else if (root instanceof Framework self && self.getName() != null) {
			state.declares.put(uri, self.getName());
		}
		if (reference != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(root, reference);
			state.wants.put(uri, nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0)));
			if (framework != null && !framework.eIsProxy() && framework.eResource() != null) {
				state.linksTo.put(uri, framework.eResource().getURI());
			}
		}
	}

	/** Creates the marker with all its attributes at once: no reader ever sees one without its severity or rule. */
	static void createMarker(IFile file, Issue issue) throws CoreException {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
				: issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		attributes.put(IMarker.SOURCE_ID, "Goldthread");
		attributes.put(GoldthreadMarkers.RULE_ID, issue.getCode());
		String elementId = FindingMapper.frameworkElementId(issue.getData());
		if (elementId != null) {
			attributes.put(GoldthreadMarkers.FRAMEWORK_ELEMENT_ID, elementId);
		}
		String hint = FindingMapper.fixHint(issue.getData());
		if (hint != null) {
			attributes.put(GoldthreadMarkers.FIX_HINT, hint);
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(GoldthreadMarkers.ISSUE_DATA, String.join("\n", issue.getData()));
		}
		file.createMarker(GoldthreadMarkers.PROBLEM, attributes);
	}
}
