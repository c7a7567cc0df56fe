package org.goldthread.ui.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Goldthread: where the editor's settings are (the checks' settings are per project). */
public class GoldthreadPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText("Settings of the Goldthread editors: Syntax Colouring and Templates (the pages below).\n\n"
				+ "The checks (profile, thresholds, rule severities) are set per project: Project > Properties > Goldthread,\n"
				+ "written to the project's goldthread.properties, which the command line reads too.");
		return label;
	}
}
