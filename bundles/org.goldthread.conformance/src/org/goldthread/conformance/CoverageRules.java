package org.goldthread.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.goldthread.conformance.CourseFacts.Claim;
import org.goldthread.model.Coverage;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.Strength;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;
import org.goldthread.model.support.Percentages;

/** Every learning objective of every theme covered by a session; themes' coverage; justified gaps. */
public final class CoverageRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private CoverageRules() {
	}

	/** How a leaf objective is covered. */
	public enum Status {
		COVERED, PARTLY, GAP, NOT_COVERED
	}

	public static Status status(CourseFacts f, Item objective) {
		List<Claim> claims = f.claimsOf(objective);
		for (Claim claim : claims) {
			if (claim.coverage().getStrength() != Strength.PARTLY) {
				return Status.COVERED;
			}
		}
		if (!claims.isEmpty()) {
			return Status.PARTLY;
		}
		return f.gapFor(objective) != null ? Status.GAP : Status.NOT_COVERED;
	}

	public static void check(CourseFacts f, FindingCollector out) {
		boolean mappingsTbc = f.sessions.stream().anyMatch(s -> s.isCoverageTbc());
		List<String> unmapped = new java.util.ArrayList<>();
		java.util.Set<Section> untaught = mappingsTbc ? java.util.Set.of() : untaught(f);
		for (Section theme : untaught) {
			List<String> ids = leaves(f, theme).stream().map(f::id).toList();
			out.add(Rule.OBJECTIVE_NOT_COVERED, f.course, GT.getIdentified_Name(), "Theme '" + theme.getTitle()
					+ "' is not taught at all: none of its " + ids.size() + " learning objectives is covered by a session ("
					+ String.join(", ", ids) + ").")
					.about(theme).quoting(theme.getAim())
					.fix("Teach the theme: add sessions that `covers` its objectives, or declare a justified `gap` for each.");
		}
		for (Item objective : f.objectives) {
			if (untaught.contains(f.themeOf.get(objective))) {
				continue; // one finding for the whole theme
			}
			if (!CourseFacts.isLeaf(objective)) {
				for (Claim claim : f.claimsOf(objective)) {
					out.add(Rule.PARENT_OBJECTIVE_CLAIMED, claim.coverage(), GT.getCoverage_Objective(), "'" + f.id(objective)
							+ "' has sub-objectives; covering it does not cover them. Name the sub-objectives this session covers.")
							.about(objective).quoting(objective.getText())
							.fix("Replace it with " + String.join(", ", objective.getChildren().stream().map(Ids::relativeId).toList()) + ".");
				}
				continue;
			}
			String id = f.id(objective);
			if (!Modalities.checked(Modalities.of(objective))) {
				continue; // an objective the framework gives as an example or guidance is never missing
			}
			if (mappingsTbc && status(f, objective) == Status.NOT_COVERED) {
				unmapped.add(id); // reported once, with the items to be confirmed, never as missing
				continue;
			}
			switch (status(f, objective)) {
				case NOT_COVERED -> addPlaced(out, Rule.OBJECTIVE_NOT_COVERED, f, objective, "Learning objective '" + id
						+ "' of theme '" + f.themeOf.get(objective).getTitle() + "' is not covered by any session.")
						.about(objective).quoting(objective.getText())
						.fix("Add `covers " + id + "` to the session that teaches it, or declare `gap " + id + " because \"…\"`.");
				case PARTLY -> {
					Coverage first = f.claimsOf(objective).get(0).coverage();
					out.add(Rule.ONLY_PARTLY_COVERED, first, GT.getCoverage_Objective(), "Learning objective '" + id
							+ "' is only partly covered (" + f.claimsOf(objective).size() + " session(s), all 'partly').")
							.about(objective).quoting(objective.getText())
							.fix("Cover it fully in a session (drop 'partly' where the session teaches all of it).");
				}
				default -> { }
			}
		}
		for (JustifiedGap gap : f.course.getGaps()) {
			FrameworkElement element = gap.getElement();
			if (element == null || element.eIsProxy()) {
				continue;
			}
			String id = f.id(element);
			boolean covered = element instanceof Item item && f.claims.containsKey(item);
			if (covered) {
				out.add(Rule.GAP_FOR_COVERED, gap, GT.getJustifiedGap_Element(), "'" + id + "' is declared a justified gap, but "
						+ f.claimsOf((Item) element).size() + " session(s) cover it.").about(element)
						.fix("Remove the gap, or the coverage claims.");
			} else {
				out.add(Rule.JUSTIFIED_GAP, gap, GT.getJustifiedGap_Element(), "Justified gap: the " + Labels.kindOf(element) + " '" + id
						+ "' is not covered, because: " + gap.getReason()).about(element)
						.fix("None needed if the reason stands; a reviewer will judge it.");
			}
		}
		IntegrityRules.toBeConfirmed(f, out, unmapped);
		if (mappingsTbc) {
			return; // a theme's coverage is not known until its sessions' mappings are
		}
		for (Section theme : f.themes) {
			checkTheme(f, out, theme);
		}
	}

	/** The checked themes none of whose leaf objectives is covered, even partly, or justified as a gap. */
	private static java.util.Set<Section> untaught(CourseFacts f) {
		java.util.Set<Section> result = new java.util.LinkedHashSet<>();
		for (Section theme : f.themes) {
			List<Item> leaves = leaves(f, theme);
			if (!leaves.isEmpty() && Modalities.checked(Modalities.of(theme))
					&& leaves.stream().allMatch(o -> status(f, o) == Status.NOT_COVERED && Modalities.checked(Modalities.of(o)))) {
				result.add(theme);
			}
		}
		return result;
	}

	private static List<Item> leaves(CourseFacts f, Section theme) {
		return f.objectives.stream().filter(o -> f.themeOf.get(o) == theme && CourseFacts.isLeaf(o)).toList();
	}

	private static void checkTheme(CourseFacts f, FindingCollector out, Section theme) {
		if (!Modalities.checked(Modalities.of(theme)) || untaught(f).contains(theme)) {
			return;
		}
		int total = 0;
		int covered = 0;
		int partly = 0;
		int gaps = 0;
		for (Item objective : f.objectives) {
			if (f.themeOf.get(objective) != theme || !CourseFacts.isLeaf(objective)) {
				continue;
			}
			total++;
			switch (status(f, objective)) {
				case COVERED -> covered++;
				case PARTLY -> partly++;
				case GAP -> gaps++;
				default -> { }
			}
		}
		if (total == 0 || covered == total) {
			return;
		}
		int percent = percent(covered, total);
		int missing = total - covered - partly - gaps;
		StringBuilder detail = new StringBuilder();
		if (missing > 0) {
			detail.append(missing).append(" not covered");
		}
		if (partly > 0) {
			detail.append(detail.length() > 0 ? ", " : "").append(partly).append(" only partly");
		}
		if (gaps > 0) {
			detail.append(detail.length() > 0 ? ", " : "").append(gaps).append(" justified gap").append(gaps == 1 ? "" : "s");
		}
		var finding = addPlaced(out, Rule.THEME_PARTLY_COVERED, f, theme, "Theme '" + theme.getTitle() + "' is "
				+ percent + "% covered: " + covered + " of " + total + " objectives (" + detail + ").")
				.about(theme).quoting(theme.getAim())
				.fix("Cover the theme's remaining objectives, or justify each gap.");
		if (missing == 0 && partly == 0) {
			finding.atMost(Severity.INFO); // every shortfall is a reasoned decision
		}
	}

	/** Whole percent, rounded half up (4 of 6 is 67%); see {@link Percentages#of}. */
	public static int percent(int part, int total) {
		return Percentages.of(part, total);
	}

	// ------------------------------------------------------------------ where a coverage finding is shown

	/**
	 * Where a finding about a framework element (an objective not covered, a theme partly covered) is
	 * best shown in the course, for every front end alike (command line, reports, IDE, language server,
	 * Maven log): the justified gap that names it (for a theme, the gap of one of its objectives),
	 * else the first session that teaches most of its theme, else the course itself.
	 */
	static EObject place(CourseFacts f, EObject element) {
		JustifiedGap gap = gapFor(f, element);
		if (gap != null) {
			return gap;
		}
		Session session = sessionFor(f, element);
		return session != null ? session : f.course;
	}

	/** Starts a finding about a framework element, shown at its {@link #place}, marked by that place's gap element, session title or course id. */
	private static FindingCollector.Builder addPlaced(FindingCollector out, Rule rule, CourseFacts f, EObject element, String message) {
		EObject place = place(f, element);
		EStructuralFeature feature = place instanceof JustifiedGap ? GT.getJustifiedGap_Element()
				: place instanceof Session ? GT.getSession_Title() : GT.getIdentified_Name();
		return out.add(rule, place, feature, message);
	}

	private static JustifiedGap gapFor(CourseFacts f, EObject element) {
		JustifiedGap gap = f.gapFor(element);
		if (gap == null && element instanceof Section theme) {
			for (Map.Entry<FrameworkElement, JustifiedGap> entry : f.gaps.entrySet()) {
				for (EObject e = entry.getKey(); e != null; e = e.eContainer()) {
					if (e == theme) {
						return entry.getValue();
					}
				}
			}
		}
		return gap;
	}

	private static Session sessionFor(CourseFacts f, EObject element) {
		Section theme = element instanceof Section s ? s : element instanceof Item item ? f.themeOf.get(item) : null;
		if (theme == null) {
			return null;
		}
		Map<Session, Integer> taught = new HashMap<>();
		for (Item objective : f.objectives) {
			if (f.themeOf.get(objective) == theme) {
				for (CourseFacts.Claim claim : f.claimsOf(objective)) {
					taught.merge(claim.session(), 1, Integer::sum);
				}
			}
		}
		Session best = null;
		for (Session session : f.sessions) { // in course order: the first of equals wins
			if (taught.getOrDefault(session, 0) > (best == null ? 0 : taught.get(best))) {
				best = session;
			}
		}
		return best;
	}
}
