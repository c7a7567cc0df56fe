package org.goldthread.ui.preferences;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.goldthread.ui.editor.SyntaxStyle;

/**
 * Window > Preferences > Goldthread > Syntax Colouring: the colour, bold and italic of each lexical
 * and semantic style, one row per style; open editors follow on Apply, Restore Defaults brings back
 * the shipped styles.
 */
public class SyntaxColoringPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.goldthread.ui.preferences.syntaxColoring";

	private record Row(ColorSelector color, Button bold, Button italic) {
	}

	private final Map<SyntaxStyle, Row> rows = new EnumMap<>(SyntaxStyle.class);

	public SyntaxColoringPreferencePage() {
		setDescription("Colours and font styles of Goldthread editors. Semantic styles apply once a document is parsed.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(SyntaxStyle.store());
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite grid = new Composite(parent, SWT.NONE);
		grid.setLayout(new GridLayout(4, false));
		for (String heading : new String[] { "Style", "Colour", "Bold", "Italic" }) {
			new Label(grid, SWT.NONE).setText(heading);
		}
		IPreferenceStore store = getPreferenceStore();
		for (SyntaxStyle style : SyntaxStyle.values()) {
			Label label = new Label(grid, SWT.NONE);
			label.setText(style.label());
			label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			ColorSelector color = new ColorSelector(grid);
			color.getButton().setToolTipText(style.label() + ": colour");
			Button bold = new Button(grid, SWT.CHECK);
			bold.setToolTipText(style.label() + ": bold");
			Button italic = new Button(grid, SWT.CHECK);
			italic.setToolTipText(style.label() + ": italic");
			rows.put(style, new Row(color, bold, italic));
			color.setColorValue(PreferenceConverter.getColor(store, style.colorKey()));
			bold.setSelection(store.getBoolean(style.boldKey()));
			italic.setSelection(store.getBoolean(style.italicKey()));
		}
		return grid;
	}

	@Override
	protected void performDefaults() {
		IPreferenceStore store = getPreferenceStore();
		rows.forEach((style, row) -> {
			row.color().setColorValue(PreferenceConverter.getDefaultColor(store, style.colorKey()));
			row.bold().setSelection(store.getDefaultBoolean(style.boldKey()));
			row.italic().setSelection(store.getDefaultBoolean(style.italicKey()));
		});
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		rows.forEach((style, row) -> {
			PreferenceConverter.setValue(store, style.colorKey(), row.color().getColorValue());
			store.setValue(style.boldKey(), row.bold().getSelection());
			store.setValue(style.italicKey(), row.italic().getSelection());
		});
		return true;
	}
}
