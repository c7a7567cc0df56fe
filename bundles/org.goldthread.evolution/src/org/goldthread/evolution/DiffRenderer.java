package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goldthread.evolution.FrameworkDiff.Change;
import org.goldthread.evolution.FrameworkDiff.Kind;
import org.goldthread.model.Framework;

/** {@code goldthread diff}'s output: terminal text, Markdown, HTML and JSON of one {@link FrameworkDiff}. */
public final class DiffRenderer {

	private DiffRenderer() {
	}

	static String label(Framework f) {
		return f.getName() + " version \"" + f.getVersion() + "\"";
	}

	private static String summary(FrameworkDiff diff) {
		List<String> parts = new ArrayList<>();
		diff.counts().forEach((kind, n) -> {
			if (n > 0) {
				parts.add(n + " " + kind.label());
			}
		});
		return parts.isEmpty() ? "no differences" : String.join(", ", parts);
	}

	private static String ids(List<String> ids) {
		return String.join(", ", ids);
	}

	/** One line saying what happened, without the word diff. */
	static String headline(Change c) {
		String guess = c.guessed() ? " (guess: no change record says so)" : "";
		return switch (c.kind()) {
			case ADDED -> c.elementKind() + " " + ids(c.newIds()) + " added (" + modality(c.newModality()) + ")";
			case REMOVED -> c.elementKind() + " " + ids(c.oldIds()) + " removed" + (c.note() == null ? "" : ": " + c.note());
			case RETIRED -> c.elementKind() + " " + ids(c.oldIds()) + " retired" + (c.note() == null ? "" : ": " + c.note());
			case RENAMED -> c.elementKind() + " " + ids(c.oldIds()) + " renamed to " + ids(c.newIds()) + guess;
			case MOVED -> c.elementKind() + " " + ids(c.oldIds()) + " moved to " + ids(c.newIds()) + guess;
			case SPLIT -> c.elementKind() + " " + ids(c.oldIds()) + " split into " + ids(c.newIds()) + guess;
			case MERGED -> c.elementKind() + " " + ids(c.oldIds()) + " merged into " + ids(c.newIds()) + guess;
			case REWORDED -> c.elementKind() + " " + ids(c.newIds()) + " reworded" + guess + (c.note() == null ? "" : " (" + c.note() + ")");
			case MODALITY -> c.elementKind() + " " + ids(c.newIds()) + ": " + modality(c.oldModality()) + " → " + modality(c.newModality()) + guess;
		};
	}

	private static String modality(org.goldthread.model.Modality m) {
		return m == null ? "" : m.getLiteral();
	}

	/** Plain text for a terminal: one line per change, the word diff of a rewording as [-old-] {+new+}. */
	public static String text(FrameworkDiff diff) {
		StringBuilder out = new StringBuilder();
		out.append(label(diff.oldVersion())).append(" → ").append(label(diff.newVersion())).append('\n');
		out.append(diff.recorded() ? "(with the new version's change records)\n" : "(no change records for this pair: matched by id, then by text; matches are guesses)\n");
		out.append(summary(diff)).append("\n\n");
		for (Change c : diff.changes()) {
			out.append("  ").append(String.format("%-9s", c.kind().name().toLowerCase(java.util.Locale.ROOT))).append(' ').append(headline(c)).append('\n');
			if (c.kind() == Kind.REWORDED) {
				out.append("            ").append(WordDiff.inline(c.words())).append('\n');
			}
		}
		return out.toString();
	}

	/** Markdown: a summary line and a table; rewordings with ~~removed~~ and **added** words. */
	public static String markdown(FrameworkDiff diff) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(label(diff.oldVersion())).append(" → ").append(label(diff.newVersion())).append("\n\n");
		out.append(diff.recorded() ? "Compared with the new version's change records.\n\n"
				: "No change records for this pair: elements matched by id, then by text; such matches are marked as guesses.\n\n");
		out.append("**").append(summary(diff)).append("**\n\n");
		out.append("| change | element | details |\n|---|---|---|\n");
		for (Change c : diff.changes()) {
			String details = c.kind() == Kind.REWORDED ? markdownWords(c.words()) : md(headline(c));
			out.append("| ").append(c.kind().label()).append(" | ").append(md(ids(c.newIds().isEmpty() ? c.oldIds() : c.newIds())))
					.append(" | ").append(details).append(" |\n");
		}
		return out.toString();
	}

	private static String md(String s) {
		return s == null ? "" : s.replace("|", "\\|").replace("*", "\\*").replace("~", "\\~");
	}

	private static String markdownWords(List<WordDiff.Token> words) {
		StringBuilder out = new StringBuilder();
		for (WordDiff.Token t : words) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(switch (t.op()) {
				case SAME -> md(t.text());
				case REMOVED -> "~~" + md(t.text()) + "~~";
				case ADDED -> "**" + md(t.text()) + "**";
			});
		}
		return out.toString();
	}

	/** A standalone HTML page: a table of the changes, rewordings with <del> and <ins>. */
	public static String html(FrameworkDiff diff) {
		String title = Json.html(label(diff.oldVersion()) + " → " + label(diff.newVersion()));
		StringBuilder out = EvolutionHtml.start(title, "del{background:#fdd}ins{background:#dfd;text-decoration:none}.guess{color:#a60}");
		out.append("<h1>").append(title).append("</h1>\n<p>")
				.append(diff.recorded() ? "Compared with the new version's change records." : "No change records for this pair: elements matched by id, then by text; such matches are marked as guesses.")
				.append("</p>\n<p><strong>").append(Json.html(summary(diff))).append("</strong></p>\n");
		out.append("<table>\n<thead><tr><th scope=\"col\">change</th><th scope=\"col\">element</th><th scope=\"col\">details</th></tr></thead>\n<tbody>\n");
		for (Change c : diff.changes()) {
			out.append("<tr><td>").append(c.kind().label()).append(c.guessed() ? " <span class=\"guess\">(guess)</span>" : "").append("</td><td><code>")
					.append(Json.html(ids(c.newIds().isEmpty() ? c.oldIds() : c.newIds()))).append("</code></td><td>");
			if (c.kind() == Kind.REWORDED) {
				for (WordDiff.Token t : c.words()) {
					out.append(switch (t.op()) {
						case SAME -> Json.html(t.text());
						case REMOVED -> "<del>" + Json.html(t.text()) + "</del>";
						case ADDED -> "<ins>" + Json.html(t.text()) + "</ins>";
					}).append(' ');
				}
			} else {
				out.append(Json.html(headline(c)));
			}
			out.append("</td></tr>\n");
		}
		out.append("</tbody>\n</table>\n</body>\n</html>\n");
		return out.toString();
	}

	/** JSON: the two versions, the counts and every change with its ids, texts, word diff and modalities. */
	public static String json(FrameworkDiff diff) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("old", version(diff.oldVersion()));
		root.put("new", version(diff.newVersion()));
		root.put("changeRecords", diff.recorded());
		Map<String, Object> counts = new LinkedHashMap<>();
		diff.counts().forEach((k, n) -> counts.put(k.name().toLowerCase(java.util.Locale.ROOT), n));
		root.put("counts", counts);
		List<Object> changes = new ArrayList<>();
		for (Change c : diff.changes()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("kind", c.kind());
			m.put("element", c.elementKind());
			m.put("oldIds", c.oldIds());
			m.put("newIds", c.newIds());
			m.put("oldText", c.oldText());
			m.put("newText", c.newText());
			if (c.words() != null) {
				List<Object> words = new ArrayList<>();
				c.words().forEach(t -> words.add(Map.of("op", t.op().name().toLowerCase(java.util.Locale.ROOT), "text", t.text())));
				m.put("words", words);
			}
			if (c.oldModality() != null) {
				m.put("oldModality", c.oldModality().getLiteral());
			}
			if (c.newModality() != null) {
				m.put("newModality", c.newModality().getLiteral());
			}
			m.put("guessed", c.guessed());
			if (c.note() != null) {
				m.put("note", c.note());
			}
			changes.add(m);
		}
		root.put("changes", changes);
		return Json.write(root);
	}

	private static Map<String, Object> version(Framework f) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", f.getName());
		m.put("version", f.getVersion());
		return m;
	}
}
