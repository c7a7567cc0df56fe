package org.goldthread.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.outline.QuickOutlinePopup;

/** Quick Outline (Ctrl+O): the document's symbols in a filterable popup over the editor. */
public class QuickOutlineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor) {
			try {
				new QuickOutlinePopup(editor).open();
			} catch (RuntimeException e) {
				GoldthreadUiPlugin.warn("Goldthread: quick outline failed", e);
			}
		}
		return null;
	}
}
