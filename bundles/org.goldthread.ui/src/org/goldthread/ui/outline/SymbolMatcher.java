package org.goldthread.ui.outline;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.lsp4j.DocumentSymbol;

/**
 * The Quick Outline's filter: a symbol matches when its name ("day 3", "session intro") or its
 * title contains the typed text (ignoring case), when the text is a camel-case abbreviation of a
 * word of the name ("lSO" for {@code leadingSelfAndOthers}), or, with {@code *} and {@code ?}, a
 * wildcard pattern found anywhere in them.
 */
public final class SymbolMatcher {

	private final String lower;
	private final Pattern wildcard;
	private final Pattern camelCase;

	public SymbolMatcher(String filter) {
		String text = filter == null ? "" : filter.strip();
		this.lower = text.toLowerCase(Locale.ROOT);
		this.wildcard = text.indexOf('*') >= 0 || text.indexOf('?') >= 0 ? wildcard(text) : null;
		this.camelCase = wildcard == null && !text.equals(lower) ? camelCase(text) : null;
	}

	public boolean isEmpty() {
		return lower.isEmpty();
	}

	/** Whether the symbol itself matches (not its children). */
	public boolean matches(DocumentSymbol symbol) {
		return isEmpty() || matches(symbol.getName()) || matches(symbol.getDetail());
	}

	/** Whether the symbol or one of its descendants matches (the tree keeps the parents of matches). */
	public boolean matchesTree(DocumentSymbol symbol) {
		if (matches(symbol)) {
			return true;
		}
		List<DocumentSymbol> children = symbol.getChildren();
		return children != null && children.stream().anyMatch(this::matchesTree);
	}

	boolean matches(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		if (wildcard != null) {
			return wildcard.matcher(text).find();
		}
		if (text.toLowerCase(Locale.ROOT).contains(lower)) {
			return true;
		}
		if (camelCase != null) {
			for (String word : text.split("[\\s.]+")) {
				if (camelCase.matcher(word).lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	/** {@code *} any text, {@code ?} one character, everything else literally, ignoring case. */
	private static Pattern wildcard(String text) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '*' || c == '?') {
				if (!literal.isEmpty()) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append(c == '*' ? ".*" : ".");
			} else {
				literal.append(c);
			}
		}
		if (!literal.isEmpty()) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/**
	 * "lSAO": the first hump starts the word (any case), each further hump starts at an upper-case
	 * letter later in the word, in order ("leadingSelfAndOthers", also "leadingSelfAndOurOthers").
	 */
	private static Pattern camelCase(String text) {
		StringBuilder regex = new StringBuilder();
		int start = 0;
		for (int i = 1; i <= text.length(); i++) {
			if (i == text.length() || Character.isUpperCase(text.charAt(i))) {
				String hump = text.substring(start, i);
				if (start == 0) {
					regex.append("(?i:").append(Pattern.quote(hump)).append(')');
				} else {
					regex.append(".*?").append(Pattern.quote(hump));
				}
				start = i;
			}
		}
		return Pattern.compile(regex.toString());
	}

	/** The viewer filter: keeps matching symbols and their parents. */
	public ViewerFilter filter() {
		return new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return element instanceof DocumentSymbol symbol && matchesTree(symbol);
			}
		};
	}
}
