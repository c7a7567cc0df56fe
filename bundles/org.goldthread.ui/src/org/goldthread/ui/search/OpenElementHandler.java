package org.goldthread.ui.search;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

/** Open Element (Ctrl+Shift+F3): picks any framework or course element by id and opens it. */
public class OpenElementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		OpenElementDialog dialog = new OpenElementDialog(HandlerUtil.getActiveShell(event));
		dialog.setInitialPattern("");
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof OpenElementDialog.Element element) {
			OpenElementDialog.open(element);
		}
		return null;
	}
}
