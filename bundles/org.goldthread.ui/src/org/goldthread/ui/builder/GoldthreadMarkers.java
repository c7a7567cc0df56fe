package org.goldthread.ui.builder;

import org.eclipse.core.resources.IMarker;

/** The Goldthread problem marker (extends problemmarker and textmarker) and its attributes. */
public final class GoldthreadMarkers {

	private GoldthreadMarkers() {
	}

	/** Marker type of the builder's findings. */
	public static final String PROBLEM = "org.goldthread.ui.problem";
	/** The catalogue's rule id ("GT-COV-001"). */
	public static final String RULE_ID = "ruleId";
	/** The framework element the finding is about (for GT-INT-001: the suggested id), if any. */
	public static final String FRAMEWORK_ELEMENT_ID = "frameworkElementId";
	/** The engine's hint on how to fix the finding, if any (index 1 of the issue data). */
	public static final String FIX_HINT = "fixHint";
	/** All issue data, joined with line feeds. */
	public static final String ISSUE_DATA = "issueData";

	public static String ruleId(IMarker marker) {
		return marker.getAttribute(RULE_ID, null);
	}

	public static String fixHint(IMarker marker) {
		return marker.getAttribute(FIX_HINT, null);
	}

	public static String frameworkElementId(IMarker marker) {
		return marker.getAttribute(FRAMEWORK_ELEMENT_ID, null);
	}
}
