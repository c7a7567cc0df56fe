package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.editor.GoldthreadTemplates;
import org.goldthread.ui.preferences.SyntaxColoringPreferencePage;
import org.goldthread.ui.editor.SyntaxStyle;
import org.goldthread.ui.preferences.TemplatesPreferencePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Window > Preferences > Goldthread: Syntax Colouring (the lexical and semantic styles are editable
 * and open editors follow) and Templates (the course templates content assist offers).
 */
public class SyntaxColoringTest extends UiTestSupport {

	private IProject project;
	private IFile course;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("coloringtest", false);
		write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK);
		course = write(project, "courses/local.course", Fixtures.LOCAL_COURSE);
	}

	@AfterEach
	void tearDown() throws Exception {
		for (SyntaxStyle style : SyntaxStyle.values()) {
			SyntaxStyle.store().setToDefault(style.colorKey());
			SyntaxStyle.store().setToDefault(style.boldKey());
			SyntaxStyle.store().setToDefault(style.italicKey());
		}
		closeEditorsAndDelete(project);
	}

	@Test
	void editedStylesApplyToOpenEditors() throws Exception {
		ITextEditor editor = open(course);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		String content = document(editor).get();
		int keyword = content.indexOf("module");
		int declaration = content.indexOf("intro");
		waitFor(() -> {
			StyleRange style = text.getStyleRangeAtOffset(declaration);
			return style != null && style.foreground != null && style.foreground.getRGB().equals(SyntaxStyle.DECLARATION.rgb());
		}, 10_000, "semantic highlighting");

		RGB red = new RGB(200, 0, 0);
		RGB teal = new RGB(0, 128, 128);
		PreferenceConverter.setValue(SyntaxStyle.store(), SyntaxStyle.KEYWORD.colorKey(), red);
		SyntaxStyle.store().setValue(SyntaxStyle.KEYWORD.boldKey(), false);
		PreferenceConverter.setValue(SyntaxStyle.store(), SyntaxStyle.DECLARATION.colorKey(), teal);
		SyntaxStyle.store().setValue(SyntaxStyle.DECLARATION.italicKey(), true);
		waitFor(() -> {
			StyleRange k = text.getStyleRangeAtOffset(keyword);
			StyleRange d = text.getStyleRangeAtOffset(declaration);
			return k != null && d != null && red.equals(k.foreground.getRGB()) && teal.equals(d.foreground.getRGB());
		}, 10_000, "the new styles in the open editor");
		assertEquals(0, text.getStyleRangeAtOffset(keyword).fontStyle & SWT.BOLD, "keywords no longer bold");
		assertEquals(SWT.ITALIC, text.getStyleRangeAtOffset(declaration).fontStyle & SWT.ITALIC, "declarations now italic");

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				SyntaxColoringPreferencePage.ID, null, null);
		assertNotNull(dialog);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dispatch(800);
		assertTrue(dialog.getSelectedPage() instanceof SyntaxColoringPreferencePage, String.valueOf(dialog.getSelectedPage()));
		screenshot("preferences-syntax-colouring.png");
		press(dialog.getShell(), "Restore Defaults");
		press(dialog.getShell(), "Apply and Close");
		dispatch(300);
		waitFor(() -> {
			StyleRange k = text.getStyleRangeAtOffset(keyword);
			return k != null && SyntaxStyle.KEYWORD.rgb().equals(k.foreground.getRGB()) && (k.fontStyle & SWT.BOLD) != 0;
		}, 10_000, "the default styles back after Restore Defaults");
		assertTrue(!SyntaxStyle.KEYWORD.rgb().equals(red));
	}

	@Test
	void templatesAreEditableOnTheirPreferencePage() throws Exception {
		var store = GoldthreadTemplates.store();
		List<String> names = GoldthreadTemplates.active().stream().map(e -> e.keyword() + ":" + e.template().getName()).toList();
		assertEquals(List.of("assessment:assessment", "day:day", "delivery:delivery", "gap:gap", "module:module", "session:session",
				"study:study day"), names.stream().sorted().toList());
		// disabled on the page: no longer offered; Restore Defaults: back
		var gap = store.getTemplateData("org.goldthread.ui.template.gap");
		gap.setEnabled(false);
		store.save();
		assertTrue(GoldthreadTemplates.active().stream().noneMatch(e -> e.keyword().equals("gap")));
		// a template of the user's own, offered where its first word is allowed
		store.add(new org.eclipse.text.templates.TemplatePersistenceData(new Template("session2", "a two-hour seminar",
				GoldthreadTemplates.CONTEXT_TYPE, "session \"${title}\" seminar 2h${cursor}", true), true));
		store.save();
		assertTrue(GoldthreadTemplates.active().stream().anyMatch(e -> e.keyword().equals("session") && e.template().getName().equals("session2")));

		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				TemplatesPreferencePage.ID, null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dispatch(800);
		assertTrue(dialog.getSelectedPage() instanceof TemplatesPreferencePage, String.valueOf(dialog.getSelectedPage()));
		screenshot("preferences-templates.png");
		dialog.close();

		store.restoreDefaults(false);
		store.save();
		assertEquals(7, GoldthreadTemplates.active().size(), GoldthreadTemplates.active().toString());
	}

	/** Presses the dialog's button with that text (mnemonics ignored). */
	private static void press(org.eclipse.swt.widgets.Composite root, String label) {
		org.eclipse.swt.widgets.Button button = find(root, label);
		assertNotNull(button, label);
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	private static org.eclipse.swt.widgets.Button find(org.eclipse.swt.widgets.Composite root, String label) {
		for (Control child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(label) && b.isVisible()) {
				return b;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite c) {
				org.eclipse.swt.widgets.Button found = find(c, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
