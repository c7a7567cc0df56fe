package org.goldthread.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.BufferedRuleBasedScanner;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;

/**
 * Lexical highlighting (keywords from the Xtext grammar, strings, numbers, comments), immediate on
 * every keystroke; semantic highlighting (declared ids, references by kind) is layered on top by
 * {@link SemanticHighlighter} once the document is parsed.
 */
public class GoldthreadPresentationReconciler extends PresentationReconciler {

	public GoldthreadPresentationReconciler() {
		// buffered: the scanner reads the document in blocks, not one synchronized getChar per character and rule
		// (opening a 2,000-line document scans all of it on the UI thread, twice: on input and when folding starts)
		RuleBasedScanner scanner = new BufferedRuleBasedScanner(4096);
		scanner.setRules(rules());
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(scanner);
		setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
	}

	static IRule[] rules() {
		IToken keyword = new StyleToken(SyntaxStyle.KEYWORD);
		IToken string = new StyleToken(SyntaxStyle.STRING);
		IToken comment = new StyleToken(SyntaxStyle.COMMENT);
		IToken number = new StyleToken(SyntaxStyle.NUMBER);
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_' || c == '^';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, Token.UNDEFINED);
		for (String kw : keywords()) {
			words.addWord(kw, keyword);
		}
		List<IRule> rules = new ArrayList<>();
		rules.add(new MultiLineRule("/*", "*/", comment, (char) 0, true));
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new SingleLineRule("\"", "\"", string, '\\', true));
		rules.add(new SingleLineRule("'", "'", string, '\\', true));
		rules.add(new WhitespaceRule(Character::isWhitespace));
		rules.add(words);
		rules.add(new NumberRule(number));
		return rules.toArray(IRule[]::new);
	}

	/** The grammar's word keywords ("course", "covers", "written-report", ...). */
	static List<String> keywords() {
		List<String> result = new ArrayList<>();
		try {
			for (String kw : GrammarUtil.getAllKeywords(GoldthreadLanguage.get(IGrammarAccess.class).getGrammar())) {
				if (!kw.isEmpty() && Character.isLetter(kw.charAt(0))) {
					result.add(kw);
				}
			}
		} catch (RuntimeException e) {
			GoldthreadUiPlugin.log("Goldthread: keywords unavailable for highlighting", e);
		}
		return result;
	}

	/** A token whose text attribute is its style's current one (preferences). */
	static final class StyleToken extends Token {
		private final SyntaxStyle style;

		StyleToken(SyntaxStyle style) {
			super(null);
			this.style = style;
		}

		@Override
		public Object getData() {
			return style.attribute();
		}
	}

	private ITextViewer installedOn;
	private final org.eclipse.jface.util.IPropertyChangeListener styleListener = event -> {
		if (SyntaxStyle.isStyleKey(event.getProperty()) && installedOn != null && installedOn.getTextWidget() != null) {
			org.eclipse.swt.widgets.Display display = installedOn.getTextWidget().getDisplay();
			display.asyncExec(() -> {
				if (installedOn != null && installedOn.getTextWidget() != null && !installedOn.getTextWidget().isDisposed()) {
					installedOn.invalidateTextPresentation();
				}
			});
		}
	};

	@Override
	public void install(ITextViewer viewer) {
		super.install(viewer);
		SemanticHighlighter.install(viewer);
		installedOn = viewer;
		SyntaxStyle.store().addPropertyChangeListener(styleListener);
	}

	@Override
	public void uninstall() {
		SyntaxStyle.store().removePropertyChangeListener(styleListener);
		installedOn = null;
		super.uninstall();
	}
}
