package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.Modality;
import org.goldthread.model.support.ChangeRecords;
import org.goldthread.model.support.ChangeRecords.Fate;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/**
 * The element-level differences between two versions of a framework. With change records (the new
 * version {@code replaces} the old one) the framework owner's records decide where each old element
 * went; without them, or for elements they leave unaccounted, elements are matched by id, then by
 * the same id under another container, then by the similarity of their texts, and such matches are
 * reported as guesses.
 */
public final class FrameworkDiff {

	/** The kinds of difference, in the order reports list them. */
	public enum Kind {
		RENAMED("renamed"), MOVED("moved"), SPLIT("split"), MERGED("merged"), REWORDED("reworded"), MODALITY("modality changed"),
		ADDED("added"), RETIRED("retired"), REMOVED("removed");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One difference. {@code oldIds} and {@code newIds} are relative ids (empty for an added or a
	 * removed element's missing side); {@code words} is the word diff of a rewording; the modalities
	 * are set for a modality change; {@code guessed} when no change record says so.
	 */
	public record Change(Kind kind, String elementKind, List<String> oldIds, List<String> newIds, String oldText, String newText,
			List<WordDiff.Token> words, Modality oldModality, Modality newModality, boolean guessed, String note) {
	}

	/** Where an old element went: its fate, the new ids, and whether that is a guess. */
	public record Mapping(String oldId, Fate fate, List<String> newIds, boolean guessed, String reason) {
		/** Renamed, moved or merged into exactly one element by a change record: a course's reference can follow it unasked. */
		public boolean automatic() {
			return !guessed && newIds.size() == 1 && (fate == Fate.RENAMED || fate == Fate.MOVED || fate == Fate.MERGED);
		}
	}

	/** How alike two texts must be to be matched as one element reworded. */
	static final double SIMILAR = 0.6;

	private final Framework oldVersion;
	private final Framework newVersion;
	private final boolean recorded;
	private final Map<String, FrameworkElement> oldElements;
	private final Map<String, FrameworkElement> newElements;
	private final Map<String, Mapping> mappings = new LinkedHashMap<>();
	private final Set<String> added = new LinkedHashSet<>();
	private final List<Change> changes = new ArrayList<>();

	private FrameworkDiff(Framework oldVersion, Framework newVersion) {
		this.oldVersion = oldVersion;
		this.newVersion = newVersion;
		this.recorded = Objects.equals(newVersion.getReplaces(), oldVersion.getName())
				&& Objects.equals(newVersion.getReplacesVersion(), oldVersion.getVersion());
		ChangeRecords records = ChangeRecords.of(oldVersion, newVersion);
		oldElements = records.oldElements();
		newElements = records.newElements();
		Set<String> taken = new HashSet<>();
		List<String> open = new ArrayList<>();
		for (ChangeRecords.Successor s : records.successors().values()) {
			Fate fate = s.fate();
			if (!recorded && fate != Fate.KEPT) {
				fate = newElements.containsKey(s.oldId()) ? Fate.KEPT : Fate.UNACCOUNTED;
			}
			if (fate == Fate.UNACCOUNTED) {
				open.add(s.oldId());
			} else if (fate == Fate.KEPT) {
				mappings.put(s.oldId(), new Mapping(s.oldId(), Fate.KEPT, List.of(s.oldId()), false, null));
				taken.add(s.oldId());
			} else {
				mappings.put(s.oldId(), new Mapping(s.oldId(), fate, s.newIds(), false, s.reason()));
				taken.addAll(s.newIds());
			}
		}
		guess(open, taken);
		for (String id : newElements.keySet()) {
			if (!taken.contains(id)) {
				added.add(id);
			}
		}
		// keep the old version's order
		Map<String, Mapping> ordered = new LinkedHashMap<>();
		for (String id : oldElements.keySet()) {
			ordered.put(id, mappings.get(id));
		}
		mappings.clear();
		mappings.putAll(ordered);
		describe();
	}

	/** Matches the old elements no record accounts for: the same name elsewhere, then similar text. */
	private void guess(List<String> open, Set<String> taken) {
		List<String> candidates = new ArrayList<>();
		for (String id : newElements.keySet()) {
			if (!taken.contains(id) && !oldElements.containsKey(id)) {
				candidates.add(id);
			}
		}
		for (java.util.Iterator<String> it = open.iterator(); it.hasNext();) {
			String oldId = it.next();
			for (String newId : candidates) {
				if (!taken.contains(newId) && lastSegment(newId).equals(lastSegment(oldId))
						&& oldElements.get(oldId).eClass() == newElements.get(newId).eClass()) {
					mappings.put(oldId, new Mapping(oldId, Fate.MOVED, List.of(newId), true, null));
					taken.add(newId);
					it.remove();
					break;
				}
			}
		}
		record Pair(String oldId, String newId, double similarity) {
		}
		List<Pair> pairs = new ArrayList<>();
		for (String oldId : open) {
			for (String newId : candidates) {
				if (!taken.contains(newId) && oldElements.get(oldId).eClass() == newElements.get(newId).eClass()) {
					double s = WordDiff.similarity(text(oldElements.get(oldId)), text(newElements.get(newId)));
					if (s >= SIMILAR) {
						pairs.add(new Pair(oldId, newId, s));
					}
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed());
		Set<String> matched = new HashSet<>();
		for (Pair p : pairs) {
			if (!matched.contains(p.oldId()) && !taken.contains(p.newId())) {
				Fate fate = parent(p.oldId()).equals(parent(p.newId())) ? Fate.RENAMED : Fate.MOVED;
				mappings.put(p.oldId(), new Mapping(p.oldId(), fate, List.of(p.newId()), true, null));
				matched.add(p.oldId());
				taken.add(p.newId());
			}
		}
		for (String oldId : open) {
			if (!matched.contains(oldId) && !mappings.containsKey(oldId)) {
				mappings.put(oldId, new Mapping(oldId, Fate.UNACCOUNTED, List.of(), false, null));
			}
		}
	}

	private void describe() {
		Map<String, List<String>> mergedInto = new LinkedHashMap<>();
		for (Mapping m : mappings.values()) {
			FrameworkElement old = oldElements.get(m.oldId());
			String kind = Labels.kindOf(old);
			switch (m.fate()) {
				case RENAMED, MOVED -> changes.add(new Change(m.fate() == Fate.RENAMED ? Kind.RENAMED : Kind.MOVED, kind, List.of(m.oldId()),
						m.newIds(), text(old), text(newElements.get(m.newIds().get(0))), null, null, null, m.guessed(), null));
				case SPLIT -> changes.add(new Change(Kind.SPLIT, kind, List.of(m.oldId()), m.newIds(), text(old), null, null, null, null,
						m.guessed(), null));
				case MERGED -> mergedInto.computeIfAbsent(m.newIds().get(0), k -> new ArrayList<>()).add(m.oldId());
				case RETIRED -> changes.add(new Change(Kind.RETIRED, kind, List.of(m.oldId()), List.of(), text(old), null, null, null, null,
						false, m.reason()));
				case UNACCOUNTED -> changes.add(new Change(Kind.REMOVED, kind, List.of(m.oldId()), List.of(),
						text(old), null, null, null, null, false, recorded ? "not accounted for by the change records (GT-EVO-001)" : null));
				case KEPT -> {
				}
			}
		}
		mergedInto.forEach((newId, olds) -> changes.add(new Change(Kind.MERGED, Labels.kindOf(newElements.get(newId)), List.copyOf(olds),
				List.of(newId), null, text(newElements.get(newId)), null, null, null, false, null)));
		for (Mapping m : mappings.values()) {
			if (m.newIds().size() != 1 || m.fate() == Fate.MERGED) {
				continue;
			}
			FrameworkElement old = oldElements.get(m.oldId());
			FrameworkElement now = newElements.get(m.newIds().get(0));
			String kind = Labels.kindOf(old);
			if (reworded(m.oldId())) {
				changes.add(new Change(Kind.REWORDED, kind, List.of(m.oldId()), m.newIds(), text(old), text(now),
						WordDiff.diff(text(old), text(now)), null, null, m.guessed(),
						recorded && !ChangeRecords.recordsRewording(now) ? "the change records do not say 'was reworded'" : null));
			}
			Modality before = Modalities.of(old);
			Modality after = Modalities.of(now);
			if (before != after) {
				changes.add(new Change(Kind.MODALITY, kind, List.of(m.oldId()), m.newIds(), text(old), text(now), null, before, after,
						m.guessed(), null));
			}
		}
		for (String id : added) {
			FrameworkElement e = newElements.get(id);
			changes.add(new Change(Kind.ADDED, Labels.kindOf(e), List.of(), List.of(id), null, text(e), null, null, Modalities.of(e), false, null));
		}
		changes.sort(Comparator.comparing(Change::kind));
	}

	/** Compares {@code oldVersion} with {@code newVersion}. */
	public static FrameworkDiff compare(Framework oldVersion, Framework newVersion) {
		return new FrameworkDiff(oldVersion, newVersion);
	}

	/** Old ids whose text differs from their single successor's, worked out once (impact asks per reference). */
	private Set<String> reworded;

	/** Whether the old element's text differs from its single successor's. */
	public boolean reworded(String oldId) {
		if (reworded == null) {
			Set<String> ids = new HashSet<>();
			for (Mapping m : mappings.values()) {
				if (m != null && m.newIds().size() == 1
						&& !Objects.equals(normal(text(oldElements.get(m.oldId()))), normal(text(newElements.get(m.newIds().get(0)))))) {
					ids.add(m.oldId());
				}
			}
			reworded = ids;
		}
		return reworded.contains(oldId);
	}

	private static String normal(String s) {
		return s == null ? null : s.strip().replaceAll("\\s+", " ");
	}

	/** The text that says what an element asks: an objective's text, a theme's or thread's title. */
	public static String text(EObject element) {
		if (element == null) {
			return null;
		}
		for (String name : new String[] { "text", "title" }) {
			EStructuralFeature f = element.eClass().getEStructuralFeature(name);
			if (f != null && element.eGet(f) instanceof String s) {
				return s;
			}
		}
		return null;
	}

	private static String lastSegment(String id) {
		return id.substring(id.lastIndexOf('.') + 1);
	}

	private static String parent(String id) {
		int dot = id.lastIndexOf('.');
		return dot < 0 ? "" : id.substring(0, dot);
	}

	public Framework oldVersion() {
		return oldVersion;
	}

	public Framework newVersion() {
		return newVersion;
	}

	/** Whether the new version's change records are about the old version (it {@code replaces} it). */
	public boolean recorded() {
		return recorded;
	}

	/** Where each old element went, by old relative id, in the old version's order. */
	public Map<String, Mapping> mappings() {
		return Collections.unmodifiableMap(mappings);
	}

	/** The new elements nothing old became. */
	public Set<String> added() {
		return Collections.unmodifiableSet(added);
	}

	public Map<String, FrameworkElement> oldElements() {
		return oldElements;
	}

	public Map<String, FrameworkElement> newElements() {
		return newElements;
	}

	/** The differences, by kind. */
	public List<Change> changes() {
		return Collections.unmodifiableList(changes);
	}

	/** How many differences of each kind. */
	public Map<Kind, Integer> counts() {
		Map<Kind, Integer> counts = new LinkedHashMap<>();
		for (Kind k : Kind.values()) {
			counts.put(k, 0);
		}
		changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
		return counts;
	}
}
