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
import java.util.function.Predicate;

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
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.support.Ids;

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
	/** Teaching days, ordered by their number (not the non-teaching days: induction, orientation, celebration). */
	public final List<TeachingDay> days = new ArrayList<>();
	/**
	 * Days that do not count toward the framework's teaching days (induction, orientation,
	 * celebration), in course order; their sessions are not counted as teaching either.
	 */
	public final List<TeachingDay> nonTeachingDays = new ArrayList<>();
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
	/** The framework's themes, objectives and ids (empty without a framework). */
	public final FrameworkFacts frameworkFacts;
	/** Themes (top-level and in appendices) in framework order. */
	public final List<Section> themes;
	/** Every learning objective of every theme, parents before their children, in framework order. */
	public final List<Item> objectives;
	public final Map<Item, Section> themeOf;
	/** Assessments that count towards the award (not formative). */
	public final List<CourseAssessment> summative = new ArrayList<>();
	private final Map<Item, Boolean> reached = new HashMap<>();

	public CourseFacts(Course course, Framework framework) {
		this.course = course;
		this.framework = framework;
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				if (day.getKind() != org.goldthread.model.DayKind.TEACHING) {
					nonTeachingDays.add(day);
					continue;
				}
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
		this.frameworkFacts = framework == null ? null : FrameworkFacts.of(framework);
		this.themes = framework == null ? List.of() : frameworkFacts.themes;
		this.objectives = framework == null ? List.of() : frameworkFacts.objectives;
		this.themeOf = framework == null ? Map.of() : frameworkFacts.themeOf;
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
		for (Item child : objective.getChildren()) {
			if (child.getKind() == ItemKind.OBJECTIVE) {
				return false;
			}
		}
		return true;
	}

	/** The id of a framework element relative to the framework, as a course writes it. */
	public String id(EObject element) {
		return frameworkFacts == null ? Ids.relativeId(element) : frameworkFacts.id(element);
	}

	/** Whether an objective is reached by a summative assessment, decided once per objective. */
	public boolean reached(Item objective, Predicate<Item> decide) {
		return reached.computeIfAbsent(objective, decide::test);
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
		return framework == null ? List.of() : frameworkFacts.mainThemes;
	}
}
