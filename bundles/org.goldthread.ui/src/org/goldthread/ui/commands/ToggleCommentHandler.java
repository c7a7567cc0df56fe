package org.goldthread.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.editor.EditorEdits;

/**
 * Toggle Comment (Ctrl+/): comments the selected lines out with {@code //}, or, when every non-blank
 * selected line is already commented, removes the comment markers. One undoable change.
 */
public class ToggleCommentHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor && editor.isEditable()
				&& editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) {
			IDocument document = EditorEdits.documentOf(editor);
			try {
				int first = document.getLineOfOffset(selection.getOffset());
				int last = lastLine(document, selection.getOffset(), selection.getLength());
				EditorEdits.apply(editor, document, toggle(document, selection.getOffset(), selection.getLength()));
				if (selection.getLength() > 0) {
					int start = document.getLineOffset(first);
					IRegion end = document.getLineInformation(last);
					editor.selectAndReveal(start, end.getOffset() + end.getLength() - start);
				}
			} catch (BadLocationException e) {
				GoldthreadUiPlugin.warn("Goldthread: toggle comment on a stale selection", e);
			}
		}
		return null;
	}

	/** The last line a selection touches (a selection ending at a line start does not include that line). */
	static int lastLine(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = document.getLineOfOffset(offset + length);
		if (last > first && length > 0 && document.getLineOffset(last) == offset + length) {
			last--;
		}
		return last;
	}

	/** The edits that toggle the comments of the lines touched by the selection. */
	public static List<EditorEdits.Edit> toggle(IDocument document, int offset, int length) throws BadLocationException {
		int first = document.getLineOfOffset(offset);
		int last = lastLine(document, offset, length);
		boolean allCommented = true;
		int minIndent = Integer.MAX_VALUE;
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			int indent = indentOf(text);
			minIndent = Math.min(minIndent, indent);
			allCommented &= text.startsWith("//", indent);
		}
		List<EditorEdits.Edit> edits = new ArrayList<>();
		if (minIndent == Integer.MAX_VALUE) {
			return edits;
		}
		for (int line = first; line <= last; line++) {
			String text = lineText(document, line);
			if (text.isBlank()) {
				continue;
			}
			int lineOffset = document.getLineOffset(line);
			if (allCommented) {
				int at = indentOf(text);
				int remove = text.startsWith("// ", at) ? 3 : 2;
				edits.add(new EditorEdits.Edit(lineOffset + at, remove, ""));
			} else {
				edits.add(new EditorEdits.Edit(lineOffset + minIndent, 0, "// "));
			}
		}
		return edits;
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		IRegion region = document.getLineInformation(line);
		return document.get(region.getOffset(), region.getLength());
	}

	private static int indentOf(String text) {
		int i = 0;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return i;
	}
}
