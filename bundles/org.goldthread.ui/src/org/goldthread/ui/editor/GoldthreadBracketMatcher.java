package org.goldthread.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Matching braces (blocks) and parentheses are highlighted; Ctrl+Shift+P jumps between them. */
public class GoldthreadBracketMatcher extends DefaultCharacterPairMatcher {
	public GoldthreadBracketMatcher() {
		super(new char[] { '{', '}', '(', ')' });
	}
}
