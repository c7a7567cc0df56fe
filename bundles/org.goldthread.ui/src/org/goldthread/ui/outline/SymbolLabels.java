package org.goldthread.ui.outline;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.swt.graphics.Image;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * The labels of document symbols, for the Outline page and the Quick Outline: "day 3" in black,
 * "Leadership theory" in grey; an icon per kind.
 */
public final class SymbolLabels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
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
