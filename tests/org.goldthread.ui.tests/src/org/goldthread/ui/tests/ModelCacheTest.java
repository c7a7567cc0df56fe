package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.editor.ValidationReconciler;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.ProjectModel;
import org.goldthread.ui.model.WorkspaceFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The editors' model: one resource set per project; a keystroke re-parses the edited document
 * only; the other files are known through the index and parsed only when a reference needs them;
 * changes on disk and in other editors are followed.
 */
public class ModelCacheTest extends UiTestSupport {

	private IProject project;
	private IFile eastfield;
	private IFile localFramework;
	private IFile localCourse;

	@BeforeEach
	void setUp() throws Exception {
		project = project("modeltest", false);
		eastfield = write(project, "eastfield.course", example("eastfield/eastfield-pgcert.course"));
		write(project, "northtown.course", example("northtown/northtown-pgcert.course"));
		write(project, "westbridge.course", example("westbridge-cpd/westbridge-cpd.course"));
		localFramework = write(project, "local.framework", Fixtures.LOCAL_FRAMEWORK);
		localCourse = write(project, "local.course", Fixtures.LOCAL_COURSE);
	}

	@AfterEach
	void tearDown() throws Exception {
		closeEditorsAndDelete(project);
	}

	@Test
	void aKeystrokeReparsesOnlyTheEditedDocument() throws Exception {
		List<ValidationReconciler.Run> runs = new CopyOnWriteArrayList<>();
		Consumer<ValidationReconciler.Run> listener = runs::add;
		ValidationReconciler.addRunListener(listener);
		try {
			ITextEditor editor = open(eastfield);
			ISourceViewer viewer = viewer(editor);
			waitFor(() -> hasLive(viewer, "GT-COV-001", null), 30_000, "the first validation");
			ProjectModel model = ModelManager.get().forProject(project);
			List<URI> loaded = model.loadedUris();
			// the course and the curriculum it implements; not the other courses of the project
			assertTrue(loaded.contains(WorkspaceFiles.uriOf(eastfield)), loaded::toString);
			assertTrue(loaded.stream().anyMatch(u -> u.toString().endsWith("cypmh-leadership.curriculum")), loaded::toString);
			assertFalse(loaded.stream().anyMatch(u -> u.lastSegment().equals("northtown.course")), loaded::toString);
			assertFalse(loaded.stream().anyMatch(u -> u.lastSegment().equals("local.course")), loaded::toString);

			int parsesBefore = model.parseCount();
			IDocument document = document(editor);
			int at = document.get().indexOf("Programme launch") + "Programme launch".length();
			runs.clear();
			for (char c : " day".toCharArray()) {
				document.replace(at++, 0, String.valueOf(c));
				dispatch(30);
			}
			waitFor(() -> runs.stream().anyMatch(r -> r.modificationStamp() == ((org.eclipse.jface.text.IDocumentExtension4) document)
					.getModificationStamp()), 30_000, "validation of the last keystroke");
			int parses = model.parseCount() - parsesBefore;
			assertTrue(parses >= 1 && parses <= 4, "one parse per validation of the edited text, none of other files: " + parses);
			assertEquals(loaded.size(), model.loadedUris().size(), model.loadedUris()::toString);
		} finally {
			ValidationReconciler.removeRunListener(listener);
		}
	}

	@Test
	void openingADocumentParsesItOnce() throws Exception {
		ITextEditor editor = open(eastfield);
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> hasLive(viewer, "GT-COV-001", null), 30_000, "the first validation");
		// each of the project's five files once: the opened course from the editor's text (not also for
		// the index), the others for the index
		assertEquals(5, ModelManager.get().forProject(project).parseCount());
	}

	@Test
	void changesOfOtherFilesAreFollowed() throws Exception {
		ITextEditor editor = open(localCourse);
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> hasLive(viewer, "GT-COV-003", "basics.deciding"), 30_000, "the first validation");
		assertFalse(hasLive(viewer, "GT-COV-001", "basics.reflecting"));

		// the framework changes on disk: the open course is checked again, against the new framework
		write(project, "local.framework", Fixtures.LOCAL_FRAMEWORK.replace("objective deciding",
				"objective reflecting \"reflect on what happened\"\n\tobjective deciding"));
		waitFor(() -> hasLive(viewer, "GT-COV-001", "basics.reflecting"), 30_000, "the course to see the new objective");

		// the framework is edited in its own editor, unsaved: the course follows the editor's text
		ITextEditor frameworkEditor = open(localFramework);
		IDocument frameworkDocument = document(frameworkEditor);
		int at = frameworkDocument.get().indexOf("\tobjective reflecting");
		int end = frameworkDocument.get().indexOf('\n', at) + 1;
		frameworkDocument.replace(at, end - at, "");
		page().activate(editor);
		waitFor(() -> !hasLive(viewer, "GT-COV-001", "basics.reflecting"), 30_000, "the course to follow the unsaved framework");

		// closing the framework editor without saving brings the saved framework back
		page().closeEditor(frameworkEditor, false);
		waitFor(() -> hasLive(viewer, "GT-COV-001", "basics.reflecting"), 30_000, "the saved framework again");
	}
}
