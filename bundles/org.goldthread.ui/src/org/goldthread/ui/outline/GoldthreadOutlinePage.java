package org.goldthread.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * The Outline of a Goldthread document, fed by the ide module's document symbols (the language
 * server's documentSymbol), in source order; recomputed shortly after each change, in the
 * background. Selecting a symbol selects its id in the editor.
 */
public class GoldthreadOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private IDocument document;
	private final IDocumentListener listener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			refreshJob.cancel();
			refreshJob.schedule(400);
		}
	};
	private final Job refreshJob = Job.create("Goldthread outline", monitor -> {
		IDocument doc = document;
		if (doc == null) {
			return Status.OK_STATUS;
		}
		List<DocumentSymbol> symbols = computeSymbols(doc);
		if (symbols == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Display display = getControl() == null || getControl().isDisposed() ? null : getControl().getDisplay();
		if (display != null) {
			display.asyncExec(() -> show(symbols));
		}
		return (IStatus) Status.OK_STATUS;
	});

	/** Each shown symbol's parent (the tree needs it to reveal a symbol that is not expanded yet). */
	private final java.util.Map<DocumentSymbol, DocumentSymbol> parents = new java.util.IdentityHashMap<>();

	private void recordParents(List<DocumentSymbol> symbols, DocumentSymbol parent) {
		for (DocumentSymbol symbol : symbols) {
			if (parent != null) {
				parents.put(symbol, parent);
			}
			if (symbol.getChildren() != null) {
				recordParents(symbol.getChildren(), symbol);
			}
		}
	}

	public GoldthreadOutlinePage(ITextEditor editor) {
		this.editor = editor;
		refreshJob.setSystem(true);
	}

	/** The document's symbols in source order; null when they cannot be computed now. */
	public static List<DocumentSymbol> computeSymbols(IDocument document) {
		try {
			return ModelManager.get().read(document,
					resource -> GoldthreadLanguage.get(HierarchicalDocumentSymbolService.class).getSymbols(resource, CancelIndicator.NullImpl));
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: outline failed", e);
			return null;
		}
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return parents.get(element);
			}

			@Override
			public boolean hasChildren(Object element) {
				return getChildren(element).length > 0;
			}
		});
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new SymbolLabels()));
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol && document != null
					&& viewer.getControl().isFocusControl()) {
				reveal(symbol);
			}
		});
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof DocumentSymbol symbol) {
				reveal(symbol);
			}
		});
		if (editor.getSelectionProvider() != null) {
			editor.getSelectionProvider().addSelectionChangedListener(caretListener);
		}
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			document.addDocumentListener(listener);
			viewer.setInput(List.of());
			refreshJob.schedule();
		}
	}

	private void show(List<DocumentSymbol> symbols) {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			parents.clear();
			recordParents(symbols, null);
			viewer.setInput(symbols);
			viewer.expandToLevel(3);
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** True while the outline moves the editor's selection (so that the editor's move does not come back). */
	private boolean revealing;

	private void reveal(DocumentSymbol symbol) {
		revealing = true;
		try {
			org.eclipse.lsp4j.Position start = symbol.getSelectionRange().getStart();
			org.eclipse.lsp4j.Position end = symbol.getSelectionRange().getEnd();
			int offset = document.getLineOffset(start.getLine()) + start.getCharacter();
			int endOffset = document.getLineOffset(end.getLine()) + end.getCharacter();
			editor.selectAndReveal(offset, endOffset - offset);
		} catch (BadLocationException | RuntimeException e) {
			// a stale symbol: the next refresh replaces it
		} finally {
			revealing = false;
		}
	}

	/** Link with the editor: the caret's innermost block is selected in the outline (without taking the focus). */
	private final org.eclipse.jface.viewers.ISelectionChangedListener caretListener = event -> {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed() || revealing || document == null
				|| !(event.getSelection() instanceof org.eclipse.jface.text.ITextSelection text) || !(viewer.getInput() instanceof List<?> roots)) {
			return;
		}
		try {
			int line = document.getLineOfOffset(text.getOffset());
			int column = text.getOffset() - document.getLineOffset(line);
			DocumentSymbol innermost = innermost(roots, line, column);
			if (innermost != null) {
				viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(innermost), true);
			}
		} catch (BadLocationException e) {
			// stale caret
		}
	};

	/** The symbol selected in the outline, or null (tests). */
	public DocumentSymbol selectedSymbol() {
		TreeViewer viewer = getTreeViewer();
		return viewer == null || viewer.getControl().isDisposed() ? null
				: viewer.getStructuredSelection().getFirstElement() instanceof DocumentSymbol s ? s : null;
	}

	static DocumentSymbol innermost(List<?> symbols, int line, int column) {
		for (Object o : symbols) {
			DocumentSymbol symbol = (DocumentSymbol) o;
			if (contains(symbol.getRange(), line, column)) {
				DocumentSymbol deeper = symbol.getChildren() == null ? null : innermost(symbol.getChildren(), line, column);
				return deeper != null ? deeper : symbol;
			}
		}
		return null;
	}

	private static boolean contains(org.eclipse.lsp4j.Range range, int line, int column) {
		org.eclipse.lsp4j.Position start = range.getStart();
		org.eclipse.lsp4j.Position end = range.getEnd();
		boolean afterStart = line > start.getLine() || line == start.getLine() && column >= start.getCharacter();
		boolean beforeEnd = line < end.getLine() || line == end.getLine() && column <= end.getCharacter();
		return afterStart && beforeEnd;
	}

	@Override
	public void dispose() {
		if (editor.getSelectionProvider() != null) {
			editor.getSelectionProvider().removeSelectionChangedListener(caretListener);
		}
		if (document != null) {
			document.removeDocumentListener(listener);
		}
		refreshJob.cancel();
		super.dispose();
	}

	/** "day 3" in black, "Leadership theory" in grey; an icon per kind. */
	static final class SymbolLabels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			DocumentSymbol symbol = (DocumentSymbol) element;
			StyledString text = new StyledString(symbol.getName());
			if (symbol.getDetail() != null && !symbol.getDetail().isEmpty()) {
				text.append("  " + symbol.getDetail(), StyledString.QUALIFIER_STYLER);
			}
			return text;
		}

		@Override
		public String getText(Object element) {
			return getStyledText(element).getString();
		}

		@Override
		public Image getImage(Object element) {
			DocumentSymbol symbol = (DocumentSymbol) element;
			String name = symbol.getName();
			String image;
			if (symbol.getKind() == SymbolKind.File) {
				image = name.startsWith("course") ? GoldthreadImages.COURSE : name.startsWith("plan") ? GoldthreadImages.PLAN
						: name.startsWith("curriculum") ? GoldthreadImages.CURRICULUM : GoldthreadImages.FRAMEWORK;
			} else if (name.startsWith("module")) {
				image = GoldthreadImages.MODULE;
			} else if (name.startsWith("day") || name.startsWith("study day")) {
				image = GoldthreadImages.DAY;
			} else if (name.startsWith("session") || name.startsWith("action")) {
				image = GoldthreadImages.SESSION;
			} else if (name.startsWith("objective")) {
				image = GoldthreadImages.OBJECTIVE;
			} else if (name.startsWith("thread")) {
				image = GoldthreadImages.THREAD;
			} else if (symbol.getKind() == SymbolKind.Module) {
				image = GoldthreadImages.THEME;
			} else if (name.startsWith("assessment") || name.startsWith("outcome")) {
				image = GoldthreadImages.ASSESSMENT;
			} else if (name.startsWith("gap")) {
				image = GoldthreadImages.GAP;
			} else {
				image = GoldthreadImages.ELEMENT;
			}
			return GoldthreadUiPlugin.image(image);
		}
	}
}
