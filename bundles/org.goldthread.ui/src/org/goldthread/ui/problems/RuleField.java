package org.goldthread.ui.problems;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;
import org.goldthread.ui.builder.GoldthreadMarkers;

/**
 * The Problems view's "Rule" column: the catalogue's rule id of a Goldthread finding (the marker
 * attribute {@link GoldthreadMarkers#RULE_ID} the builder sets); empty for other problems. Sorting
 * on it sorts the findings by rule.
 */
public class RuleField extends MarkerField {

	@Override
	public String getValue(MarkerItem item) {
		return item == null ? "" : item.getAttributeValue(GoldthreadMarkers.RULE_ID, "");
	}

	@Override
	public int getDefaultColumnWidth(org.eclipse.swt.widgets.Control control) {
		return 12 * getFontWidth(control);
	}

	private static int getFontWidth(org.eclipse.swt.widgets.Control control) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(control.getDisplay());
		try {
			gc.setFont(control.getFont());
			return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
		} finally {
			gc.dispose();
		}
	}
}
