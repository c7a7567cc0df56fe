package org.goldthread.evolution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Modality;
import org.goldthread.model.support.ChangeRecords.Fate;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Modalities;

/**
 * What a new framework version means for one course that implements an older one: the references
 * that break (and whether {@code goldthread migrate} can follow them), the objectives and threads
 * newly asked for and not yet taught, the coverage claims whose element's text changed, and the
 * justified gaps that no longer apply.
 */
public final class Impact {

	/** The kinds of consequence. Only {@link #AUTOMATIC} needs no person. */
	public enum Kind {
		/** A reference to a renamed, moved or merged element: migrate rewrites it. */
		AUTOMATIC("reference to update (migrate does it)"),
		/** A reference to a split, retired or removed element, or one matched only by a guess. */
		BREAKS("reference that breaks"),
		/** An objective or thread the new version asks for that the course does not yet teach. */
		NEW_REQUIRED("newly required, not yet taught"),
		/** A claim on an element whose text changed: does the session still teach what it now says? */
		STALE("coverage to review (text changed)"),
		/** A justified gap for an element that is gone or no longer required. */
		GAP_OBSOLETE("justified gap that no longer applies");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One consequence: the old element id (null for a new one), the new ids it concerns, the line of
	 * the course it is about (0 for none), what happened and what to do.
	 */
	public record Consequence(Kind kind, String oldId, List<String> newIds, int line, String message) {
		public boolean needsPerson() {
			return kind != Kind.AUTOMATIC;
		}
	}

	/** The impact on one course; {@code problem} says why it could not be worked out (then there are no items). */
	public record CourseImpact(Path file, String courseId, String implemented, String problem, List<Consequence> items) {

		public long count(Kind kind) {
			return items.stream().filter(i -> i.kind() == kind).count();
		}

		/** The items a person must look at. */
		public List<Consequence> needingPerson() {
			return items.stream().filter(Consequence::needsPerson).toList();
		}

		/** The effort in one line: "4 mappings to update (3 by migrate), 2 new objectives to teach, …". */
		public String summary() {
			if (problem != null) {
				return problem;
			}
			List<String> parts = new ArrayList<>();
			long automatic = count(Kind.AUTOMATIC);
			long breaks = count(Kind.BREAKS);
			if (automatic + breaks > 0) {
				parts.add(plural(automatic + breaks, "mapping") + " to update" + (automatic > 0 ? " (" + automatic + " by goldthread migrate)" : ""));
			}
			long fresh = count(Kind.NEW_REQUIRED);
			if (fresh > 0) {
				parts.add(plural(fresh, "new objective") + " to teach");
			}
			long stale = count(Kind.STALE);
			if (stale > 0) {
				parts.add(plural(stale, "coverage claim") + " to review");
			}
			long gaps = count(Kind.GAP_OBSOLETE);
			if (gaps > 0) {
				parts.add(plural(gaps, "justified gap") + " to revisit");
			}
			return parts.isEmpty() ? "nothing to change" : String.join(", ", parts);
		}
	}

	static String plural(long n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	private Impact() {
	}

	/** The impact of {@code diff}'s new version on {@code course}, which implements its old version. */
	public static CourseImpact of(Path file, Course course, FrameworkDiff diff) {
		String implemented = course.getFramework() == null || course.getFramework().eIsProxy() ? null
				: DiffRenderer.label(course.getFramework());
		if (course.getFramework() != diff.oldVersion()) {
			return new CourseImpact(file, course.getName(), implemented, "implements " + (implemented == null ? "no available framework" : implemented)
					+ ", not " + DiffRenderer.label(diff.oldVersion()), List.of());
		}
		List<Consequence> items = new ArrayList<>();
		Set<String> covered = new HashSet<>();
		Set<String> gapped = new HashSet<>();
		for (Reference ref : references(course, diff)) {
			FrameworkDiff.Mapping m = diff.mappings().get(ref.oldId());
			if (m == null) {
				continue;
			}
			boolean gap = ref.owner() instanceof JustifiedGap;
			String target = String.join(", ", m.newIds());
			if (m.fate() == Fate.KEPT || m.automatic()) {
				(gap ? gapped : covered).addAll(m.newIds());
				if (m.automatic()) {
					items.add(new Consequence(Kind.AUTOMATIC, ref.oldId(), m.newIds(), ref.line(), ref.oldId() + " was " + m.fate().name().toLowerCase()
							+ (m.fate() == Fate.MERGED ? " into " : " to ") + target + ": the reference becomes " + target + "."));
				}
				FrameworkElement now = diff.newElements().get(m.newIds().get(0));
				if (gap) {
					if (!Modalities.checked(Modalities.of(now))) {
						items.add(new Consequence(Kind.GAP_OBSOLETE, ref.oldId(), m.newIds(), ref.line(), "The gap for " + ref.oldId()
								+ " no longer applies: " + target + " is now " + Modalities.of(now).getLiteral() + ", not a requirement; remove the gap."));
					}
				} else if (diff.reworded(ref.oldId())) {
					items.add(new Consequence(Kind.STALE, ref.oldId(), m.newIds(), ref.line(), "The text of " + target + " changed: check that this "
							+ (now instanceof GoldenThread ? "still weaves" : "still teaches") + " it. Now: \"" + FrameworkDiff.text(now) + "\"."));
				}
				continue;
			}
			String why = switch (m.fate()) {
				case SPLIT -> ref.oldId() + " was split into " + target + ": decide which of them " + (gap ? "the gap is for" : "this covers") + ".";
				case RETIRED -> ref.oldId() + " was retired" + (m.reason() == null ? "" : " (" + m.reason() + ")") + ": "
						+ (gap ? "remove the gap." : "remove the reference, or point it at what now teaches the same.");
				case RENAMED, MOVED, MERGED -> ref.oldId() + " is not in the new version; it looks like " + target
						+ " (a guess: no change record says so): check, then update the reference.";
				default -> ref.oldId() + " is not in the new version (no change record says where it went): remove or replace the reference.";
			};
			boolean obsoleteGap = gap && (m.fate() == Fate.RETIRED || m.fate() == Fate.UNACCOUNTED);
			items.add(new Consequence(obsoleteGap ? Kind.GAP_OBSOLETE : Kind.BREAKS, ref.oldId(), m.newIds(), ref.line(), why));
		}
		Set<String> newlyAsked = new HashSet<>(diff.added());
		for (FrameworkDiff.Mapping m : diff.mappings().values()) {
			if (m.fate() == Fate.SPLIT || !m.automatic() && m.fate() != Fate.KEPT) {
				newlyAsked.addAll(m.newIds());
			} else if (!m.newIds().isEmpty() && !Modalities.checked(Modalities.of(diff.oldElements().get(m.oldId())))) {
				newlyAsked.addAll(m.newIds());
			}
		}
		for (var entry : diff.newElements().entrySet()) {
			String id = entry.getKey();
			FrameworkElement e = entry.getValue();
			if (!newlyAsked.contains(id) || covered.contains(id) || gapped.contains(id)) {
				continue;
			}
			Modality modality = Modalities.of(e);
			if (!Modalities.checked(modality)) {
				continue;
			}
			if (e instanceof Item item && item.getKind() == ItemKind.OBJECTIVE && item.getChildren().isEmpty()) {
				items.add(new Consequence(Kind.NEW_REQUIRED, null, List.of(id), 0, "The objective " + id + " is " + modality.getLiteral()
						+ " and no session covers it: \"" + item.getText() + "\"."));
			} else if (e instanceof GoldenThread thread) {
				items.add(new Consequence(Kind.NEW_REQUIRED, null, List.of(id), 0, "The golden thread " + id + " is " + modality.getLiteral()
						+ " and no session weaves it: \"" + thread.getTitle() + "\"."));
			}
		}
		return new CourseImpact(file, course.getName(), implemented, null, List.copyOf(items));
	}

	/** A course's reference to an element of the old version, with where it is written. */
	public record Reference(EObject owner, EReference feature, int index, String oldId, INode node, int line) {
	}

	/** Every reference of {@code course} to an element of {@code diff}'s old version, in source order. */
	public static List<Reference> references(Course course, FrameworkDiff diff) {
		List<Reference> result = new ArrayList<>();
		for (Written written : frameworkReferences(course, false)) {
			FrameworkElement target = written.value();
			if (!target.eIsProxy() && Modalities.frameworkOf(target) == diff.oldVersion()) {
				INode node = written.node();
				result.add(new Reference(written.owner(), written.feature(), written.index(), Ids.relativeId(target), node,
						node == null ? 0 : node.getStartLine()));
			}
		}
		return result;
	}

	/**
	 * A course's reference to a framework element as it stands: where (owner, feature, index), the
	 * value (a proxy where it did not resolve) and its text (null when the model has no node for it).
	 */
	record Written(EObject owner, EReference feature, int index, FrameworkElement value, INode node) {
	}

	/**
	 * Every reference of {@code course} (and of all it contains) to a framework element, in source
	 * order; {@code resolve}: whether links not resolved yet are resolved on the way.
	 */
	static List<Written> frameworkReferences(Course course, boolean resolve) {
		List<Written> result = new ArrayList<>();
		collect(course, resolve, result);
		for (Iterator<EObject> it = course.eAllContents(); it.hasNext();) {
			collect(it.next(), resolve, result);
		}
		return result;
	}

	private static void collect(EObject owner, boolean resolve, List<Written> result) {
		for (EReference feature : owner.eClass().getEAllReferences()) {
			if (feature.isContainment() || feature.isContainer() || !FrameworkElement.class.isAssignableFrom(feature.getEReferenceType().getInstanceClass())) {
				continue;
			}
			List<?> values = feature.isMany() ? (List<?>) owner.eGet(feature, resolve) : java.util.Collections.singletonList(owner.eGet(feature, resolve));
			if (values.isEmpty() || values.get(0) == null) {
				continue;
			}
			List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
			for (int i = 0; i < values.size(); i++) {
				if (values.get(i) instanceof FrameworkElement value) {
					result.add(new Written(owner, feature, i, value, i < nodes.size() ? nodes.get(i) : null));
				}
			}
		}
	}

	/** Whether a reference is a coverage claim ({@code covers}). */
	static boolean isCoverage(Reference ref) {
		return ref.owner() instanceof Coverage;
	}
}
