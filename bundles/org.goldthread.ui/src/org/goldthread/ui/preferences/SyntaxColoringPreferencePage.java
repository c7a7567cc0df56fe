package org.goldthread.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Window > Preferences > Goldthread > Syntax Colouring: the colour, bold and italic of each lexical
 * and semantic style; open editors follow at once (Apply), Restore Defaults brings back the shipped
 * styles.
 */
public class SyntaxColoringPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.goldthread.ui.preferences.syntaxColoring";

	public SyntaxColoringPreferencePage() {
		super(GRID);
		setDescription("Colours and font styles of Goldthread editors. Semantic styles are applied once a document is parsed.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SyntaxStyle.store());
	}

	@Override
	protected void createFieldEditors() {
		for (SyntaxStyle style : SyntaxStyle.values()) {
			Label heading = new Label(getFieldEditorParent(), SWT.NONE);
			heading.setText(style.label());
			heading.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			addField(new ColorFieldEditor(style.colorKey(), "    Colour:", getFieldEditorParent()));
			addField(new BooleanFieldEditor(style.boldKey(), "    Bold", getFieldEditorParent()));
			addField(new BooleanFieldEditor(style.italicKey(), "    Italic", getFieldEditorParent()));
		}
	}
}
