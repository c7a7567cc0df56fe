package org.goldthread.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.editor.EditorEdits;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.WorkspaceFiles;
import org.goldthread.ui.search.ElementReferences.Occurrence;
import org.goldthread.ui.search.ElementReferences.Target;

/** Searches over the workspace's Goldthread files for the element at an editor's caret. */
public final class Searches {

	private Searches() {
	}

	/** The element at the caret of a Goldthread editor, or null. */
	public static Target targetAtCaret(IEditorPart part) throws Exception {
		if (!(part instanceof ITextEditor editor) || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		IDocument document = EditorEdits.documentOf(editor);
		if (document == null || !ModelManager.get().isGoldthreadDocument(document)) {
			return null;
		}
		return ModelManager.get().read(document, resource -> ElementReferences.targetAt(resource, selection.getOffset()));
	}

	/**
	 * The projects whose files may refer to the target: the project of its document, or, for a
	 * shipped framework element, every open project with Goldthread files.
	 */
	public static List<IProject> projectsFor(Target target) {
		IFile file = WorkspaceFiles.fileOf(target.uri());
		if (file != null) {
			return List.of(file.getProject());
		}
		List<IProject> result = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && !WorkspaceFiles.goldthreadFiles(project).isEmpty()) {
				result.add(project);
			}
		}
		return result;
	}

	/** Every occurrence of the target (with {@code descendants}: of the elements within it too) in the projects concerned. */
	public static List<Occurrence> occurrences(Target target, boolean descendants) throws Exception {
		List<Occurrence> result = new ArrayList<>();
		Set<org.eclipse.emf.common.util.URI> seen = new LinkedHashSet<>();
		for (IProject project : projectsFor(target)) {
			List<IFile> files = WorkspaceFiles.goldthreadFiles(project);
			List<Occurrence> found = ModelManager.get().forProject(project).readFiles(files, resources -> {
				List<Occurrence> all = new ArrayList<>();
				for (var resource : resources) {
					if (seen.add(resource.getURI())) {
						all.addAll(ElementReferences.occurrencesIn(resource, target, descendants));
					}
				}
				return all;
			});
			result.addAll(found);
		}
		return result;
	}
}
