package org.goldthread.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * Quick Outline (Ctrl+O), as JDT's: a popup over the editor with a filter field and the document's
 * symbols (those of the Outline page, with its labels and icons), expanded, the block at the caret
 * selected. Typing filters by name or title (substring, camel case, {@code *} and {@code ?}),
 * keeping the parents of matches; Up and Down move in the tree, Enter or a click selects the
 * symbol's name in the editor and closes, Esc closes. The symbols come from the document's current
 * text through the project's model, in the background; a failure is logged and shows an empty tree.
 */
public class QuickOutlinePopup extends PopupDialog {

	private final ITextEditor editor;
	private final IDocument document;
	private final int caret;
	private Text filterText;
	private TreeViewer viewer;
	private SymbolMatcher matcher = new SymbolMatcher("");
	private ViewerFilter viewerFilter;
	private List<DocumentSymbol> symbols;

	public QuickOutlinePopup(ITextEditor editor) {
		super(editor.getSite().getShell(), SWT.RESIZE, true, false, false, false, false, null,
				"Enter: go to the symbol · Esc: close");
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		this.caret = editor.getSelectionProvider() != null && editor.getSelectionProvider().getSelection() instanceof ITextSelection s
				? s.getOffset() : -1;
	}

	@Override
	protected boolean hasTitleArea() {
		return true;
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filterText = new Text(parent, SWT.SINGLE | SWT.SEARCH);
		filterText.setMessage("type to filter (name, title, camel case, * and ?)");
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).applyTo(filterText);
		filterText.addModifyListener(e -> filterChanged());
		filterText.addListener(SWT.KeyDown, this::filterKey);
		filterText.addListener(SWT.DefaultSelection, e -> gotoSelected());
		return filterText;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new SymbolContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		viewer.setInput(List.of());
		Tree tree = viewer.getTree();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		tree.addListener(SWT.DefaultSelection, e -> gotoSelected());
		tree.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.ESC) {
				close();
			}
		});
		// a click on an item goes there (as in JDT's quick views), not only a double click
		tree.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && tree.getItem(new Point(e.x, e.y)) instanceof TreeItem item && !item.isDisposed()
					&& tree.getSelectionCount() == 1 && tree.getSelection()[0] == item) {
				gotoSelected();
			}
		});
		return tree;
	}

	@Override
	protected Control getFocusControl() {
		return filterText;
	}

	@Override
	public int open() {
		int result = super.open();
		load();
		return result;
	}

	/** Computes the symbols in the background (the model may be busy checking) and shows them. */
	private void load() {
		if (document == null) {
			show(List.of());
			return;
		}
		Job job = Job.create("Goldthread quick outline", monitor -> {
			List<DocumentSymbol> computed = Symbols.compute(document);
			if (getShell() != null && !getShell().isDisposed()) {
				getShell().getDisplay().asyncExec(() -> show(computed == null ? List.of() : computed));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(List<DocumentSymbol> computed) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		symbols = computed;
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(computed);
			viewer.expandAll();
		} finally {
			viewer.getControl().setRedraw(true);
		}
		if (matcher.isEmpty()) {
			DocumentSymbol atCaret = caret < 0 ? null : Symbols.innermost(computed, document, caret);
			if (atCaret != null) {
				viewer.setSelection(new StructuredSelection(atCaret), true);
			} else if (viewer.getTree().getItemCount() > 0) {
				viewer.getTree().setSelection(viewer.getTree().getItem(0));
			}
		} else {
			filterChanged();
		}
	}

	private void filterChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		matcher = new SymbolMatcher(filterText.getText());
		viewer.getControl().setRedraw(false);
		try {
			if (viewerFilter != null) {
				viewer.removeFilter(viewerFilter);
				viewerFilter = null;
			}
			if (!matcher.isEmpty()) {
				viewerFilter = matcher.filter();
				viewer.addFilter(viewerFilter);
			}
			viewer.expandAll();
		} finally {
			viewer.getControl().setRedraw(true);
		}
		// select the first symbol that matches itself (not one kept only as a parent)
		for (TreeItem item : visibleItems()) {
			if (item.getData() instanceof DocumentSymbol symbol && !matcher.isEmpty() && matcher.matches(symbol)) {
				viewer.getTree().setSelection(item);
				viewer.getTree().showItem(item);
				return;
			}
		}
	}

	private void filterKey(Event e) {
		if (e.character == SWT.ESC) {
			close();
		} else if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
			move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
			e.doit = false;
		}
	}

	/** Moves the tree's selection to the next or previous visible item, keeping the focus in the filter field. */
	private void move(int delta) {
		List<TreeItem> items = visibleItems();
		if (items.isEmpty()) {
			return;
		}
		Tree tree = viewer.getTree();
		int index = tree.getSelectionCount() == 0 ? -1 : items.indexOf(tree.getSelection()[0]);
		int next = index < 0 ? (delta > 0 ? 0 : items.size() - 1) : Math.floorMod(index + delta, items.size());
		tree.setSelection(items.get(next));
		tree.showItem(items.get(next));
	}

	/** The tree's items from top to bottom as shown (expanded ones' children included). */
	List<TreeItem> visibleItems() {
		List<TreeItem> items = new ArrayList<>();
		collect(viewer.getTree().getItems(), items);
		return items;
	}

	private static void collect(TreeItem[] items, List<TreeItem> into) {
		for (TreeItem item : items) {
			if (item.getData() != null) {
				into.add(item);
				if (item.getExpanded()) {
					collect(item.getItems(), into);
				}
			}
		}
	}

	/** Selects the selected symbol's name in the editor and closes. */
	private void gotoSelected() {
		if (viewer == null || viewer.getControl().isDisposed()
				|| !(viewer.getStructuredSelection().getFirstElement() instanceof DocumentSymbol symbol)) {
			return;
		}
		IRegion name = null;
		try {
			name = Symbols.nameRegion(document, symbol);
		} catch (BadLocationException | RuntimeException e) {
			GoldthreadUiPlugin.warn("Goldthread: quick outline symbol outside the document", e);
		}
		close();
		if (name != null) {
			editor.selectAndReveal(name.getOffset(), name.getLength());
			editor.setFocus();
		}
	}

	/** The symbols shown, null until computed (tests). */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	@Override
	protected Point getDefaultSize() {
		Rectangle area = editorArea();
		return new Point(Math.max(360, Math.min(560, area.width * 2 / 3)), Math.max(260, Math.min(480, area.height * 2 / 3)));
	}

	@Override
	protected Point getDefaultLocation(Point size) {
		Rectangle area = editorArea();
		return new Point(area.x + Math.max(0, (area.width - size.x) / 2), area.y + Math.max(0, (area.height - size.y) / 3));
	}

	/** The editor's text widget in display coordinates (the workbench window's when unknown). */
	private Rectangle editorArea() {
		if (editor.getAdapter(Control.class) instanceof Control text && !text.isDisposed()) {
			Rectangle bounds = text.getBounds();
			Point origin = text.getParent().toDisplay(bounds.x, bounds.y);
			return new Rectangle(origin.x, origin.y, bounds.width, bounds.height);
		}
		return getParentShell() != null ? getParentShell().getBounds() : new Rectangle(0, 0, 800, 600);
	}
}
