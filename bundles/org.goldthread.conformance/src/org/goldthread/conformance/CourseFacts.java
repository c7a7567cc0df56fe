package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Coverage;
import org.goldthread.model.DeliveryPractice;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkElement;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Module;
import org.goldthread.model.Section;
import org.goldthread.model.SectionKind;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;

/**
 * What the rules need to know about a course, gathered in one pass: days and sessions in teaching
 * order, coverage claims per objective, where each golden thread is woven, gaps, and the
 * framework's themes and objectives. Unresolved references are left out (the linker reports them).
 */
public final class CourseFacts {

	/** A session's claim on an objective. */
	public record Claim(Session session, TeachingDay day, Coverage coverage) {
	}

	public final Course course;
	public final Framework framework;
	/** Teaching days, ordered by their number. */
	public final List<TeachingDay> days = new ArrayList<>();
	public final Map<TeachingDay, Module> moduleOf = new HashMap<>();
	/** Sessions in teaching order. */
	public final List<Session> sessions = new ArrayList<>();
	public final Map<Session, TeachingDay> dayOf = new HashMap<>();
	public final Map<Item, List<Claim>> claims = new HashMap<>();
	public final Map<GoldenThread, Set<Integer>> threadDays = new HashMap<>();
	public final Map<GoldenThread, Set<Module>> threadModules = new HashMap<>();
	public final Map<GoldenThread, Integer> threadSessions = new HashMap<>();
	public final Set<GoldenThread> threadsInDelivery = new LinkedHashSet<>();
	public final Map<FrameworkElement, JustifiedGap> gaps = new LinkedHashMap<>();
	/** Themes (top-level and in appendices) in framework order. */
	public final List<Section> themes = new ArrayList<>();
	/** Every learning objective of every theme, parents before their children, in framework order. */
	public final List<Item> objectives = new ArrayList<>();
	public final Map<Item, Section> themeOf = new HashMap<>();
	/** Assessments that count towards the award (not formative). */
	public final List<CourseAssessment> summative = new ArrayList<>();

	public CourseFacts(Course course, Framework framework) {
		this.course = course;
		this.framework = framework;
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				days.add(day);
				moduleOf.put(day, module);
			}
		}
		days.sort(Comparator.comparingInt(TeachingDay::getNumber));
		for (TeachingDay day : days) {
			Module module = moduleOf.get(day);
			for (Session session : day.getSessions()) {
				sessions.add(session);
				dayOf.put(session, day);
				for (Coverage coverage : session.getCoverage()) {
					Item objective = coverage.getObjective();
					if (objective != null && !objective.eIsProxy()) {
						claims.computeIfAbsent(objective, k -> new ArrayList<>()).add(new Claim(session, day, coverage));
					}
				}
				for (GoldenThread thread : session.getThreads()) {
					if (thread != null && !thread.eIsProxy()) {
						threadDays.computeIfAbsent(thread, k -> new TreeSet<>()).add(day.getNumber());
						threadModules.computeIfAbsent(thread, k -> new LinkedHashSet<>()).add(module);
						threadSessions.merge(thread, 1, Integer::sum);
					}
				}
			}
		}
		if (course.getDelivery() != null) {
			for (DeliveryPractice practice : course.getDelivery().getPractices()) {
				for (GoldenThread thread : practice.getThreads()) {
					if (thread != null && !thread.eIsProxy()) {
						threadsInDelivery.add(thread);
					}
				}
			}
		}
		for (JustifiedGap gap : course.getGaps()) {
			if (gap.getElement() != null && !gap.getElement().eIsProxy()) {
				gaps.putIfAbsent(gap.getElement(), gap);
			}
		}
		for (CourseAssessment assessment : course.getAssessments()) {
			if (!assessment.isFormative()) {
				summative.add(assessment);
			}
		}
		if (framework != null) {
			List<Section> sections = new ArrayList<>(framework.getSections());
			framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
			for (Section section : sections) {
				if (section.getKind() == SectionKind.THEME) {
					themes.add(section);
					collectObjectives(section, section.getItems());
				}
			}
		}
	}

	private void collectObjectives(Section theme, List<Item> items) {
		for (Item item : items) {
			if (item.getKind() == ItemKind.OBJECTIVE) {
				objectives.add(item);
				themeOf.put(item, theme);
			}
			collectObjectives(theme, item.getChildren());
		}
	}

	/**
	 * Whether a list of references holds {@code target}. Unlike {@code EList.contains}, which resolves
	 * every proxy again on each call (through the linker) when the target is not in the list and
	 * keeps them unresolved, this resolves each reference once, for good.
	 */
	public static boolean refersTo(List<? extends EObject> references, EObject target) {
		for (EObject reference : references) {
			if (reference == target) {
				return true;
			}
		}
		return false;
	}

	/** True for an objective without sub-objectives: the unit that sessions must cover. */
	public static boolean isLeaf(Item objective) {
		return objective.getChildren().stream().noneMatch(c -> c.getKind() == ItemKind.OBJECTIVE);
	}

	public List<Claim> claimsOf(Item objective) {
		return claims.getOrDefault(objective, List.of());
	}

	/** The gap that excuses an element: declared for it, for an enclosing objective, or for its theme. */
	public JustifiedGap gapFor(EObject element) {
		for (EObject e = element; e != null && !(e instanceof Framework); e = e.eContainer()) {
			JustifiedGap gap = gaps.get(e);
			if (gap != null) {
				return gap;
			}
		}
		return null;
	}

	/** The sections of the framework that are themes at the top level (not appendices). */
	public List<Section> mainThemes() {
		return framework == null ? List.of()
				: framework.getSections().stream().filter(s -> s.getKind() == SectionKind.THEME).toList();
	}
}
