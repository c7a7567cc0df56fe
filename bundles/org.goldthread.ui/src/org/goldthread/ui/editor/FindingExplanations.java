package org.goldthread.ui.editor;

import org.goldthread.conformance.Rule;

/** A finding explained from the rule catalogue: the rule's title, rationale and the curriculum passage it enforces. */
public final class FindingExplanations {

	private FindingExplanations() {
	}

	/** HTML for a finding of rule {@code ruleId} (message optional), or null for an unknown rule. */
	public static String html(String ruleId, String message, String frameworkElementId) {
		return html(ruleId, message, frameworkElementId, null);
	}

	/** HTML for a finding with the engine's fix hint (optional) under "How to fix". */
	public static String html(String ruleId, String message, String frameworkElementId, String fixHint) {
		Rule rule = Rule.byId(ruleId);
		if (rule == null) {
			return null;
		}
		StringBuilder html = new StringBuilder();
		html.append("<p><b>").append(HtmlText.escape(rule.id())).append(" – ").append(HtmlText.escape(rule.title())).append("</b></p>");
		if (message != null) {
			html.append("<p>").append(HtmlText.escape(message)).append("</p>");
		}
		html.append("<p><i>Why:</i> ").append(HtmlText.escape(rule.rationale())).append("</p>");
		if (rule.passage() != null) {
			html.append("<p><i>The curriculum says:</i> “").append(HtmlText.escape(rule.passage())).append("”</p>");
		}
		if (frameworkElementId != null && !frameworkElementId.isEmpty()) {
			html.append("<p><i>About:</i> ").append(HtmlText.escape(frameworkElementId)).append("</p>");
		}
		if (fixHint != null && !fixHint.isBlank()) {
			html.append("<p><i>How to fix:</i> ").append(HtmlText.escape(fixHint)).append("</p>");
		}
		return html.toString();
	}

	/** The same as plain text (tests, logs). */
	public static String plain(String ruleId, String message, String frameworkElementId) {
		return plain(ruleId, message, frameworkElementId, null);
	}

	/** The same as plain text, with the fix hint. */
	public static String plain(String ruleId, String message, String frameworkElementId, String fixHint) {
		String html = html(ruleId, message, frameworkElementId, fixHint);
		return html == null ? null : html.replaceAll("</p>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&").strip();
	}
}
