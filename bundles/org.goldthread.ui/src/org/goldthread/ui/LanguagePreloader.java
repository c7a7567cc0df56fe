package org.goldthread.ui;

import org.eclipse.ui.IStartup;
import org.goldthread.ui.model.GoldthreadLanguage;

/**
 * Loads the Goldthread language in the background when the workbench starts (the workbench's early
 * start runs this off the UI thread), so that opening the first Goldthread file does not wait for it:
 * see {@link GoldthreadLanguage#preload()}. It can be turned off in Preferences > General > Startup
 * and Shutdown; the language is then loaded when the bundle starts.
 */
public class LanguagePreloader implements IStartup {

	@Override
	public void earlyStartup() {
		GoldthreadLanguage.preload();
	}
}
