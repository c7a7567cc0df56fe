package org.goldthread.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.goldthread.ui.model.GoldthreadLanguage;

/** What a Goldthread command applies to: the selected resources, else the active editor's file. */
final class Targets {

	private Targets() {
	}

	static List<IResource> resources(ExecutionEvent event) {
		List<IResource> result = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		// resources selected in a view (in an editor the selection is text, and the editor's file counts)
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && !result.contains(resource)) {
					result.add(resource);
				}
			}
		}
		if (result.isEmpty() && editor != null) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null) {
				result.add(file);
			}
		}
		return result;
	}

	static List<IProject> projects(ExecutionEvent event) {
		List<IProject> projects = new ArrayList<>();
		for (IResource resource : resources(event)) {
			IProject project = resource.getProject();
			if (project != null && project.isAccessible() && !projects.contains(project)) {
				projects.add(project);
			}
		}
		return projects;
	}

	/** The Goldthread files among the targets (the first one when several). */
	static List<IFile> goldthreadFiles(ExecutionEvent event) {
		List<IFile> files = new ArrayList<>();
		for (IResource resource : resources(event)) {
			if (GoldthreadLanguage.isGoldthreadFile(resource)) {
				files.add((IFile) resource);
			}
		}
		return files;
	}
}
