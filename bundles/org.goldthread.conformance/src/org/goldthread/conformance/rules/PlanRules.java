package org.goldthread.conformance.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.conformance.FindingCollector;
import org.goldthread.conformance.Rule;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.PlanAction;
import org.goldthread.model.Section;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/** A local workforce plan acts on every recommendation, theme or step of its framework. */
public final class PlanRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private PlanRules() {
	}

	public static void check(LocalPlan plan, Framework framework, FindingCollector out) {
		Set<Section> addressed = new HashSet<>();
		for (PlanAction action : plan.getActions()) {
			for (FrameworkElement element : action.getAddresses()) {
				if (element != null && !element.eIsProxy()) {
					Section section = sectionOf(element);
					if (section != null) {
						addressed.add(section);
					}
				}
			}
			boolean noOwner = action.getOwner() == null || action.getOwner().isBlank();
			boolean noDue = action.getDue() == null || action.getDue().isBlank();
			if (noOwner || noDue) {
				String what = noOwner && noDue ? "no owner and no due date" : noOwner ? "no owner" : "no due date";
				String fix = noOwner && noDue ? "`owner \"…\"` and `due \"YYYY-MM\"`" : noOwner ? "`owner \"…\"`" : "`due \"YYYY-MM\"`";
				out.add(Rule.ACTION_INCOMPLETE, action, GT.getIdentified_Name(), "Action '" + Labels.nameOf(action) + "' has " + what + ".")
						.fix("Add " + fix + " to the action.");
			}
		}
		Set<Section> gapped = new HashSet<>();
		for (JustifiedGap gap : plan.getGaps()) {
			if (gap.getElement() != null && !gap.getElement().eIsProxy()) {
				Section section = sectionOf(gap.getElement());
				if (section != null) {
					gapped.add(section);
				}
				out.add(Rule.JUSTIFIED_GAP, gap, GT.getJustifiedGap_Element(), "Justified gap: the " + Labels.kindOf(gap.getElement()) + " '"
						+ Ids.relativeId(gap.getElement()) + "' is not addressed, because: " + gap.getReason()).about(gap.getElement());
			}
		}
		List<Section> sections = new ArrayList<>(framework.getSections());
		framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
		for (Section section : sections) {
			if (!addressed.contains(section) && !gapped.contains(section) && Modalities.checked(Modalities.of(section))) {
				out.add(Rule.SECTION_NOT_ADDRESSED, plan, GT.getIdentified_Name(), "The " + Labels.kindOf(section) + " '" + section.getName()
						+ "' (" + section.getTitle() + ") is not addressed by any action.")
						.about(section).quoting(section.getAim() != null ? section.getAim() : String.join(" ", section.getAbout()))
						.fix("Add an action with `addresses " + section.getName() + "` (or one of its items), or `gap " + section.getName()
								+ " because \"…\"`.");
			}
		}
	}

	private static Section sectionOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Section section) {
				return section;
			}
		}
		return null;
	}
}
