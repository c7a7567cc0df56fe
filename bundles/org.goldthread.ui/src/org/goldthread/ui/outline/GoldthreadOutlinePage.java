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
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

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
		List<DocumentSymbol> symbols = Symbols.compute(doc);
		if (symbols == null || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Display display = getControl() == null || getControl().isDisposed() ? null : getControl().getDisplay();
		if (display != null) {
			display.asyncExec(() -> show(symbols));
		}
		return (IStatus) Status.OK_STATUS;
	});

	public GoldthreadOutlinePage(ITextEditor editor) {
		this.editor = editor;
		refreshJob.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolContentProvider());
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
			org.eclipse.jface.text.IRegion name = Symbols.nameRegion(document, symbol);
			editor.selectAndReveal(name.getOffset(), name.getLength());
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
		DocumentSymbol innermost = Symbols.innermost(roots, document, text.getOffset());
		if (innermost != null) {
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(innermost), true);
		}
	};

	/** The symbol selected in the outline, or null (tests). */
	public DocumentSymbol selectedSymbol() {
		TreeViewer viewer = getTreeViewer();
		return viewer == null || viewer.getControl().isDisposed() ? null
				: viewer.getStructuredSelection().getFirstElement() instanceof DocumentSymbol s ? s : null;
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
}
