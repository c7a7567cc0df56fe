package org.goldthread.ui.tests;

import org.goldthread.ui.model.GoldthreadLanguage;
import org.junit.jupiter.api.Test;

/**
 * Opening an editor: the language is loaded before the first editor needs it.
 */
public class EditorOpeningTest extends UiTestSupport {

	@Test
	void theLanguageIsLoadedInTheBackgroundWhenTheWorkbenchStarts() {
		waitFor(GoldthreadLanguage::isPreloaded, 60_000, "the language to be loaded at start-up");
	}
}
