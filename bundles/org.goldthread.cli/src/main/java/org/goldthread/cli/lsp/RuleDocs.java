package org.goldthread.cli.lsp;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a diagnostic's {@code codeDescription.href} points: the rule's section of the rule
 * catalogue, docs/rules.md (generated from the catalogue by the build), e.g.
 * {@code <base>#gt-cov-001}.
 * <p>
 * The base is, in this order: the system property {@value #PROPERTY} (set by {@code goldthread lsp
 * --rules-doc URL}), for instance the docs on your project's web site; else the file
 * {@code docs/rules.md} of the installation, found next to the command's jar (the repository when run
 * with its {@code ./goldthread} script, the distribution's {@code docs/} folder), as a {@code file:}
 * URL. Without either, diagnostics carry no link. There is no published web copy of the docs to
 * default to.
 */
public final class RuleDocs {

	/** The system property naming the rule catalogue's URL (anchors are appended). */
	public static final String PROPERTY = "goldthread.rulesDoc";

	private final String base;

	RuleDocs(String base) {
		this.base = base == null || base.isBlank() ? null : base.contains("#") ? base.substring(0, base.indexOf('#')) : base;
	}

	static RuleDocs fromSystemProperties() {
		String configured = System.getProperty(PROPERTY);
		return new RuleDocs(configured != null && !configured.isBlank() ? configured : installedRulesDoc());
	}

	/** The base URL in use, or null. */
	public String base() {
		return base;
	}

	/** The link to a rule's section, or null. */
	public String href(String ruleId) {
		return base == null || ruleId == null ? null : base + "#" + ruleId.toLowerCase(Locale.ROOT);
	}

	/** docs/rules.md of the installation as a file: URL, or null: looked for in the folders above the command's jar. */
	static String installedRulesDoc() {
		try {
			var source = RuleDocs.class.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null) {
				return null;
			}
			Path dir = Path.of(source.getLocation().toURI()).toAbsolutePath();
			for (int up = 0; up < 5 && dir != null; up++, dir = dir.getParent()) {
				Path rules = dir.resolve("docs/rules.md");
				if (Files.isRegularFile(rules)) {
					return rules.toRealPath().toUri().toString();
				}
			}
			return null;
		} catch (URISyntaxException | java.io.IOException | SecurityException | IllegalArgumentException e) {
			return null;
		}
	}
}
