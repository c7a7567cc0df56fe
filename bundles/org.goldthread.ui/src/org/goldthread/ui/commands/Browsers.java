package org.goldthread.ui.commands;

import java.net.MalformedURLException;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.browser.IWorkbenchBrowserSupport;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * Opens generated pages in a web browser: through the workbench's browser support (the internal
 * browser or an external one, as the user's General > Web Browser preference says); when that has no
 * browser to offer, in the desktop's default browser ({@code xdg-open}, through SWT's
 * {@link Program#launch(String)}); and when there is none either, by showing where the page was
 * written. Never an error dialog: the files are written, opening them is a convenience.
 */
public final class Browsers {

	/** How a page was (or was not) opened; the last outcome is kept for tests and diagnostics. */
	public enum Outcome {
		WORKBENCH_BROWSER, SYSTEM_BROWSER, PATH_SHOWN
	}

	/** Opens a file path or URL in the desktop's default application; replaceable by tests. */
	public static volatile java.util.function.Predicate<String> systemLauncher = Program::launch;

	private static volatile Outcome lastOutcome;
	private static volatile String lastMessage;

	private Browsers() {
	}

	public static Outcome lastOutcome() {
		return lastOutcome;
	}

	/** The message shown when no browser could open the page (null when one could). */
	public static String lastMessage() {
		return lastMessage;
	}

	/**
	 * Opens {@code page} in the browser named {@code browserId} (the same browser, an editor tab say,
	 * is reused for the next page of that id), else in the system browser, else shows its path. Runs on
	 * the UI thread.
	 */
	static void open(IFile page, String browserId, String title) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			lastOutcome = null;
			lastMessage = null;
			URL url;
			try {
				url = url(page);
			} catch (MalformedURLException e) {
				showPath(page, message(e));
				return;
			}
			String why;
			try {
				IWorkbenchBrowserSupport support = PlatformUI.getWorkbench().getBrowserSupport();
				int style = IWorkbenchBrowserSupport.AS_EDITOR | IWorkbenchBrowserSupport.LOCATION_BAR
						| IWorkbenchBrowserSupport.NAVIGATION_BAR | IWorkbenchBrowserSupport.STATUS;
				support.createBrowser(style, browserId, title, page.getFullPath().toString()).openURL(url);
				lastOutcome = Outcome.WORKBENCH_BROWSER;
				return;
			} catch (PartInitException | RuntimeException e) {
				// no browser configured in the workbench (the usual case without WebKit): the desktop's one
				why = message(e);
				GoldthreadUiPlugin.warn("Goldthread: the workbench has no browser for " + page.getFullPath() + " (" + why
						+ "); trying the system browser", null);
			}
			try {
				if (systemLauncher.test(page.getLocation().toOSString())) {
					lastOutcome = Outcome.SYSTEM_BROWSER;
					return;
				}
			} catch (RuntimeException | LinkageError e) {
				GoldthreadUiPlugin.warn("Goldthread: the system browser cannot open " + page.getFullPath(), e);
			}
			showPath(page, why);
		});
	}

	/** No browser at all: says where the page is, as information (the work itself succeeded). */
	private static void showPath(IFile page, String why) {
		String where = page.getLocation() == null ? page.getFullPath().toString() : page.getLocation().toOSString();
		lastOutcome = Outcome.PATH_SHOWN;
		lastMessage = "The page was written to\n\n" + where + "\n\nNo web browser is available to open it here (" + why
				+ "). Open it from the Project Explorer (Open With > System Editor), or choose a browser under Window > Preferences > General > Web Browser.";
		MessageDialog.openInformation(shell(), "Goldthread", lastMessage);
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
