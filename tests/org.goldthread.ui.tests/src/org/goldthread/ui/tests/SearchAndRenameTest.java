package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.search.ElementReferences;
import org.goldthread.ui.search.OccurrencesHighlighter;
import org.goldthread.ui.search.OpenElementDialog;
import org.goldthread.ui.search.ReferencesView;
import org.goldthread.ui.search.RenameElementHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Find References, Mark Occurrences by element, Rename (with preview; shipped elements refused), Open Element. */
public class SearchAndRenameTest extends UiTestSupport {

	/** A thread and an objective with the same name: only the element at the caret is marked or renamed. */
	static final String FRAMEWORK = """
			framework local.skills "Local leadership skills"
				version "1"

			theme basics "Basics of local leadership" {
				aim "Know the basics."
				objective listening "listen to the people you lead"
				objective voice "make room for the voice of young people"
				objective deciding "decide with the team"
			}

			thread voice "Young people's voice" {
				about "Young people's voice is heard throughout."
			}
			""";

	static final String COURSE = """
			course local.induction "Induction to local leadership"
				implements local.skills version "1"

			gap basics.deciding because "Taught in the partner trust's own programme"

			module m1 "First module" {
				day 1 "Day one" {
					session intro "Introduction" lecture 2h
						covers basics.listening, basics.voice
						weaves voice
					session practice "Practice" workshop 2h
						covers basics.listening develops
						weaves voice
				}
			}
			""";

	private IProject project;
	private IFile framework;
	private IFile course;
	private IFile eastfield;
	private RenameElementHandler.Dialogs originalDialogs;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("searchtest", true);
		framework = write(project, "frameworks/local.framework", FRAMEWORK);
		course = write(project, "courses/local.course", COURSE);
		eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
		originalDialogs = RenameElementHandler.dialogs;
	}

	@AfterEach
	void tearDown() throws Exception {
		RenameElementHandler.dialogs = originalDialogs;
		var view = page().findView(ReferencesView.ID);
		if (view != null) {
			page().hideView(view);
		}
		closeEditorsAndDelete(project);
	}

	private static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		dispatch(200);
	}

	private ITextEditor openAt(IFile file, String text, int delta) throws Exception {
		ITextEditor editor = open(file);
		page().activate(editor);
		int offset = document(editor).get().indexOf(text);
		assertTrue(offset >= 0, text);
		editor.selectAndReveal(offset + delta, 0);
		dispatch(300);
		return editor;
	}

	@Test
	void findReferencesListsTheSessionsAndGapsReferringToAnElement() throws Exception {
		openAt(framework, "objective listening", "objective ".length() + 2);
		execute("org.eclipse.ui.genericeditor.findReferences");
		ReferencesView view = (ReferencesView) page().findView(ReferencesView.ID);
		assertTrue(view != null, "the References view");
		List<String> where = view.shown().stream().map(o -> o.context() + " @" + o.uri().lastSegment() + ":" + o.line()).toList();
		assertEquals(List.of("session 'Introduction' @local.course:9", "session 'Practice' @local.course:12"), where);
		assertEquals("objective 'basics.listening': 2 references", view.titleText());
		// a shipped curriculum's objective, from a reference in a course
		openAt(eastfield, "landscape.ukPolicy", 3);
		execute("org.eclipse.ui.genericeditor.findReferences");
		assertEquals(1, view.shown().size(), view.shown().toString());
		assertTrue(view.shown().get(0).context().startsWith("session 'The national policy landscape"), view.shown().toString());
		screenshot("find-references.png");
		assertTrue(view.open(0));
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertEquals("landscape.ukPolicy", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
	}

	@Test
	void markOccurrencesMarksTheElementNotTheWord() throws Exception {
		ITextEditor editor = openAt(course, "weaves voice", "weaves ".length() + 1);
		ISourceViewer viewer = viewer(editor);
		IDocument document = document(editor);
		waitFor(() -> OccurrencesHighlighter.marked(viewer).size() == 2, 10_000, "the thread's occurrences");
		for (Position p : OccurrencesHighlighter.marked(viewer)) {
			assertEquals("voice", document.get(p.getOffset(), p.getLength()));
			assertTrue(document.get(p.getOffset() - "weaves ".length(), "weaves ".length()).equals("weaves "), "only the thread");
		}
		// on the objective of the same name: only the objective's reference
		editor.selectAndReveal(document.get().indexOf("basics.voice") + 8, 0);
		waitFor(() -> OccurrencesHighlighter.marked(viewer).size() == 1, 10_000, "the objective's occurrence");
		Position p = OccurrencesHighlighter.marked(viewer).get(0);
		assertEquals("basics.voice", document.get(p.getOffset(), p.getLength()));
		dispatch(600);
		screenshot("mark-occurrences.png");
		// the generic editor's Toggle Mark Occurrences turns it off
		var preferences = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.eclipse.ui.genericeditor");
		preferences.putBoolean("org.eclipse.ui.genericeditor.togglehighlight", false);
		try {
			editor.selectAndReveal(document.get().indexOf("weaves voice") + 8, 0);
			waitFor(() -> OccurrencesHighlighter.marked(viewer).isEmpty(), 10_000, "no marks while toggled off");
		} finally {
			preferences.remove("org.eclipse.ui.genericeditor.togglehighlight");
		}
	}

	@Test
	void renameUpdatesTheDeclarationAndEveryReferenceAfterAPreview() throws Exception {
		List<String> previews = new ArrayList<>();
		RenameElementHandler.dialogs = new RenameElementHandler.Dialogs() {
			@Override
			public String newName(Shell shell, ElementReferences.Target target, Function<String, String> validator) {
				assertEquals("An id is a letter or _ followed by letters, digits or _.", validator.apply("9lives"));
				assertEquals(null, validator.apply("hearing"));
				return "hearing";
			}

			@Override
			public boolean accept(Shell shell, RenameElementHandler.Plan plan) {
				previews.addAll(plan.preview());
				return true;
			}

			@Override
			public void refuse(Shell shell, String message) {
				throw new AssertionError(message);
			}
		};
		ITextEditor editor = openAt(framework, "objective listening", "objective ".length() + 2);
		execute("org.goldthread.ui.rename");
		assertEquals(3, previews.size(), previews.toString());
		assertTrue(previews.contains("local.framework:6 (declaration): objective listening \"listen to the people you lead\""), previews.toString());
		// the open framework changed in its editor (for the user to save), the closed course on disk
		assertTrue(document(editor).get().contains("objective hearing \"listen"), document(editor).get());
		assertTrue(editor.isDirty());
		String courseText = read(course);
		assertEquals(COURSE.replace("basics.listening", "basics.hearing"), courseText);
		editor.doSave(null);
		waitForBuild();
		assertFalse(hasMarker(course, "GT-INT-001", null), describeMarkers(course));

		// a theme: every qualified reference within it too
		previews.clear();
		RenameElementHandler.dialogs = new RenameElementHandler.Dialogs() {
			@Override
			public String newName(Shell shell, ElementReferences.Target target, Function<String, String> validator) {
				return "essentials";
			}

			@Override
			public boolean accept(Shell shell, RenameElementHandler.Plan plan) {
				previews.addAll(plan.preview());
				return true;
			}

			@Override
			public void refuse(Shell shell, String message) {
				throw new AssertionError(message);
			}
		};
		editor.selectAndReveal(document(editor).get().indexOf("theme basics") + 8, 0);
		dispatch(200);
		execute("org.goldthread.ui.rename");
		editor.doSave(null);
		waitForBuild();
		assertEquals(COURSE.replace("basics.listening", "essentials.hearing").replace("basics.", "essentials."), read(course));
		assertFalse(hasMarker(course, "GT-INT-001", null), describeMarkers(course));
	}

	@Test
	void renameRefusesShippedFrameworkElements() throws Exception {
		List<String> refused = new ArrayList<>();
		RenameElementHandler.dialogs = new RenameElementHandler.Dialogs() {
			@Override
			public String newName(Shell shell, ElementReferences.Target target, Function<String, String> validator) {
				throw new AssertionError("no name asked for a shipped element");
			}

			@Override
			public boolean accept(Shell shell, RenameElementHandler.Plan plan) {
				throw new AssertionError("no preview");
			}

			@Override
			public void refuse(Shell shell, String message) {
				refused.add(message);
			}
		};
		String before = read(eastfield);
		ITextEditor editor = openAt(eastfield, "landscape.ukPolicy", 12);
		execute("org.goldthread.ui.rename");
		assertEquals(1, refused.size());
		assertTrue(refused.get(0).contains("shipped curriculum or framework"), refused.get(0));
		assertFalse(editor.isDirty());
		assertEquals(before, read(eastfield));
	}

	@Test
	void openElementListsFrameworkAndCourseElements() throws Exception {
		List<OpenElementDialog.Element> all = OpenElementDialog.allElements();
		List<String> ids = all.stream().map(OpenElementDialog.Element::id).toList();
		assertTrue(ids.contains("landscape.ukPolicy"), "a shipped curriculum's objective");
		assertTrue(ids.contains("basics.listening"), "the project framework's objective");
		assertTrue(ids.contains("m1.intro"), "a course's session (in its module)");
		OpenElementDialog.Element listening = all.stream().filter(e -> e.id().equals("basics.listening")).findFirst().orElseThrow();
		OpenElementDialog.open(listening);
		dispatch(300);
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertEquals("listening", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());
		OpenElementDialog.Element ukPolicy = all.stream().filter(e -> e.id().equals("landscape.ukPolicy")).findFirst().orElseThrow();
		OpenElementDialog.open(ukPolicy);
		dispatch(300);
		editor = (ITextEditor) page().getActiveEditor();
		assertEquals("ukPolicy", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());

		OpenElementDialog dialog = new OpenElementDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		dialog.setBlockOnOpen(false);
		dialog.setInitialPattern("ukPol");
		dialog.open();
		dispatch(1500);
		screenshot("open-element.png");
		dialog.close();
	}
}
