package org.goldthread.conformance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.goldthread.model.Expectation;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.Module;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.support.Labels;
import org.goldthread.model.support.Modalities;

/** Each golden thread woven throughout: across the days and modules, in delivery, across themes. */
public final class ThreadRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private ThreadRules() {
	}

	/** The number of teaching days a thread must be woven into under the profile. */
	public static int requiredDays(CourseFacts f, double share) {
		return (int) Math.ceil(share * f.days.size() - 1e-9);
	}

	public static void check(CourseFacts f, FindingCollector out) {
		int needed = requiredDays(f, out.profile().minThreadDayShare());
		// the numbers of the first half's teaching days: a thread woven on enough days must not keep to one half
		Set<Integer> firstHalf = new HashSet<>();
		f.days.subList(0, f.days.size() / 2).forEach(d -> firstHalf.add(d.getNumber()));
		for (GoldenThread thread : f.framework.getThreads()) {
			String label = "Golden thread '" + thread.getTitle() + "'";
			int sessions = f.threadSessions.getOrDefault(thread, 0);
			Set<Integer> days = f.threadDays.getOrDefault(thread, Set.of());
			if (sessions == 0) {
				out.add(Rule.THREAD_ABSENT, f.course, GT.getIdentified_Name(), label + " is not woven into any session.")
						.about(thread).quoting(thread.getAbout())
						.fix("Add `weaves " + thread.getName() + "` to the sessions where it is considered, across the course.");
			} else {
				if (days.size() < needed) {
					out.add(Rule.THREAD_SPREAD, f.course, GT.getIdentified_Name(), label + " is woven on " + days.size() + " of "
							+ f.days.size() + " teaching days (" + dayList(days) + "); at least " + needed + " are expected.")
							.about(thread).quoting(thread.getAbout())
							.fix("Weave it (`weaves " + thread.getName() + "`) into sessions on " + (needed - days.size()) + " more day(s).");
				} else if (f.days.size() >= 4) {
					// enough days, but "throughout the programme" is across the year: not all in one half of it (as for formats)
					boolean early = days.stream().anyMatch(firstHalf::contains);
					boolean late = days.stream().anyMatch(d -> !firstHalf.contains(d));
					if (!early || !late) {
						out.add(Rule.THREAD_SPREAD, f.course, GT.getIdentified_Name(), label + " is woven on " + days.size() + " of "
								+ f.days.size() + " teaching days, all in the " + (early ? "first" : "second") + " half of the course (" + dayList(days)
								+ "); throughout the programme means across the year.")
								.about(thread).quoting(thread.getAbout())
								.fix("Weave it (`weaves " + thread.getName() + "`) into sessions in the " + (early ? "second" : "first") + " half of the course too.");
					}
				}
				if (out.profile().threadInEveryModule()) {
					Set<Module> modules = f.threadModules.getOrDefault(thread, Set.of());
					for (Module module : f.course.getModules()) {
						if (!module.getDays().isEmpty() && !modules.contains(module)) {
							out.add(Rule.THREAD_MODULE, module, GT.getIdentified_Name(), label + " is not woven into module '"
									+ (module.getTitle() != null ? module.getTitle() : Labels.nameOf(module)) + "'.").about(thread).quoting(thread.getAbout())
									.fix("Add `weaves " + thread.getName() + "` to a session of module " + Labels.nameOf(module) + ".");
						}
					}
				}
			}
			for (Expectation expectation : thread.getExpectations()) {
				if (expectation.getAspect() == ExpectationAspect.DELIVERY && !f.threadsInDelivery.contains(thread)) {
					out.add(Rule.THREAD_IN_DELIVERY, f.course.getDelivery() != null ? f.course.getDelivery() : f.course,
							f.course.getDelivery() != null ? null : GT.getIdentified_Name(), label
							+ " is expected in how the programme is delivered, and no delivery practice evidences it.")
							.about(thread).modality(Modalities.of(expectation), Modalities.phrase(expectation), null)
							.quoting(joinAbout(thread, expectation))
							.fix("Describe it in the course's delivery block: `delivery { practice \"…\" weaves " + thread.getName() + " }`.");
					break;
				}
			}
			if (thread.isAcrossThemes() && sessions > 0) {
				for (Section theme : f.mainThemes()) {
					if (!relates(f, thread, theme)) {
						out.add(Rule.THREAD_ACROSS_THEMES, f.course, GT.getIdentified_Name(), label + " is not related to theme '"
								+ theme.getTitle() + "': no session covering its objectives weaves it.")
								.about(thread).quoting(thread.getAbout())
								.fix("Weave " + thread.getName() + " into a session that covers an objective of " + theme.getName() + ".");
					}
				}
			}
		}
	}

	private static boolean relates(CourseFacts f, GoldenThread thread, Section theme) {
		for (Session session : f.sessions) {
			if (CourseFacts.refersTo(session.getThreads(), thread)) {
				for (var coverage : session.getCoverage()) {
					Item objective = coverage.getObjective();
					if (objective != null && f.themeOf.get(objective) == theme) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static String joinAbout(GoldenThread thread, Expectation expectation) {
		return thread.getAbout() == null ? expectation.getText() : thread.getAbout() + " " + expectation.getText();
	}

	static String dayList(Set<Integer> days) {
		if (days.isEmpty()) {
			return "none";
		}
		List<String> list = days.stream().map(String::valueOf).toList();
		return (list.size() == 1 ? "day " : "days ") + list.stream().collect(Collectors.joining(", "));
	}
}
