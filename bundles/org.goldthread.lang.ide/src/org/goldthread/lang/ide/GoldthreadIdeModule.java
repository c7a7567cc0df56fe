package org.goldthread.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.goldthread.lang.ide.contentassist.GoldthreadCrossrefProposalProvider;
import org.goldthread.lang.ide.highlighting.GoldthreadSemanticHighlightingCalculator;
import org.goldthread.lang.ide.hover.GoldthreadHoverService;
import org.goldthread.lang.ide.quickfix.GoldthreadCodeActionService;
import org.goldthread.lang.ide.symbols.GoldthreadDocumentSymbols;

/**
 * Editor-neutral IDE services (content assist, hover, symbols, highlighting), shared by the
 * Eclipse editor (org.goldthread.ui) and the language server; code actions (the quick fixes as
 * text edits) for the language server.
 */
public class GoldthreadIdeModule extends AbstractGoldthreadIdeModule {

	/** Folding in the language server: every element over several lines (Xtext binds no provider by default). */
	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return DefaultFoldingRangeProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return GoldthreadCodeActionService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return GoldthreadSemanticHighlightingCalculator.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return GoldthreadHoverService.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return GoldthreadCrossrefProposalProvider.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return GoldthreadDocumentSymbols.SourceOrderSymbolService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return GoldthreadDocumentSymbols.NameProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
		return GoldthreadDocumentSymbols.DetailsProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return GoldthreadDocumentSymbols.KindProvider.class;
	}
}
