package org.goldthread.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.WorkspaceFiles;
import org.goldthread.ui.search.ElementReferences.Occurrence;
import org.goldthread.ui.search.ElementReferences.Target;

/**
 * Find References: every session, assessment, gap (and any other element) that refers to an
 * element, across the workspace's Goldthread files; a double click (or Enter) opens the place.
 */
public class ReferencesView extends ViewPart {

	public static final String ID = "org.goldthread.ui.referencesView";

	private Label title;
	private Table table;
	private final List<Occurrence> shown = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		title = new Label(parent, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		title.setText("Place the caret on an element and use Find References (Ctrl+Shift+G).");
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column("Where", 260);
		column("File", 200);
		column("Line", 50);
		column("Text", 420);
		table.addListener(SWT.DefaultSelection, e -> open(table.getSelectionIndex()));
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	/** Shows the references to {@code target} (the declaration is not listed). */
	public void show(Target target, List<Occurrence> occurrences) {
		shown.clear();
		table.removeAll();
		for (Occurrence o : occurrences) {
			if (o.declaration()) {
				continue;
			}
			shown.add(o);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { o.context(), o.uri().lastSegment(), String.valueOf(o.line()), o.text() });
		}
		title.setText(target.label() + ": " + shown.size() + (shown.size() == 1 ? " reference" : " references"));
		title.getParent().layout();
	}

	/** The references shown (tests). */
	public List<Occurrence> shown() {
		return List.copyOf(shown);
	}

	public String titleText() {
		return title.getText();
	}

	/** Opens the i-th reference in its editor, the reference selected. */
	public boolean open(int index) {
		if (index < 0 || index >= shown.size()) {
			return false;
		}
		Occurrence o = shown.get(index);
		IFile file = WorkspaceFiles.fileOf(o.uri());
		if (file == null) {
			return false;
		}
		try {
			IEditorPart editor = IDE.openEditor(getSite().getPage(), file, true);
			if (editor instanceof ITextEditor text) {
				text.selectAndReveal(o.offset(), o.length());
				return true;
			}
		} catch (PartInitException e) {
			GoldthreadUiPlugin.log("Goldthread: cannot open " + file.getFullPath(), e);
		}
		return false;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
