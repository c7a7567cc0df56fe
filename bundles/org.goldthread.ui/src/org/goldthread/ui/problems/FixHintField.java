package org.goldthread.ui.problems;

import org.eclipse.ui.views.markers.MarkerField;
import org.eclipse.ui.views.markers.MarkerItem;
import org.goldthread.ui.builder.GoldthreadMarkers;

/** The Problems view's "How to fix" column: the engine's fix hint of a Goldthread finding, if it has one. */
public class FixHintField extends MarkerField {

	@Override
	public String getValue(MarkerItem item) {
		return item == null ? "" : item.getAttributeValue(GoldthreadMarkers.FIX_HINT, "");
	}
}
