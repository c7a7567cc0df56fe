package org.goldthread.ui.outline;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/** A document's symbols (the ide module's documentSymbol), as the Outline page and the Quick Outline use them. */
public final class Symbols {

	private Symbols() {
	}

	/**
	 * The symbols of the document's current text in source order, from the project's model (only
	 * this document is parsed, and only if its text changed); null, logged, when they cannot be
	 * computed now.
	 */
	public static List<DocumentSymbol> compute(IDocument document) {
		try {
			return ModelManager.get().read(document,
					resource -> GoldthreadLanguage.get(HierarchicalDocumentSymbolService.class).getSymbols(resource, CancelIndicator.NullImpl));
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.warn("Goldthread: document symbols failed", e);
			return null;
		}
	}

	/** The innermost symbol whose block contains the position, or null. */
	public static DocumentSymbol innermost(List<?> symbols, int line, int column) {
		for (Object o : symbols) {
			DocumentSymbol symbol = (DocumentSymbol) o;
			if (contains(symbol.getRange(), line, column)) {
				DocumentSymbol deeper = symbol.getChildren() == null ? null : innermost(symbol.getChildren(), line, column);
				return deeper != null ? deeper : symbol;
			}
		}
		return null;
	}

	/** The innermost symbol whose block contains the document offset, or null. */
	public static DocumentSymbol innermost(List<?> symbols, IDocument document, int offset) {
		try {
			int line = document.getLineOfOffset(offset);
			return innermost(symbols, line, offset - document.getLineOffset(line));
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static boolean contains(Range range, int line, int column) {
		Position start = range.getStart();
		Position end = range.getEnd();
		boolean afterStart = line > start.getLine() || line == start.getLine() && column >= start.getCharacter();
		boolean beforeEnd = line < end.getLine() || line == end.getLine() && column <= end.getCharacter();
		return afterStart && beforeEnd;
	}

	/** The document region of the symbol's name (its selection range). */
	public static IRegion nameRegion(IDocument document, DocumentSymbol symbol) throws BadLocationException {
		Position start = symbol.getSelectionRange().getStart();
		Position end = symbol.getSelectionRange().getEnd();
		int offset = document.getLineOffset(start.getLine()) + start.getCharacter();
		int endOffset = document.getLineOffset(end.getLine()) + end.getCharacter();
		if (offset < 0 || endOffset < offset || endOffset > document.getLength()) {
			throw new BadLocationException("symbol outside the document: " + symbol.getName());
		}
		return new Region(offset, endOffset - offset);
	}
}
