package org.goldthread.lang.ide.quickfix;

import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code data} of Goldthread's LSP diagnostics, a JSON object:
 * {@code {"ruleId": "GT-COV-001", "elementId": "landscape.ukPolicy", "fixHint": "…"}} (elementId:
 * the framework element the finding is about, for GT-INT-001 the suggested id; elementId and
 * fixHint only when there is one). Code actions read it back from the diagnostics the client sends.
 */
public final class DiagnosticData {

	public static final String RULE_ID = "ruleId";
	public static final String ELEMENT_ID = "elementId";
	public static final String FIX_HINT = "fixHint";

	private DiagnosticData() {
	}

	/** A property of a diagnostic's data (as LSP4J reads it: a JSON object; or a map), or null. */
	public static String get(Diagnostic diagnostic, String key) {
		Object data = diagnostic.getData();
		if (data instanceof JsonObject json) {
			JsonElement value = json.get(key);
			return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
		}
		if (data instanceof Map<?, ?> map && map.get(key) instanceof String value) {
			return value;
		}
		return null;
	}

	/** The diagnostic's rule id: from its data, else its code. */
	public static String ruleId(Diagnostic diagnostic) {
		String id = get(diagnostic, RULE_ID);
		if (id != null) {
			return id;
		}
		var code = diagnostic.getCode();
		return code == null ? null : code.isLeft() ? code.getLeft() : String.valueOf(code.getRight());
	}
}
