package org.goldthread.ui.search;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.search.ElementReferences.Occurrence;
import org.goldthread.ui.search.ElementReferences.Target;

/** Find References (the generic editor's command, Ctrl+Shift+G): lists the element's references in the References view. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		try {
			Target target = Searches.targetAtCaret(HandlerUtil.getActiveEditor(event));
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
			if (target == null) {
				HandlerUtil.getActiveEditor(event).getEditorSite().getActionBars().getStatusLineManager()
						.setMessage("Find References: place the caret on an element's id or on a reference to it");
				return null;
			}
			List<Occurrence> occurrences = Searches.occurrences(target, false);
			ReferencesView view = (ReferencesView) page.showView(ReferencesView.ID);
			view.show(target, occurrences);
		} catch (Exception e) {
			GoldthreadUiPlugin.log("Goldthread: Find References failed", e);
		}
		return null;
	}
}
