package org.goldthread.conformance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.goldthread.model.Addressee;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Modality;
import org.goldthread.model.PlanAction;
import org.goldthread.model.PlanMilestone;
import org.goldthread.model.Section;
import org.goldthread.model.support.Addressees;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/**
 * A local workforce plan acts on every recommendation, theme or step of its framework; a plan that
 * says whom it is for ({@code for service-provider}) acts on every item the framework addresses to
 * that kind of organisation.
 */
public final class PlanRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	/** A day written {@code YYYY-MM-DD}, as plans and courses date them. */
	static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

	private PlanRules() {
	}

	public static void check(LocalPlan plan, Framework framework, FindingCollector out) {
		Map<EObject, List<PlanAction>> actors = new HashMap<>(); // what the plan addresses (or partly): the actions for each element
		Set<Section> addressedSections = new HashSet<>();
		for (PlanAction action : plan.getActions()) {
			List<FrameworkElement> acted = new ArrayList<>(action.getAddresses());
			acted.addAll(action.getPartlyAddresses()); // partly addressed is addressed: the plan says how far
			for (FrameworkElement element : acted) {
				if (element != null && !element.eIsProxy()) {
					actors.computeIfAbsent(element, e -> new ArrayList<>()).add(action);
					Section section = EcoreUtil2.getContainerOfType(element, Section.class);
					// Acting on a key finding or a resource (guidance: what the framework reports or points to) is not
					// acting on its section's recommendations, actions or steps.
					if (section != null && Modalities.of(element) != Modality.GUIDANCE) {
						addressedSections.add(section);
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
			if (!noDue) {
				checkDate(action, GT.getPlanAction_Due(), "Action '" + Labels.nameOf(action) + "' is due", action.getDue(), out);
			}
			if (action.getStart() != null) {
				checkDate(action, GT.getPlanAction_Start(), "Action '" + Labels.nameOf(action) + "' starts", action.getStart(), out);
			}
			for (PlanMilestone milestone : action.getMilestones()) {
				if (milestone.getDue() != null) {
					checkDate(milestone, GT.getPlanMilestone_Due(), "Milestone '" + milestone.getText() + "' of action '" + Labels.nameOf(action)
							+ "' is due", milestone.getDue(), out);
				}
			}
		}
		Set<EObject> gapped = new HashSet<>();
		for (JustifiedGap gap : plan.getGaps()) {
			FrameworkElement element = gap.getElement();
			if (element == null || element.eIsProxy()) {
				continue;
			}
			String id = Ids.relativeId(element);
			List<PlanAction> acting = actors.getOrDefault(element, List.of()).stream().distinct().toList();
			if (!acting.isEmpty()) {
				out.add(Rule.GAP_FOR_COVERED, gap, GT.getJustifiedGap_Element(), "'" + id + "' is declared a justified gap, but "
						+ acting.size() + " action(s) of this plan address it (" + String.join(", ", acting.stream().map(Labels::nameOf).toList())
						+ ").").about(element).fix("Remove the gap, or the `addresses " + id + "` of those actions.");
				continue;
			}
			gapped.add(element);
			out.add(Rule.JUSTIFIED_GAP, gap, GT.getJustifiedGap_Element(), "Justified gap: the " + Labels.kindOf(element) + " '" + id
					+ "' is not addressed, because: " + gap.getReason()).about(element)
					.fix("None needed if the reason stands; a reviewer will judge it.");
		}
		Addressee audience = plan.getAudience();
		List<Section> sections = new ArrayList<>(framework.getSections());
		framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
		for (Section section : sections) {
			if (!Modalities.checked(Modalities.of(section)) || gapped.contains(section)) {
				continue;
			}
			if (audience != null && audience != Addressee.UNSTATED) {
				List<Item> checked = new ArrayList<>();
				collectChecked(section.getItems(), checked);
				List<Item> toAudience = checked.stream().filter(i -> Addressees.of(i).contains(audience)).toList();
				if (!toAudience.isEmpty()) {
					for (Item item : toAudience) {
						// An item with sub-items addressed to the plan is met through them, as in `understand the following:`.
						boolean metThroughSubItems = toAudience.stream().anyMatch(other -> other != item && EcoreUtil.isAncestor(item, other));
						if (!metThroughSubItems && !coveredOrGapped(item, actors.keySet(), gapped)) {
							reportItem(plan, item, audience, out);
						}
					}
					continue;
				}
				boolean allAddressedToOthers = checked.isEmpty() ? !Addressees.of(section).isEmpty()
						: checked.stream().noneMatch(i -> Addressees.of(i).isEmpty());
				if (allAddressedToOthers) {
					continue; // the framework addresses this section to other kinds of organisation
				}
			}
			boolean sectionAddressed = addressedSections.contains(section);
			boolean sectionGapped = gapped.stream().anyMatch(g -> EcoreUtil2.getContainerOfType(g, Section.class) == section);
			if (!sectionAddressed && !sectionGapped) {
				out.add(Rule.SECTION_NOT_ADDRESSED, plan, GT.getIdentified_Name(), "The " + Labels.kindOf(section) + " '" + section.getName()
						+ "' (" + section.getTitle() + ") is not addressed by any action.")
						.about(section).quoting(passage(section))
						.fix("Add an action with `addresses " + section.getName() + "` (or one of its items), or `gap " + section.getName()
								+ " because \"…\"`.");
			}
		}
	}

	/** The framework's words about a section: its aim, else what it says about it, else the phrase that makes it asked, else its title. */
	private static String passage(Section section) {
		if (section.getAim() != null && !section.getAim().isBlank()) {
			return section.getAim();
		}
		String about = String.join(" ", section.getAbout()).trim();
		if (!about.isEmpty()) {
			return about;
		}
		String phrase = Modalities.phrase(section);
		return phrase != null ? phrase : section.getTitle();
	}

	private static void reportItem(LocalPlan plan, Item item, Addressee audience, FindingCollector out) {
		String id = Ids.relativeId(item);
		out.add(Rule.ITEM_NOT_ADDRESSED, plan, GT.getLocalPlan_Audience(), "The " + Labels.kindOf(item) + " '" + id
				+ "', which the framework addresses to " + Addressees.plural(audience) + ", is not addressed by any action of this plan.")
				.about(item).quoting(item.getText())
				.fix("Add an action with `addresses " + id + "`, or `gap " + id + " because \"…\"`.");
	}

	/** Addressed by an action naming the item or one of the items it belongs to, or a justified gap for it, an enclosing item or its section. */
	private static boolean coveredOrGapped(Item item, Set<EObject> addressed, Set<EObject> gapped) {
		for (EObject e = item; e != null; e = e.eContainer()) {
			if (gapped.contains(e)) {
				return true;
			}
			if (e instanceof Item && addressed.contains(e)) {
				return true;
			}
			if (e instanceof Section) {
				return false;
			}
		}
		return false;
	}

	private static void collectChecked(List<Item> items, List<Item> into) {
		for (Item item : items) {
			if (Modalities.checked(Modalities.of(item))) {
				into.add(item);
			}
			collectChecked(item.getChildren(), into);
		}
	}

	private static void checkDate(EObject element, EStructuralFeature feature, String what, String date, FindingCollector out) {
		if (!validDate(date)) {
			out.add(Rule.DUE_DATE_INVALID, element, feature, what + " \"" + date + "\", which is not a real month or day.")
					.fix("Write the date as `YYYY-MM` (e.g. \"2027-03\") or `YYYY-MM-DD` (e.g. \"2027-03-31\").");
		}
	}

	/** {@code YYYY-MM} or {@code YYYY-MM-DD}, naming a month or day that exists. */
	static boolean validDate(String due) {
		String text = due.trim();
		try {
			Matcher m = YEAR_MONTH_DAY.matcher(text);
			if (m.matches()) {
				LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				return true;
			}
			m = YEAR_MONTH.matcher(text);
			if (m.matches()) {
				YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
				return true;
			}
		} catch (DateTimeException e) {
			return false;
		}
		return false;
	}
}
