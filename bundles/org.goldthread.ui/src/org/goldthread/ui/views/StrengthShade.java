package org.goldthread.ui.views;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.graphics.RGB;
import org.goldthread.reports.data.CoverageData.Strength;
import org.goldthread.reports.html.Styles;

/**
 * A claim's strength as the HTML report shows it: its letter (P, I, C, D, M) and the report's colours
 * for it, read from the report's own style sheet ({@link Styles#REPORT}, classes {@code .s-p} ...), so
 * that the view and the report never disagree.
 */
public record StrengthShade(Strength strength, RGB background, RGB foreground) {

	private static final Pattern RULE = Pattern.compile("\\.s-([a-z])\\s*\\{\\s*background:\\s*#([0-9a-fA-F]{6});\\s*color:\\s*#([0-9a-fA-F]{6});");
	private static final Map<Strength, StrengthShade> SHADES = new EnumMap<>(Strength.class);

	static {
		Matcher m = RULE.matcher(Styles.REPORT);
		while (m.find()) {
			for (Strength s : Strength.values()) {
				if (s.cssClass().equals("s-" + m.group(1))) {
					SHADES.put(s, new StrengthShade(s, rgb(m.group(2)), rgb(m.group(3))));
				}
			}
		}
		for (Strength s : Strength.values()) {
			if (!SHADES.containsKey(s)) {
				org.goldthread.ui.GoldthreadUiPlugin.warn("Goldthread: the report's style sheet has no ." + s.cssClass()
						+ " colours; the Coverage view shows '" + s.word() + "' in a plain green", null);
				SHADES.put(s, new StrengthShade(s, new RGB(200, 235, 200), new RGB(0, 0, 0)));
			}
		}
	}

	/** The shade of a claim's strength keyword ("develops"; "" or null for a plain claim, that is "covers"). */
	public static StrengthShade of(String keyword) {
		String word = keyword == null || keyword.isEmpty() ? "covers" : keyword.toLowerCase(Locale.ROOT);
		for (Strength s : Strength.values()) {
			if (s.word().equals(word)) {
				return SHADES.get(s);
			}
		}
		return SHADES.get(Strength.COVERS);
	}

	public String letter() {
		return strength.letter();
	}

	public String word() {
		return strength.word();
	}

	private static RGB rgb(String hex) {
		int v = Integer.parseInt(hex, 16);
		return new RGB((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
	}
}
