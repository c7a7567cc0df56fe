package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.outline.QuickOutlinePopup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quick Outline (Ctrl+O) on the Eastfield course: the popup over the editor, the block at the caret
 * selected, filtering as you type, Up/Down, Enter going to the symbol, Esc closing.
 */
public class QuickOutlineTest extends UiTestSupport {

	private static final String COMMAND = "org.goldthread.ui.quickOutline";

	private IProject project;
	private IFile eastfield;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("quickoutlinetest", true);
		eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		waitForBuild();
	}

	@AfterEach
	void tearDown() throws Exception {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof QuickOutlinePopup popup) {
				popup.close();
			}
		}
		closeEditorsAndDelete(project);
	}

	@Test
	void quickOutlineFiltersAndGoesToTheSymbol() throws Exception {
		ITextEditor editor = open(eastfield);
		page().activate(editor);
		IDocument document = document(editor);
		String text = document.get();
		String before = text;
		// the caret in the second session of day 3
		editor.selectAndReveal(text.indexOf("Using 360-degree feedback"), 0);
		dispatch(200);

		// Ctrl+O in the Goldthread editor, and the command is in the Goldthread category
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		assertEquals("Ctrl+O", bindings.getBestActiveBindingFormattedFor(COMMAND));
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND);
		assertEquals("org.goldthread.ui.category", command.getCategory().getId());
		assertTrue(command.isHandled(), "active in a Goldthread editor");

		QuickOutlinePopup popup = runCommand(editor);
		Text filter = find(popup.getShell(), Text.class);
		Tree tree = find(popup.getShell(), Tree.class);
		assertNotNull(filter, "a filter field");
		assertNotNull(tree, "a tree");
		waitFor(() -> !items(tree).isEmpty(), 10_000, "the symbols");

		// everything expanded, the same labels as the Outline, the caret's block selected
		List<String> all = items(tree);
		assertTrue(all.get(0).startsWith("course eastfield.pgcertLeadership  "), all.get(0));
		assertTrue(all.contains("module leadingSelfAndOthers  Leading Self and Others in CYP MH"), all::toString);
		assertTrue(all.contains("day 3  Leadership theory and the leader's self"), all::toString);
		assertTrue(all.contains("day 11  Measuring impact and project clinic"), all::toString);
		assertTrue(all.contains("session  Closing action learning set: inclusive cultures in practice"), all::toString);
		assertNotNull(tree.getItem(0).getImage(), "icons as in the Outline");
		assertEquals("session  Using 360-degree feedback and personality inventories", selected(tree));

		// Down moves the selection (the focus stays in the filter field)
		key(filter, SWT.ARROW_DOWN, (char) 0);
		assertEquals("session  Action learning: leading the workforce in my setting", selected(tree));
		key(filter, SWT.ARROW_UP, (char) 0);
		assertEquals("session  Using 360-degree feedback and personality inventories", selected(tree));

		// typing filters by name and title, ignoring case, keeping the parents of matches
		filter.setText("inclusive");
		dispatch(100);
		List<String> inclusive = items(tree);
		assertEquals(List.of("delivery", "practice inclusiveTeaching", "module leadingSelfAndOthers", "day 4", "session", "module leadingSystems",
				"day 11", "session"), inclusive.subList(1, inclusive.size()).stream().map(QuickOutlineTest::name).toList(), inclusive::toString);
		assertEquals("practice inclusiveTeaching", name(selected(tree)), "the first match is selected");
		// camel case
		filter.setText("lSys");
		dispatch(100);
		assertEquals(List.of("module leadingSystems"), items(tree).stream().skip(1).map(QuickOutlineTest::name).toList());
		// a day's title
		filter.setText("PARTNERSHIP WORKING");
		dispatch(100);
		List<String> partnership = items(tree);
		assertEquals(3, partnership.size(), partnership::toString);
		assertEquals(List.of("module leadingSystems  Leading Systems and Service Change", "day 7  Partnership working"),
				partnership.subList(1, 3));
		assertEquals("day 7  Partnership working", selected(tree));
		// nothing matches: an empty tree
		filter.setText("no such thing");
		dispatch(100);
		assertEquals(List.of(), items(tree));
		filter.setText("partnership working");
		dispatch(300);
		screenshot("quick-outline.png");

		// Enter: the editor selects the day's name, the popup closes
		filter.notifyListeners(SWT.DefaultSelection, new Event());
		dispatch(200);
		assertTrue(popup.getShell() == null || popup.getShell().isDisposed(), "the popup closed");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int day7 = text.indexOf("day 7 \"Partnership working\"");
		IRegion line = document.getLineInformationOfOffset(day7);
		assertTrue(selection.getOffset() >= line.getOffset() && selection.getOffset() + selection.getLength() <= line.getOffset() + line.getLength(),
				"selection on the day's line: " + selection.getOffset() + "+" + selection.getLength());
		assertTrue(selection.getLength() > 0 && "day 7".contains(selection.getText()), "the day's name selected: '" + selection.getText() + "'");
		assertEquals(before, document.get(), "the text is untouched");
		assertFalse(editor.isDirty());

		// Esc closes without moving
		popup = runCommand(editor);
		Text filter2 = find(popup.getShell(), Text.class);
		Tree tree2 = find(popup.getShell(), Tree.class);
		waitFor(() -> !items(tree2).isEmpty(), 10_000, "the symbols");
		assertEquals("day 7  Partnership working", selected(tree2), "the caret's block (the day just gone to) is selected");
		key(filter2, 0, SWT.ESC);
		dispatch(100);
		assertTrue(popup.getShell() == null || popup.getShell().isDisposed(), "Esc closed the popup");
		assertEquals(selection.getOffset(), ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());
	}

	@Test
	void quickOutlineIsOnlyForGoldthreadEditors() throws Exception {
		IFile notes = write(project, "notes.txt", "not a Goldthread file\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), notes, "org.eclipse.ui.DefaultTextEditor");
		page().activate(editor);
		dispatch(200);
		Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND);
		assertFalse(command.isHandled(), "no quick outline in another editor");
		ITextEditor course = open(eastfield);
		page().activate(course);
		dispatch(200);
		assertTrue(command.isHandled());
	}

	private static QuickOutlinePopup runCommand(ITextEditor editor) throws Exception {
		editor.getSite().getService(IHandlerService.class).executeCommand(COMMAND, null);
		QuickOutlinePopup[] found = new QuickOutlinePopup[1];
		waitFor(() -> {
			for (Shell shell : Display.getCurrent().getShells()) {
				if (shell.getData() instanceof QuickOutlinePopup popup && shell.isVisible()) {
					found[0] = popup;
					return true;
				}
			}
			return false;
		}, 5_000, "the quick outline popup");
		return found[0];
	}

	private static void key(Control control, int keyCode, char character) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		event.doit = true;
		control.notifyListeners(SWT.KeyDown, event);
		dispatch(50);
	}

	private static String name(String label) {
		int gap = label.indexOf("  ");
		return gap < 0 ? label : label.substring(0, gap);
	}

	private static String selected(Tree tree) {
		return tree.getSelectionCount() == 1 ? tree.getSelection()[0].getText() : null;
	}

	/** The labels of the items shown, top to bottom (all are expanded). */
	private static List<String> items(Tree tree) {
		List<String> result = new ArrayList<>();
		collect(tree.getItems(), result);
		return result;
	}

	private static void collect(TreeItem[] items, List<String> into) {
		for (TreeItem item : items) {
			if (item.getData() != null) {
				into.add(item.getText());
				collect(item.getItems(), into);
			}
		}
	}

	private static <T extends Control> T find(Control root, Class<T> type) {
		if (type.isInstance(root)) {
			return type.cast(root);
		}
		if (root instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
