package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Modality;
import org.goldthread.model.support.ChangeRecords;
import org.goldthread.model.support.ChangeRecords.Fate;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Modalities;

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

	/**
	 * Migrates {@code course} (parsed from {@code text}, without syntax errors) to the version of its
	 * framework it is linked to, when that version is not the one it names but {@code replaces} it:
	 * the case of GT-INT-003 when the named version is not available. Only the new version's change
	 * records are read (the old version is not needed): a reference the course writes as an old id
	 * that a record maps to exactly one element (renamed, moved, merged, also through a renamed or
	 * moved container) is rewritten; a split, retired or unaccounted one, a reference to an element
	 * the records say was reworded, a gap that no longer applies and a required objective that is
	 * new (added, or a part of a split) and not covered are listed for a person. Returns null when no
	 * migration applies (the linked version does not replace the named one).
	 */
	public static Result fromRecords(String text, Course course, java.nio.file.Path file) {
		Framework target = course.getFramework();
		String named = course.getFrameworkVersion();
		if (target == null || target.eIsProxy() || named == null || named.equals(target.getVersion())
				|| !java.util.Objects.equals(target.getName(), target.getReplaces()) || !named.equals(target.getReplacesVersion())) {
			return null;
		}
		ChangeRecords successors = ChangeRecords.recordedIn(target);
		List<Edit> edits = new ArrayList<>();
		List<Impact.Consequence> items = new ArrayList<>();
		java.util.Set<String> covered = new java.util.HashSet<>();
		for (Impact.Written reference : Impact.frameworkReferences(course, true)) {
			if (reference.feature() == GoldthreadPackage.Literals.COURSE__FRAMEWORK || reference.node() == null) {
				continue;
			}
			FrameworkElement value = reference.value();
			EObject owner = reference.owner();
			INode node = reference.node();
			String written = text.substring(node.getOffset(), node.getOffset() + node.getLength()).replaceAll("\\s+", "");
			boolean gap = owner instanceof JustifiedGap;
			int line = node.getStartLine();
			if (!value.eIsProxy()) {
				if (Modalities.frameworkOf(value) == target) {
					String id = Ids.relativeId(value);
					covered.add(id);
					if (!gap && ChangeRecords.recordsRewording(value)) {
						items.add(new Impact.Consequence(Impact.Kind.STALE, id, List.of(id), line, "The text of " + id + " changed: check that this "
								+ (value instanceof GoldenThread ? "still weaves" : "still teaches") + " it. Now: \"" + FrameworkDiff.text(value) + "\"."));
					}
				}
				continue;
			}
			ChangeRecords.Successor next = successors.successor(written);
			String to = String.join(", ", next.newIds());
			boolean automatic = next.newIds().size() == 1
					&& (next.fate() == Fate.RENAMED || next.fate() == Fate.MOVED || next.fate() == Fate.MERGED);
			if (automatic) {
				covered.add(next.newIds().get(0));
				edits.add(new Edit(node.getOffset(), node.getLength(), next.newIds().get(0), line,
						written + " (" + next.fate().name().toLowerCase(java.util.Locale.ROOT) + ")"));
				items.add(new Impact.Consequence(Impact.Kind.AUTOMATIC, written, next.newIds(), line, written + " was "
						+ next.fate().name().toLowerCase(java.util.Locale.ROOT) + (next.fate() == Fate.MERGED ? " into " : " to ") + to
						+ ": the reference becomes " + to + "."));
				continue;
			}
			String why = switch (next.fate()) {
				case SPLIT -> written + " was split into " + to + ": decide which of them " + (gap ? "the gap is for" : "this covers") + ".";
				case RETIRED -> written + " was retired" + (next.reason() == null ? "" : " (" + next.reason() + ")") + ": "
						+ (gap ? "remove the gap." : "remove the reference, or point it at what now teaches the same.");
				default -> written + " is not in " + DiffRenderer.label(target) + " and no change record says where it went: remove or replace the reference.";
			};
			boolean obsoleteGap = gap && next.fate() != Fate.SPLIT;
			items.add(new Impact.Consequence(obsoleteGap ? Impact.Kind.GAP_OBSOLETE : Impact.Kind.BREAKS, written, next.newIds(), line, why));
		}
		for (var entry : successors.newlyAsked().entrySet()) {
			String id = entry.getKey();
			FrameworkElement e = entry.getValue();
			Modality modality = Modalities.of(e);
			if (covered.contains(id) || !Modalities.checked(modality)) {
				continue;
			}
			if (e instanceof Item item && item.getKind() == ItemKind.OBJECTIVE && item.getChildren().isEmpty()) {
				items.add(new Impact.Consequence(Impact.Kind.NEW_REQUIRED, null, List.of(id), 0, "The objective " + id + " is " + modality.getLiteral()
						+ " and no session covers it: \"" + item.getText() + "\"."));
			} else if (e instanceof GoldenThread thread) {
				items.add(new Impact.Consequence(Impact.Kind.NEW_REQUIRED, null, List.of(id), 0, "The golden thread " + id + " is " + modality.getLiteral()
						+ " and no session weaves it: \"" + thread.getTitle() + "\"."));
			}
		}
		List<INode> versionNodes = NodeModelUtils.findNodesForFeature(course, GoldthreadPackage.Literals.COURSE__FRAMEWORK_VERSION);
		if (!versionNodes.isEmpty()) {
			INode node = versionNodes.get(0);
			edits.add(new Edit(node.getOffset(), node.getLength(), quote(target.getVersion()), node.getStartLine(),
					target.getName() + " version " + quote(named)));
		}
		Impact.CourseImpact impact = new Impact.CourseImpact(file, course.getName(), target.getName() + " version " + quote(named), null,
				List.copyOf(items));
		return new Result(apply(text, edits), List.copyOf(edits), impact);
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** One replacement in the text, as an editor applies it: the edits and the {@code // migrated from …} comments. */
	public record Replacement(int offset, int length, String text) {
	}

	/**
	 * The replacements that turn {@code text} into the migrated text: the edits, and one {@code //
	 * migrated from …} comment at the end of each line they change; in the text's order, offsets of
	 * the original text (an editor applies them back to front, as one change).
	 */
	public static List<Replacement> replacements(String text, List<Edit> edits) {
		List<Replacement> result = new ArrayList<>();
		for (Change c : changes(text, edits)) {
			result.add(new Replacement(c.offset(), c.length(), c.replacement()));
		}
		java.util.Collections.reverse(result);
		return result;
	}

	private record Change(int offset, int length, String replacement, int order) {
	}

	/** The changes back to front. */
	private static List<Change> changes(String text, List<Edit> edits) {
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
		List<Change> changes = new ArrayList<>();
		for (Edit e : edits) {
			changes.add(new Change(e.offset(), e.length(), e.replacement(), 0));
		}
		notesByLineEnd.forEach((end, notes) -> changes.add(new Change(end, 0, " // migrated from " + String.join(", ", notes), 1)));
		changes.sort(Comparator.comparingInt(Change::offset).thenComparingInt(Change::order).reversed());
		return changes;
	}

	/** Applies the edits back to front and appends one {@code // migrated from …} comment to each changed line. */
	static String apply(String text, List<Edit> edits) {
		StringBuilder out = new StringBuilder(text);
		for (Change c : changes(text, edits)) {
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
