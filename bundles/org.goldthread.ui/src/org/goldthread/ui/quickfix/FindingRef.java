package org.goldthread.ui.quickfix;

/** A finding to fix: its rule, framework element (or suggestion), issue data and place in the text. */
public record FindingRef(String ruleId, String frameworkElementId, String[] data, int offset, int length) {

	public String firstData() {
		return data != null && data.length > 0 ? data[0] : frameworkElementId;
	}
}
