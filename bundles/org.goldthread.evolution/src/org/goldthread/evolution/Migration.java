package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.goldthread.model.Course;
import org.goldthread.model.GoldthreadPackage;

/**
 * Moves a course to a new version of its framework: rewrites the references the change records map
 * unambiguously (renamed, moved, merged into one element) and the version it implements, leaves a
 * {@code // migrated from …} comment on each line it changed, and lists what needs a person (the
 * {@link Impact} of the new version, less what was rewritten). Works on the text, so the rest of
 * the file (layout, comments) stays as it was.
 */
public final class Migration {

	/** One replacement in the text. */
	public record Edit(int offset, int length, String replacement, int line, String note) {
	}

	/** The migrated text, the edits made, and what is left for a person. */
	public record Result(String text, List<Edit> edits, Impact.CourseImpact impact) {
		public List<Impact.Consequence> needingPerson() {
			return impact.needingPerson();
		}
	}

	private Migration() {
	}

	/**
	 * Migrates {@code course} (parsed from {@code text}, without syntax errors, implementing
	 * {@code diff}'s old version) to {@code diff}'s new version.
	 */
	public static Result migrate(String text, Course course, FrameworkDiff diff, java.nio.file.Path file) {
		Impact.CourseImpact impact = Impact.of(file, course, diff);
		List<Edit> edits = new ArrayList<>();
		for (Impact.Reference ref : Impact.references(course, diff)) {
			FrameworkDiff.Mapping m = diff.mappings().get(ref.oldId());
			if (m == null || !m.automatic() || ref.node() == null) {
				continue;
			}
			INode node = ref.node();
			String written = text.substring(node.getOffset(), node.getOffset() + node.getLength());
			if (!written.replaceAll("\\s+", "").equals(ref.oldId())) {
				continue; // written differently (a partial qualification): leave it to a person
			}
			edits.add(new Edit(node.getOffset(), node.getLength(), m.newIds().get(0), node.getStartLine(),
					ref.oldId() + " (" + m.fate().name().toLowerCase(java.util.Locale.ROOT) + ")"));
		}
		List<INode> versionNodes = NodeModelUtils.findNodesForFeature(course, GoldthreadPackage.Literals.COURSE__FRAMEWORK_VERSION);
		String newVersion = diff.newVersion().getVersion();
		if (!versionNodes.isEmpty()) {
			INode node = versionNodes.get(0);
			edits.add(new Edit(node.getOffset(), node.getLength(), quote(newVersion), node.getStartLine(),
					diff.oldVersion().getName() + " version " + quote(diff.oldVersion().getVersion())));
		}
		return new Result(apply(text, edits), edits, impact);
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** Applies the edits back to front and appends one {@code // migrated from …} comment to each changed line. */
	static String apply(String text, List<Edit> edits) {
		Map<Integer, List<String>> notesByLineEnd = new LinkedHashMap<>();
		for (Edit e : edits) {
			int end = text.indexOf('\n', e.offset());
			if (end < 0) {
				end = text.length();
			}
			if (end > 0 && text.charAt(end - 1) == '\r') {
				end--;
			}
			notesByLineEnd.computeIfAbsent(end, k -> new ArrayList<>()).add(e.note());
		}
		record Change(int offset, int length, String replacement, int order) {
		}
		List<Change> changes = new ArrayList<>();
		for (Edit e : edits) {
			changes.add(new Change(e.offset(), e.length(), e.replacement(), 0));
		}
		notesByLineEnd.forEach((end, notes) -> changes.add(new Change(end, 0, " // migrated from " + String.join(", ", notes), 1)));
		changes.sort(Comparator.comparingInt(Change::offset).thenComparingInt(Change::order).reversed());
		StringBuilder out = new StringBuilder(text);
		for (Change c : changes) {
			out.replace(c.offset(), c.offset() + c.length(), c.replacement());
		}
		return out.toString();
	}

	/** A unified diff of two texts (for {@code --dry-run}), with three lines of context. */
	public static String unifiedDiff(String oldName, String newName, String a, String b) {
		List<String> x = a.lines().toList();
		List<String> y = b.lines().toList();
		int[][] lcs = new int[x.size() + 1][y.size() + 1];
		for (int i = x.size() - 1; i >= 0; i--) {
			for (int j = y.size() - 1; j >= 0; j--) {
				lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		record Line(char op, String text, int oldLine, int newLine) {
		}
		List<Line> script = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < x.size() || j < y.size()) {
			if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
				script.add(new Line(' ', x.get(i), i++, j++));
			} else if (j < y.size() && (i == x.size() || lcs[i][j + 1] > lcs[i + 1][j])) {
				script.add(new Line('+', y.get(j), i, j++));
			} else {
				script.add(new Line('-', x.get(i), i++, j));
			}
		}
		StringBuilder out = new StringBuilder();
		int k = 0;
		while (k < script.size()) {
			if (script.get(k).op() == ' ') {
				k++;
				continue;
			}
			int start = Math.max(0, k - 3);
			int end = k;
			int lastChange = k;
			while (end < script.size() && (script.get(end).op() != ' ' || end - lastChange <= 6)) {
				if (script.get(end).op() != ' ') {
					lastChange = end;
				}
				end++;
			}
			end = Math.min(script.size(), lastChange + 4);
			if (out.isEmpty()) {
				out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
			}
			int oldCount = 0;
			int newCount = 0;
			for (int n = start; n < end; n++) {
				if (script.get(n).op() != '+') {
					oldCount++;
				}
				if (script.get(n).op() != '-') {
					newCount++;
				}
			}
			out.append("@@ -").append(script.get(start).oldLine() + 1).append(',').append(oldCount).append(" +")
					.append(script.get(start).newLine() + 1).append(',').append(newCount).append(" @@\n");
			for (int n = start; n < end; n++) {
				out.append(script.get(n).op()).append(script.get(n).text()).append('\n');
			}
			k = end;
		}
		return out.toString();
	}
}
