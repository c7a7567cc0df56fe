package org.goldthread.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.goldthread.ui.GoldthreadUiPlugin;

/**
 * The editor's highlighting styles, each a colour with bold and italic, kept in the plugin's
 * preferences (Window > Preferences > Goldthread > Syntax Colouring): the lexical ones (keywords,
 * strings, comments, numbers) and the semantic ones (declared ids and references by kind).
 */
public enum SyntaxStyle {
	KEYWORD("Keywords", GoldthreadColors.KEYWORD, true, false),
	STRING("Strings", GoldthreadColors.STRING, false, false),
	COMMENT("Comments", GoldthreadColors.COMMENT, false, false),
	NUMBER("Numbers", GoldthreadColors.NUMBER, false, false),
	DECLARATION("Declared ids (semantic)", GoldthreadColors.DECLARATION, true, false),
	OBJECTIVE("References to learning objectives (semantic)", GoldthreadColors.OBJECTIVE, false, false),
	THREAD("References to golden threads (semantic)", GoldthreadColors.THREAD, true, true),
	FRAMEWORK("The implemented framework (semantic)", GoldthreadColors.FRAMEWORK, true, false),
	REFERENCE("Other references (semantic)", GoldthreadColors.REFERENCE, false, true);

	private static volatile boolean defaultsSet;
	private static final java.util.Map<SyntaxStyle, TextAttribute> ATTRIBUTES = new java.util.concurrent.ConcurrentHashMap<>();

	private final String label;
	private final RGB color;
	private final boolean bold;
	private final boolean italic;

	SyntaxStyle(String label, RGB color, boolean bold, boolean italic) {
		this.label = label;
		this.color = color;
		this.bold = bold;
		this.italic = italic;
	}

	public String label() {
		return label;
	}

	public String colorKey() {
		return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".color";
	}

	public String boldKey() {
		return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".bold";
	}

	public String italicKey() {
		return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".italic";
	}

	/** The plugin's preference store, with the styles' defaults set. */
	public static synchronized IPreferenceStore store() {
		IPreferenceStore store = GoldthreadUiPlugin.getDefault().getPreferenceStore();
		if (!defaultsSet) {
			for (SyntaxStyle style : values()) {
				PreferenceConverter.setDefault(store, style.colorKey(), style.color);
				store.setDefault(style.boldKey(), style.bold);
				store.setDefault(style.italicKey(), style.italic);
			}
			store.addPropertyChangeListener(event -> {
				if (isStyleKey(event.getProperty())) {
					ATTRIBUTES.clear();
				}
			});
			defaultsSet = true;
		}
		return store;
	}

	/** Whether a preference key is one of the styles'. */
	public static boolean isStyleKey(String key) {
		return key != null && key.startsWith("syntax.");
	}

	public RGB rgb() {
		return PreferenceConverter.getColor(store(), colorKey());
	}

	public int fontStyle() {
		IPreferenceStore store = store();
		return (store.getBoolean(boldKey()) ? SWT.BOLD : SWT.NORMAL) | (store.getBoolean(italicKey()) ? SWT.ITALIC : SWT.NORMAL);
	}

	/** UI thread only (allocates the colour in the registry). */
	public TextAttribute attribute() {
		store();
		return ATTRIBUTES.computeIfAbsent(this, s -> new TextAttribute(GoldthreadColors.color(s.rgb()), null, s.fontStyle()));
	}
}
