package org.goldthread.model.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.ChangeKind;
import org.goldthread.model.ChangeRecord;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.Retirement;

/**
 * What a framework version's change records say about the version it replaces: for each element
 * of the old version (by its relative id, as courses name it), where it went in the new one.
 * An element whose id the new version still has is kept; one a new element records as its origin
 * (`was renamed/moved/split/merged from`) went there; one the new version `retired` is gone. The
 * descendants of a renamed or moved container follow it when the new container has them under the
 * same names, and the descendants of a retired container are retired with it.
 */
public final class ChangeRecords {

	/** How an old element reached the new version. */
	public enum Fate {
		KEPT, RENAMED, MOVED, SPLIT, MERGED, RETIRED, UNACCOUNTED
	}

	/** Where one old element went: its fate and the new ids it became (empty when retired or unaccounted). */
	public record Successor(String oldId, Fate fate, List<String> newIds, String reason) {
	}

	/** A change record or retirement that names an id the old version does not have. */
	public record UnknownSource(EObject record, int index, String id) {
	}

	/** What a change record of this kind says became of the old element; null for a kind that maps no old id (added, reworded). */
	public static Fate fateOf(ChangeKind kind) {
		return switch (kind) {
			case RENAMED -> Fate.RENAMED;
			case MOVED -> Fate.MOVED;
			case SPLIT -> Fate.SPLIT;
			case MERGED -> Fate.MERGED;
			default -> null;
		};
	}

	/** False when the records are read alone ({@link #recordedIn}). */
	private final boolean withOldVersion;
	private final Map<String, FrameworkElement> oldElements;
	private final Map<String, FrameworkElement> newElements;
	private final Map<String, Successor> successors = new LinkedHashMap<>();
	private final List<UnknownSource> unknownSources = new ArrayList<>();
	/** Old id to the new ids whose records name it, and the fate those records give it. */
	private final Map<String, List<String>> recorded = new LinkedHashMap<>();
	private final Map<String, Fate> recordedFate = new LinkedHashMap<>();
	/** Old id to the reason of its retirement (null when none is given). */
	private final Map<String, String> retired = new LinkedHashMap<>();
	/** The new elements recorded as added, and the parts of splits. */
	private final Map<String, FrameworkElement> newlyAsked = new LinkedHashMap<>();

	/** Reads {@code newVersion}'s records against {@code oldVersion}; a null old version takes every id the records name as an old one. */
	private ChangeRecords(Framework oldVersion, Framework newVersion) {
		withOldVersion = oldVersion != null;
		oldElements = oldVersion == null ? Map.of() : elements(oldVersion);
		newElements = elements(newVersion);
		for (Map.Entry<String, FrameworkElement> entry : newElements.entrySet()) {
			for (ChangeRecord record : entry.getValue().getHistory()) {
				Fate fate = fateOf(record.getKind());
				if (record.getKind() == ChangeKind.ADDED || record.getKind() == ChangeKind.SPLIT) {
					newlyAsked.put(entry.getKey(), entry.getValue());
				}
				for (int i = 0; i < record.getFrom().size(); i++) {
					String from = record.getFrom().get(i);
					if (withOldVersion && !oldElements.containsKey(from)) {
						unknownSources.add(new UnknownSource(record, i, from));
					} else if (fate != null) {
						recorded.computeIfAbsent(from, k -> new ArrayList<>()).add(entry.getKey());
						recordedFate.merge(from, fate, (a, b) -> a == b ? a : Fate.SPLIT);
					}
				}
			}
		}
		for (Retirement retirement : newVersion.getRetirements()) {
			if (retirement.getElement() == null) {
				continue;
			}
			if (withOldVersion && !oldElements.containsKey(retirement.getElement())) {
				unknownSources.add(new UnknownSource(retirement, -1, retirement.getElement()));
			} else {
				retired.put(retirement.getElement(), retirement.getReason());
			}
		}
		for (String oldId : oldElements.keySet()) {
			successors.put(oldId, successor(oldId));
		}
	}

	/**
	 * Where {@code oldId} went, as far as the records tell: what {@link #successors()} holds for an
	 * old element, and for any other id (read without the old version, see {@link #recordedIn}) the
	 * same reading of the records and retirements.
	 */
	public Successor successor(String oldId) {
		Successor known = successors.get(oldId);
		if (known != null) {
			return known;
		}
		List<String> targets = recorded.get(oldId);
		if (targets != null) {
			List<String> distinct = List.copyOf(new LinkedHashSet<>(targets));
			return new Successor(oldId, distinct.size() > 1 ? Fate.SPLIT : recordedFate.get(oldId), distinct, null);
		}
		if (retired.containsKey(oldId)) {
			return new Successor(oldId, Fate.RETIRED, List.of(), retired.get(oldId));
		}
		if (withOldVersion && newElements.containsKey(oldId)) {
			// (read without the old version, an id is asked about because it failed to link: not kept)
			return new Successor(oldId, Fate.KEPT, List.of(oldId), null);
		}
		// a descendant of a container that was renamed, moved or retired
		for (int dot = oldId.lastIndexOf('.'); dot > 0; dot = oldId.lastIndexOf('.', dot - 1)) {
			String ancestor = oldId.substring(0, dot);
			String rest = oldId.substring(dot);
			if (retired.containsKey(ancestor)) {
				return new Successor(oldId, Fate.RETIRED, List.of(), retired.get(ancestor));
			}
			List<String> ancestorTargets = recorded.get(ancestor);
			if (ancestorTargets != null && ancestorTargets.size() == 1 && newElements.containsKey(ancestorTargets.get(0) + rest)) {
				Fate fate = recordedFate.get(ancestor) == Fate.RENAMED ? Fate.RENAMED : Fate.MOVED;
				return new Successor(oldId, fate, List.of(ancestorTargets.get(0) + rest), null);
			}
		}
		return new Successor(oldId, Fate.UNACCOUNTED, List.of(), null);
	}

	/** The change records of {@code newVersion} read against {@code oldVersion}, the version it replaces. */
	public static ChangeRecords of(Framework oldVersion, Framework newVersion) {
		return new ChangeRecords(oldVersion, newVersion);
	}

	/**
	 * The change records of {@code newVersion} alone, when the version it replaces is not at hand (a
	 * course migrated from its records): {@link #successor} says where an old id went; there are no
	 * old elements, so {@link #successors()} and {@link #unknownSources()} are empty.
	 */
	public static ChangeRecords recordedIn(Framework newVersion) {
		return new ChangeRecords(null, newVersion);
	}

	/** Every named framework element of {@code framework} by its relative id, in document order. */
	public static Map<String, FrameworkElement> elements(Framework framework) {
		Map<String, FrameworkElement> result = new LinkedHashMap<>();
		for (Iterator<EObject> it = framework.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof FrameworkElement element && element.getName() != null) {
				result.putIfAbsent(Ids.relativeId(element), element);
			}
		}
		return result;
	}

	/** Where each old element went, by old id, in the old version's document order. */
	public Map<String, Successor> successors() {
		return successors;
	}

	/** The old elements, by relative id. */
	public Map<String, FrameworkElement> oldElements() {
		return oldElements;
	}

	/** The new elements, by relative id. */
	public Map<String, FrameworkElement> newElements() {
		return newElements;
	}

	/** The new elements a course is newly asked to teach: those recorded as added, and the parts of a split. */
	public Map<String, FrameworkElement> newlyAsked() {
		return newlyAsked;
	}

	/** Change records and retirements naming ids the old version does not have. */
	public List<UnknownSource> unknownSources() {
		return unknownSources;
	}

	/** Whether {@code element} says its text was reworded on purpose. */
	public static boolean recordsRewording(FrameworkElement element) {
		return element.getHistory().stream().anyMatch(r -> r.getKind() == ChangeKind.REWORDED);
	}

	/** The old ids {@code element}'s change records name, of any kind. */
	public static Set<String> recordedOrigins(FrameworkElement element) {
		Set<String> result = new LinkedHashSet<>();
		element.getHistory().forEach(r -> result.addAll(r.getFrom()));
		return result;
	}
}
