package org.goldthread.studio;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Shows the welcome once per workspace: the first time Goldthread Studio opens a workspace that
 * has no example project yet, it offers to import it.
 */
public class FirstRunWelcome implements IStartup {

	static final String PREFERENCE = "welcomeShown";

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null || !isFirstRun()) {
				return;
			}
			remember();
			// the workbench may be closing by the time the user answers
			if (new WelcomeDialog(window.getShell()).open() == WelcomeDialog.IMPORT && !workbench.isClosing() && window.getShell() != null) {
				ImportExampleProjectHandler.importAndOpen(window);
			}
		});
	}

	private static boolean isFirstRun() {
		return !preferences().getBoolean(PREFERENCE, false) && !ExampleProject.project().exists();
	}

	private static void remember() {
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(PREFERENCE, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// not fatal: the welcome is merely offered again next time
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.goldthread.studio");
	}
}
