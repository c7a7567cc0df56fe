package org.goldthread.ui.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.editor.EditorEdits;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Quick fixes on the builder's markers (Problems view > Quick Fix, and Ctrl+1 in the editor through
 * the generic editor's marker quick assist). A resolution opens the file in its editor and edits the
 * editor's document: the change can be undone there, and the file is saved only when the user saves.
 */
public class GoldthreadMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return GoldthreadFixes.hasFixes(GoldthreadMarkers.ruleId(marker), elementIdOrData(marker));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker) || !(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		try {
			IDocument document = WorkspaceFiles.openDocument(file);
			if (document == null) {
				// not open: the saved text, in the file's project model
				return resolutions(marker, fixesForSaved(file, marker));
			}
			return resolutions(marker, GoldthreadFixes.fixesFor(document, findingOf(marker)));
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.log("Goldthread: cannot compute the quick fixes of a marker", e);
			return new IMarkerResolution[0];
		}
	}

	private static List<Fix> fixesForSaved(IFile file, IMarker marker) throws Exception {
		List<Fix> fixes = org.goldthread.ui.model.ModelManager.get().forProject(file.getProject())
				.readFile(file, resource -> GoldthreadFixes.fixesFor(resource, findingOf(marker)));
		return fixes == null ? List.of() : fixes;
	}

	private static IMarkerResolution[] resolutions(IMarker marker, List<Fix> fixes) {
		List<IMarkerResolution> result = new ArrayList<>();
		for (Fix fix : fixes) {
			result.add(new Resolution(fix, GoldthreadMarkers.fixHint(marker)));
		}
		return result.toArray(IMarkerResolution[]::new);
	}

	static FindingRef findingOf(IMarker marker) {
		String data = marker.getAttribute(GoldthreadMarkers.ISSUE_DATA, null);
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		return new FindingRef(GoldthreadMarkers.ruleId(marker), elementIdOrData(marker), data == null ? new String[0] : data.split("\n"),
				start, Math.max(0, end - start));
	}

	private static String elementIdOrData(IMarker marker) {
		String id = GoldthreadMarkers.frameworkElementId(marker);
		return id != null ? id : marker.getAttribute(GoldthreadMarkers.ISSUE_DATA, null);
	}

	/** A fix as a marker resolution: opens the editor and applies the fix to its document. */
	public static final class Resolution implements IMarkerResolution2 {
		private final Fix fix;
		private final String fixHint;

		Resolution(Fix fix, String fixHint) {
			this.fix = fix;
			this.fixHint = fixHint;
		}

		public Fix getFix() {
			return fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return Fix.describe(fix, fixHint);
		}

		@Override
		public Image getImage() {
			return GoldthreadUiPlugin.image(fix.image());
		}

		@Override
		public void run(IMarker marker) {
			try {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				IEditorPart part = IDE.openEditor(page, (IFile) marker.getResource(), true);
				if (!(part instanceof ITextEditor editor)) {
					return;
				}
				IDocument document = EditorEdits.documentOf(editor);
				Fix.Change change = FixApplier.apply(fix, document, editor.getAdapter(IRewriteTarget.class));
				if (change.selectOffset() >= 0) {
					editor.selectAndReveal(change.selectOffset(), change.selectLength());
				} else if (!change.edits().isEmpty()) {
					EditorEdits.Edit first = change.edits().get(0);
					editor.selectAndReveal(first.offset() + first.text().length(), 0);
				}
			} catch (Exception | LinkageError e) {
				GoldthreadUiPlugin.log("Goldthread: the quick fix '" + fix.label() + "' failed; the text was not changed", e);
			}
		}
	}
}
