package org.goldthread.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.goldthread.lang.ide.contentassist.GoldthreadCrossrefProposalProvider;
import org.goldthread.lang.ide.highlighting.GoldthreadSemanticHighlightingCalculator;
import org.goldthread.lang.ide.hover.GoldthreadHoverService;
import org.goldthread.lang.ide.symbols.GoldthreadDocumentSymbols;

/**
 * Editor-neutral IDE services (content assist, hover, symbols, highlighting), shared by the
 * Eclipse editor (org.goldthread.ui) and the language server.
 */
public class GoldthreadIdeModule extends AbstractGoldthreadIdeModule {

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
