package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word-level differences between two texts (longest common subsequence of words), and their similarity. */
public final class WordDiff {

	/** A run of words: kept in both, only in the old text, or only in the new one. */
	public enum Op {
		SAME, REMOVED, ADDED
	}

	public record Token(Op op, String text) {
	}

	private WordDiff() {
	}

	/** The words of {@code text}, split at white space. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.strip().split("\\s+"));
	}

	/** The difference as runs of words; consecutive words of one kind are joined by a space. */
	public static List<Token> diff(String oldText, String newText) {
		List<String> a = words(oldText);
		List<String> b = words(newText);
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() || j < b.size()) {
			if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
				add(tokens, Op.SAME, a.get(i));
				i++;
				j++;
			} else if (j < b.size() && (i == a.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
				add(tokens, Op.ADDED, b.get(j++));
			} else {
				add(tokens, Op.REMOVED, a.get(i++));
			}
		}
		return Collections.unmodifiableList(tokens);
	}

	private static void add(List<Token> tokens, Op op, String word) {
		if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).op() == op) {
			Token last = tokens.remove(tokens.size() - 1);
			tokens.add(new Token(op, last.text() + " " + word));
		} else {
			tokens.add(new Token(op, word));
		}
	}

	/** The diff as one line: removed words as [-…-], added ones as {+…+}. */
	public static String inline(List<Token> tokens) {
		StringBuilder out = new StringBuilder();
		for (Token t : tokens) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(switch (t.op()) {
				case SAME -> t.text();
				case REMOVED -> "[-" + t.text() + "-]";
				case ADDED -> "{+" + t.text() + "+}";
			});
		}
		return out.toString();
	}

	/**
	 * How alike two texts are, 0 to 1: the Dice coefficient of their sets of lower-case words (so
	 * that a reworded objective still matches its old text, and two unrelated ones do not).
	 */
	public static double similarity(String a, String b) {
		Set<String> x = normalised(a);
		Set<String> y = normalised(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String w : x) {
			if (y.contains(w)) {
				common++;
			}
		}
		return 2.0 * common / (x.size() + y.size());
	}

	private static Set<String> normalised(String text) {
		Set<String> result = new HashSet<>();
		for (String w : words(text)) {
			String n = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
			if (!n.isEmpty()) {
				result.add(n);
			}
		}
		return result;
	}
}
