package org.goldthread.ui.model;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.Rule;
import org.goldthread.lang.validation.GoldthreadIssueCodes;

/** Issues as findings: the rule id (Xtext's own syntax and linking codes mapped onto the catalogue) and the framework element id. */
public final class FindingCodes {

	private FindingCodes() {
	}

	/** The catalogue's rule id for an issue (never null). */
	public static String ruleId(Issue issue) {
		String code = issue.getCode();
		if (Rule.byId(code) != null) {
			return code;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return GoldthreadIssueCodes.UNKNOWN_REFERENCE;
		}
		return GoldthreadIssueCodes.SYNTAX;
	}

	/** The framework element the finding is about (for GT-INT-001: the suggested id), or null. */
	public static String frameworkElementId(Issue issue) {
		String[] data = issue.getData();
		return data == null || data.length == 0 || data[0] == null || data[0].isEmpty() ? null : data[0];
	}

	/** The engine's fix hint of a finding (index 1 of the issue data), or null. */
	public static String fixHint(Issue issue) {
		return fixHint(issue.getData());
	}

	/** The fix hint in issue data {@code [frameworkElementId or "", fixHint]}, or null. */
	public static String fixHint(String[] data) {
		return data == null || data.length < 2 || data[1] == null || data[1].isBlank() ? null : data[1];
	}
}
