package org.goldthread.ui.outline;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * The tree of a document's symbols (input: the list of its top-level {@link DocumentSymbol}s), for
 * the Outline page and the Quick Outline. Knows each symbol's parent, which a tree needs to reveal
 * a symbol that is not expanded yet.
 */
public final class SymbolContentProvider implements ITreeContentProvider {

	private final Map<DocumentSymbol, DocumentSymbol> parents = new IdentityHashMap<>();

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		parents.clear();
		if (newInput instanceof List<?> symbols) {
			recordParents(symbols, null);
		}
	}

	private void recordParents(List<?> symbols, DocumentSymbol parent) {
		for (Object o : symbols) {
			if (o instanceof DocumentSymbol symbol) {
				if (parent != null) {
					parents.put(symbol, parent);
				}
				if (symbol.getChildren() != null) {
					recordParents(symbol.getChildren(), symbol);
				}
			}
		}
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> list ? list.toArray() : new Object[0];
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
		List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
		return children != null && !children.isEmpty();
	}
}
