package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Applies edits through the editor's document as one undoable change (Edit > Undo reverts all of
 * them at once). Nothing here writes files: saving stays the user's decision.
 */
public final class EditorEdits {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	private EditorEdits() {
	}

	/** Applies the edits (offsets of the current text; applied back to front) as one undoable change. */
	public static void apply(ITextEditor editor, IDocument document, List<Edit> edits) throws BadLocationException {
		apply(editor == null ? null : editor.getAdapter(IRewriteTarget.class), document, edits);
	}

	/** As above, with the rewrite target of a viewer (ITextViewerExtension#getRewriteTarget) or none. */
	public static void apply(IRewriteTarget target, IDocument document, List<Edit> edits) throws BadLocationException {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(Edit::offset).reversed());
		if (target != null) {
			target.beginCompoundChange();
		}
		try {
			for (Edit edit : sorted) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (target != null) {
				target.endCompoundChange();
			}
		}
	}

	/** The document an editor shows, or null. */
	public static IDocument documentOf(IEditorPart part) {
		if (part instanceof ITextEditor editor && editor.getDocumentProvider() != null) {
			return editor.getDocumentProvider().getDocument(editor.getEditorInput());
		}
		return null;
	}
}
