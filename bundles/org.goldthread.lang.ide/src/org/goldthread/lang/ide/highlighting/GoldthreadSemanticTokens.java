package org.goldthread.lang.ide.highlighting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * LSP semantic tokens ({@code textDocument/semanticTokens/full}) for the language server: the
 * styles of {@link GoldthreadSemanticHighlightingCalculator} (the same as the Eclipse editor's),
 * and, because a generic LSP client has no grammar of its own, the lexical tokens too. The legend
 * (documented in docs/editors.md), by index:
 * <table>
 * <tr><th>type</th><th>what</th></tr>
 * <tr><td>0 namespace</td><td>the framework a course or plan implements</td></tr>
 * <tr><td>1 type</td><td>any other reference (outcomes, assessments, elements, resources, pathways, themes)</td></tr>
 * <tr><td>2 property</td><td>a reference to a learning objective</td></tr>
 * <tr><td>3 enumMember</td><td>a reference to a golden thread</td></tr>
 * <tr><td>4 variable</td><td>the id an element is declared with (with the modifier {@code declaration})</td></tr>
 * <tr><td>5 keyword</td><td>a keyword ({@code course}, {@code covers}, …)</td></tr>
 * <tr><td>6 string</td><td>a quoted text</td></tr>
 * <tr><td>7 number</td><td>a number</td></tr>
 * <tr><td>8 comment</td><td>a comment</td></tr>
 * </table>
 * Modifiers: bit 0 {@code declaration}. Tokens never overlap and never span lines.
 */
public class GoldthreadSemanticTokens {

	public static final List<String> TOKEN_TYPES = List.of("namespace", "type", "property", "enumMember", "variable", "keyword", "string",
			"number", "comment");
	public static final List<String> TOKEN_MODIFIERS = List.of("declaration");

	static final int NAMESPACE = 0;
	static final int TYPE = 1;
	static final int PROPERTY = 2;
	static final int ENUM_MEMBER = 3;
	static final int VARIABLE = 4;
	static final int KEYWORD = 5;
	static final int STRING = 6;
	static final int NUMBER = 7;
	static final int COMMENT = 8;
	static final int DECLARATION_MODIFIER = 1;

	@Inject
	private ISemanticHighlightingCalculator calculator;

	private record Token(int offset, int length, int type, int modifiers) {
	}

	/** The token type (index into {@link #TOKEN_TYPES}) of a semantic highlighting style, or -1. */
	static int typeOf(String style) {
		return switch (style) {
			case GoldthreadSemanticHighlightingCalculator.FRAMEWORK_REFERENCE -> NAMESPACE;
			case GoldthreadSemanticHighlightingCalculator.REFERENCE -> TYPE;
			case GoldthreadSemanticHighlightingCalculator.OBJECTIVE_REFERENCE -> PROPERTY;
			case GoldthreadSemanticHighlightingCalculator.THREAD_REFERENCE -> ENUM_MEMBER;
			case GoldthreadSemanticHighlightingCalculator.DECLARATION -> VARIABLE;
			default -> -1;
		};
	}

	public SemanticTokens compute(Document document, XtextResource resource, CancelIndicator cancel) {
		TreeMap<Integer, Token> tokens = new TreeMap<>();
		if (resource.getParseResult() == null) {
			return new SemanticTokens(List.of());
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			int type = lexicalType(leaf);
			if (type >= 0 && leaf.getLength() > 0) {
				tokens.put(leaf.getOffset(), new Token(leaf.getOffset(), leaf.getLength(), type, 0));
			}
		}
		// the semantic styles win over the lexical ones (an id may be spelt like a keyword)
		calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
			for (String id : ids) {
				int type = typeOf(id);
				if (type >= 0 && length > 0) {
					tokens.put(offset, new Token(offset, length, type, type == VARIABLE ? DECLARATION_MODIFIER : 0));
					return;
				}
			}
		}, cancel);
		return new SemanticTokens(encode(document, tokens));
	}

	private static int lexicalType(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			return Character.isLetter(keyword.getValue().charAt(0)) ? KEYWORD : -1;
		}
		TerminalRule terminal = element instanceof TerminalRule t ? t
				: element instanceof RuleCall call && call.getRule() instanceof TerminalRule t ? t : null;
		if (terminal == null) {
			return -1;
		}
		return switch (terminal.getName()) {
			case "STRING" -> STRING;
			case "INT" -> NUMBER;
			case "ML_COMMENT", "SL_COMMENT" -> COMMENT;
			default -> -1;
		};
	}

	/** LSP's relative encoding: line delta, start delta, length, type, modifiers; a token over several lines is split. */
	private static List<Integer> encode(Document document, Map<Integer, Token> tokens) {
		List<Integer> data = new ArrayList<>();
		String text = document.getContents();
		int lastLine = 0;
		int lastStart = 0;
		int covered = 0; // end of the previous token: overlapping tokens are dropped
		for (Token token : tokens.values()) {
			if (token.offset() < covered || token.offset() + token.length() > text.length()) {
				continue;
			}
			covered = token.offset() + token.length();
			int start = token.offset();
			while (start < covered) {
				int lineEnd = text.indexOf('\n', start);
				int end = lineEnd < 0 || lineEnd > covered ? covered : lineEnd;
				if (end > start) {
					Position position = document.getPosition(start);
					int line = position.getLine();
					int character = position.getCharacter();
					data.add(line - lastLine);
					data.add(line == lastLine ? character - lastStart : character);
					data.add(end - start);
					data.add(token.type());
					data.add(token.modifiers());
					lastLine = line;
					lastStart = character;
				}
				start = end + 1;
			}
		}
		return data;
	}
}
