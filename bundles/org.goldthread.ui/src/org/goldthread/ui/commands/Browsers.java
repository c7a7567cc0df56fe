package org.goldthread.ui.commands;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * Opens generated pages in a web browser through the workbench's browser support: the internal
 * browser (an editor) or an external one, as the user's General > Web Browser preference says.
 */
final class Browsers {

	private Browsers() {
	}

	/**
	 * Opens {@code page} in the browser named {@code browserId} (the same browser, an editor tab say,
	 * is reused for the next page of that id). Runs on the UI thread; a failure is shown in a dialog.
	 */
	static void open(IFile page, String browserId, String title) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			try {
				URL url = url(page);
				IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
				int style = IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.LOCATION_BAR
						| IWorkbenchBrowserSupport.NAVIGATION_BAR | IWorkbenchBrowserSupport.STATUS;
				support.createBrowser(style, browserId, title, page.getFullPath().toString()).openURL(url);
			} catch (PartInitException | MalformedURLException | RuntimeException e) {
				GoldthreadUiPlugin.warn("Goldthread: cannot open " + page.getFullPath() + " in a browser", e);
				MessageDialog.openError(shell(), "Goldthread", page.getFullPath() + " was written, but cannot be opened in a web browser: "
						+ message(e) + "\n\nChoose a browser under Window > Preferences > General > Web Browser, or open the file from the Project Explorer.");
			}
		});
	}

	/** The file: URL of a workspace file. */
	static URL url(IFile file) throws MalformedURLException {
		if (file.getLocation() == null) {
			throw new MalformedURLException("the file is not on the local file system");
		}
		return file.getLocation().toFile().toURI().toURL();
	}

	static Shell shell() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window != null ? window.getShell() : null;
	}

	static String message(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}
}
