package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.ui.editor.ValidationReconciler;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Opening an editor: the language is loaded before the first editor needs it, and the validation
 * on opening starts at once (not after the reconciler's delay, which is for typing) and runs once.
 */
public class EditorOpeningTest extends UiTestSupport {

	private Shell shell;

	@AfterEach
	void tearDown() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void theLanguageIsLoadedInTheBackgroundWhenTheWorkbenchStarts() {
		waitFor(GoldthreadLanguage::isPreloaded, 60_000, "the language to be loaded at start-up");
	}

	@Test
	void theValidationOnOpeningStartsAtOnceAndRunsOnce() throws Exception {
		waitForBuild();
		IDocument document = new Document(example("eastfield/eastfield-pgcert.course"));
		List<ValidationReconciler.Run> runs = new CopyOnWriteArrayList<>();
		Consumer<ValidationReconciler.Run> listener = run -> {
			if (run.document() == document) {
				runs.add(run);
			}
		};
		ValidationReconciler reconciler = new ValidationReconciler();
		reconciler.setDelay(300_000); // longer than this test waits: only a validation that does not wait the delay can run
		shell = new Shell(Display.getCurrent());
		SourceViewer viewer = new SourceViewer(shell, null, SWT.NONE);
		ValidationReconciler.addRunListener(listener);
		try {
			long enginesBefore = ConformanceEngine.runs();
			reconciler.install(viewer);
			viewer.setDocument(document, new AnnotationModel());
			waitFor(() -> !runs.isEmpty(), 60_000, "the validation on opening (it must not wait the reconciler's delay)");
			assertTrue(hasLive(viewer, "GT-COV-001", null), describeLive(viewer));
			dispatch(1_500);
			assertEquals(1, runs.size(), "the text is validated once on opening");
			assertEquals(1, ConformanceEngine.runs() - enginesBefore, "the engine ran once, for the one validation");

			// a change waits the delay, as before
			document.replace(0, 0, " ");
			dispatch(1_500);
			assertEquals(1, runs.size(), "a change is validated after the reconciler's delay, not at once");
		} finally {
			reconciler.uninstall();
			ValidationReconciler.removeRunListener(listener);
		}
	}
}
