package org.goldthread.ui.preferences;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.Rule;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Project > Properties > Goldthread: the profile, the thresholds and each rule's severity, kept in
 * the project's {@value Profile#FILE_NAME} (the file the command line reads), written when the
 * user presses Apply or OK.
 */
public class GoldthreadPropertyPage extends PropertyPage {

	private ProjectSettings settings;
	private Combo profile;
	private Text share;
	private Combo everyModule;
	private TableViewer rules;

	private IProject project() {
		return Adapters.adapt(getElement(), IProject.class);
	}

	/** The settings file this page edits: the project's own, at its root. */
	public static IFile settingsFile(IProject project) {
		return project.getFile(Profile.FILE_NAME);
	}

	@Override
	protected Control createContents(Composite parent) {
		noDefaultAndApplyButton();
		IFile file = settingsFile(project());
		try {
			settings = ProjectSettings.parse(file.exists() ? WorkspaceFiles.savedText(file) : "");
		} catch (Exception e) {
			settings = new ProjectSettings();
			setErrorMessage(Profile.FILE_NAME + " cannot be read: " + e.getMessage());
		}
		if (file.exists() && file.getLocation() != null) {
			try {
				Profile.read(file.getLocation().toPath());
			} catch (Profile.InvalidProfileException e) {
				// the checks report it too (GT-DOC-006); say it here, where it can be corrected
				setMessage(e.getMessage(), org.eclipse.jface.dialogs.IMessageProvider.WARNING);
			}
		}
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Label intro = new Label(page, SWT.WRAP);
		intro.setText("How strictly the courses of this project are checked. Kept in " + Profile.FILE_NAME
				+ " at the project's root, which the goldthread command reads too.");
		intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		new Label(page, SWT.NONE).setText("Profile:");
		profile = new Combo(page, SWT.READ_ONLY);
		profile.setItems(ProjectSettings.PROFILES);
		profile.select(Math.max(0, java.util.Arrays.asList(ProjectSettings.PROFILES).indexOf(settings.profile())));

		new Label(page, SWT.NONE).setText("Share of teaching days each golden thread must be woven into (0–1, empty: profile):");
		share = new Text(page, SWT.BORDER);
		share.setText(settings.minThreadDayShare() == null ? "" : String.valueOf(settings.minThreadDayShare()));
		share.setLayoutData(new GridData(80, SWT.DEFAULT));
		share.addModifyListener(e -> validate());

		new Label(page, SWT.NONE).setText("Each golden thread in every module:");
		everyModule = new Combo(page, SWT.READ_ONLY);
		everyModule.setItems("(profile)", "true", "false");
		everyModule.select(settings.threadInEveryModule() == null ? 0 : settings.threadInEveryModule() ? 1 : 2);

		Label rulesLabel = new Label(page, SWT.NONE);
		rulesLabel.setText("Rule severities (empty: the profile's):");
		rulesLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		rules = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		rules.getTable().setHeaderVisible(true);
		rules.getTable().setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 260;
		rules.getTable().setLayoutData(tableData);
		rules.setContentProvider(ArrayContentProvider.getInstance());
		column("Rule", 90, r -> r.id());
		column("Default", 140, r -> r.severitiesBrief());
		TableViewerColumn severity = column("Severity", 80, r -> settings.severity(r.id()));
		severity.setEditingSupport(new EditingSupport(rules) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new ComboBoxCellEditor(rules.getTable(), ProjectSettings.SEVERITIES, SWT.READ_ONLY);
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return Math.max(0, java.util.Arrays.asList(ProjectSettings.SEVERITIES).indexOf(settings.severity(((Rule) element).id())));
			}

			@Override
			protected void setValue(Object element, Object value) {
				int index = (Integer) value;
				settings.setSeverity(((Rule) element).id(), index < 0 ? "" : ProjectSettings.SEVERITIES[index]);
				rules.update(element, null);
			}
		});
		column("Title", 360, Rule::title);
		rules.setInput(Rule.values());
		Button reset = new Button(page, SWT.PUSH);
		reset.setText("Use the profile's severities");
		reset.addListener(SWT.Selection, e -> {
			for (Rule r : Rule.values()) {
				settings.setSeverity(r.id(), "");
			}
			rules.refresh();
		});
		return page;
	}

	private TableViewerColumn column(String title, int width, java.util.function.Function<Rule, String> text) {
		TableViewerColumn column = new TableViewerColumn(rules, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Rule) element);
			}
		});
		return column;
	}

	private void validate() {
		String value = share.getText().trim();
		if (!value.isEmpty()) {
			try {
				double d = Double.parseDouble(value);
				if (d < 0 || d > 1) {
					setErrorMessage("The share is between 0 and 1, e.g. 0.33.");
					setValid(false);
					return;
				}
			} catch (NumberFormatException e) {
				setErrorMessage("The share is a number between 0 and 1, e.g. 0.33.");
				setValid(false);
				return;
			}
		}
		setErrorMessage(null);
		setValid(true);
	}

	@Override
	public boolean performOk() {
		if (settings == null || profile == null) {
			return true;
		}
		settings.setProfile(ProjectSettings.PROFILES[Math.max(0, profile.getSelectionIndex())]);
		String value = share.getText().trim();
		settings.setMinThreadDayShare(value.isEmpty() ? null : Double.valueOf(value));
		settings.setThreadInEveryModule(everyModule.getSelectionIndex() <= 0 ? null : everyModule.getSelectionIndex() == 1);
		try {
			write(settingsFile(project()), settings.toText());
			return true;
		} catch (CoreException e) {
			GoldthreadUiPlugin.log("Goldthread: cannot write " + Profile.FILE_NAME, e);
			setErrorMessage("Cannot write " + Profile.FILE_NAME + ": " + e.getMessage());
			return false;
		}
	}

	/** Writes the settings file (the builder re-checks the project's courses). */
	public static void write(IFile file, String text) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, true, null);
		} else {
			file.create(in, true, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
		}
	}
}
