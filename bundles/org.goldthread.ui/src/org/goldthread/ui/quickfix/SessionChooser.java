package org.goldthread.ui.quickfix;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.goldthread.lang.ide.quickfix.TextFixes;
import org.goldthread.model.Session;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;

/** Asks the user to pick a session (a filterable list of "session 'title' (day n)"). */
public final class SessionChooser {

	/** Replaces the dialog (tests): gets the title and the sessions, returns the chosen one or null. */
	private static volatile BiFunction<String, List<Session>, Session> override;

	private SessionChooser() {
	}

	public static void setOverride(BiFunction<String, List<Session>, Session> chooser) {
		override = chooser;
	}

	static Session choose(String title, List<Session> sessions) {
		BiFunction<String, List<Session>, Session> chooser = override;
		if (chooser != null) {
			return chooser.apply(title, sessions);
		}
		if (sessions.isEmpty() || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		AtomicReference<Session> chosen = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(display.getActiveShell(), new LabelProvider() {
				@Override
				public String getText(Object element) {
					return TextFixes.describe((Session) element);
				}

				@Override
				public org.eclipse.swt.graphics.Image getImage(Object element) {
					return GoldthreadUiPlugin.image(GoldthreadImages.SESSION);
				}
			});
			dialog.setTitle(title);
			dialog.setMessage("Choose the session (type to filter):");
			dialog.setElements(sessions.toArray());
			dialog.setMultipleSelection(false);
			if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof Session s) {
				chosen.set(s);
			}
		});
		return chosen.get();
	}
}
