package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Coverage;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Item;
import org.goldthread.model.Module;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;

/** The course's own consistency: coverage claims, day numbering, hours, credits and weights. */
public final class IntegrityRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;
	private static final double EPSILON = 0.01;

	private IntegrityRules() {
	}

	public static void check(CourseFacts f, FindingCollector out) {
		for (Session session : f.sessions) {
			Set<Item> seen = new HashSet<>();
			for (Coverage coverage : session.getCoverage()) {
				Item objective = coverage.getObjective();
				if (objective != null && !objective.eIsProxy() && !seen.add(objective)) {
					out.add(Rule.DUPLICATE_COVERAGE, coverage, GT.getCoverage_Objective(), "Session '" + session.getTitle()
							+ "' claims '" + Ids.relativeId(objective) + "' more than once.").about(objective)
							.fix("Remove the repeated claim (keep the one with the right strength).");
				}
			}
		}
		List<TeachingDay> teachingDays = new ArrayList<>();
		f.course.getModules().forEach(m -> m.getDays().stream().filter(d -> d.getKind() == org.goldthread.model.DayKind.TEACHING).forEach(teachingDays::add));
		numbering(out, f, teachingDays, TeachingDay::getNumber, "teaching day");
		numbering(out, f, f.course.getStudyDays(), StudyDay::getNumber, "study day");
		f.course.getModules().forEach(m -> m.getDays().forEach(day -> checkDate(out, day, GT.getTeachingDay_Date(), day.getDate(),
				day.getKind() == org.goldthread.model.DayKind.TEACHING ? "Day " + day.getNumber() : "The " + day.getKind().getLiteral() + " day")));
		f.course.getStudyDays().forEach(day -> checkDate(out, day, GT.getStudyDay_Date(), day.getDate(), "Study day " + day.getNumber()));
		for (TeachingDay day : teachingDays) {
			if (day.getHours() > 0 && day.getSessions().stream().noneMatch(Session::isHoursTbc)) {
				double sum = day.getSessions().stream().mapToDouble(Session::getHours).sum();
				if (Math.abs(sum - day.getHours()) > EPSILON) {
					out.add(Rule.HOURS_MISMATCH, day, GT.getTeachingDay_Hours(), "Day " + day.getNumber() + " states " + hours(day.getHours())
							+ " but its sessions add up to " + hours(sum) + ".")
							.fix("Correct the day's hours or the sessions' hours.");
				}
			}
		}
		int credits = f.course.getModules().stream().mapToInt(Module::getCredits).sum();
		if (f.course.getCredits() > 0 && credits > 0 && credits != f.course.getCredits()) {
			out.add(Rule.CREDITS_MISMATCH, f.course, GT.getCourse_Credits(), "The modules' credits add up to " + credits
					+ ", but the course states " + f.course.getCredits() + " credits.")
					.fix("Correct the course's or the modules' credits.");
		}
		List<CourseAssessment> weighted = f.summative.stream().filter(a -> a.getWeight() > 0).toList();
		int weights = weighted.stream().mapToInt(CourseAssessment::getWeight).sum();
		if (!weighted.isEmpty() && weights != 100) {
			out.add(Rule.WEIGHTS_MISMATCH, weighted.get(0), GT.getCourseAssessment_Weight(), "The summative assessments' weights add up to "
					+ weights + "%, not 100%.").fix("Correct the weights so that they add up to 100%.");
		}
	}

	/**
	 * Everything the course marks {@code tbc} (to be confirmed), in one finding per document: never
	 * reported as missing elsewhere. Objectives that no confirmed session covers are listed here
	 * (instead of one uncovered-objective error each) while any session's mapping is to be confirmed.
	 */
	public static void toBeConfirmed(CourseFacts f, FindingCollector out, List<String> unmapped) {
		List<String> items = new ArrayList<>();
		EObject first = null;
		for (TeachingDay day : f.days) {
			if (day.isDateTbc()) {
				items.add("the date of day " + day.getNumber());
				first = first == null ? day : first;
			}
			if (day.isHoursTbc()) {
				items.add("the hours of day " + day.getNumber());
				first = first == null ? day : first;
			}
		}
		for (StudyDay day : f.course.getStudyDays()) {
			if (day.isDateTbc()) {
				items.add("the date of study day " + day.getNumber());
				first = first == null ? day : first;
			}
			if (day.isHoursTbc()) {
				items.add("the hours of study day " + day.getNumber());
				first = first == null ? day : first;
			}
		}
		for (Session session : f.sessions) {
			if (session.isHoursTbc()) {
				items.add("the hours of session '" + session.getTitle() + "'");
				first = first == null ? session : first;
			}
			if (session.isCoverageTbc()) {
				items.add("the objectives session '" + session.getTitle() + "' covers");
				first = first == null ? session : first;
			}
		}
		for (CourseAssessment assessment : f.course.getAssessments()) {
			if (assessment.isFormTbc()) {
				items.add("the form of assessment '" + Labels.nameOf(assessment) + "'");
				first = first == null ? assessment : first;
			}
		}
		if (items.isEmpty()) {
			return;
		}
		String pending = unmapped.isEmpty() ? ""
				: " Until the mappings are confirmed, " + unmapped.size() + " objective(s) are covered by no confirmed session: "
						+ String.join(", ", unmapped) + ".";
		out.add(Rule.TO_BE_CONFIRMED, first, null, items.size() + " item" + (items.size() == 1 ? " is" : "s are")
				+ " to be confirmed (tbc): " + String.join("; ", items) + "." + pending)
				.fix("Confirm each item (replace `tbc` with the value) before the course is submitted for accreditation.");
	}

	/** A date written `YYYY-MM-DD` must name a day of the calendar (other spellings are the course's own words, not read). */
	private static void checkDate(FindingCollector out, EObject day, org.eclipse.emf.ecore.EStructuralFeature feature, String date, String what) {
		if (date != null && PlanRules.YEAR_MONTH_DAY.matcher(date.trim()).matches() && !PlanRules.validDate(date)) {
			out.add(Rule.DATE_INVALID, day, feature, what + " is dated \"" + date + "\", a day that does not exist.")
					.fix("Correct the date (`on \"YYYY-MM-DD\"`), or write `on tbc` while it is not known.");
		}
	}

	private static <T extends EObject> void numbering(FindingCollector out, CourseFacts f, List<T> days, ToIntFunction<T> number, String what) {
		Map<Integer, T> first = new HashMap<>();
		for (T day : days) {
			T earlier = first.putIfAbsent(number.applyAsInt(day), day);
			if (earlier != null) {
				out.add(Rule.DUPLICATE_DAY, day, day instanceof TeachingDay ? GT.getTeachingDay_Number() : GT.getStudyDay_Number(),
						"There are two " + what + "s numbered " + number.applyAsInt(day) + ".")
						.fix("Renumber the " + what + "s 1, 2, 3, … in teaching order.");
			}
		}
		if (first.isEmpty()) {
			return;
		}
		// the gaps between the numbers in use, walked from number to number (never from 1 to the
		// largest: a day numbered 2147483647 is one finding, not two billion missing numbers)
		TreeSet<Integer> used = new TreeSet<>(first.keySet());
		int max = used.last();
		List<String> missing = new ArrayList<>();
		long missingCount = 0;
		long previous = 0;
		for (int n : used) {
			if (n > previous + 1) {
				long from = previous + 1;
				long to = n - 1L;
				missingCount += to - from + 1;
				if (missing.size() < MISSING_LISTED) {
					missing.add(from == to ? String.valueOf(from) : to == from + 1 ? from + ", " + to : from + "–" + to);
				}
			}
			previous = Math.max(previous, n);
		}
		if (missingCount > 0) {
			String list = String.join(", ", missing) + (missing.size() < countRanges(used) ? ", …" : "");
			out.add(Rule.DAY_NUMBERING_GAP, f.course, GT.getIdentified_Name(), capital(what) + (missingCount == 1 ? " " : "s ")
					+ list + (missingCount == 1 ? " is" : " are") + " missing: the " + what + "s are numbered up to " + max + ".")
					.fix("Renumber the " + what + "s without gaps, or add the missing ones.");
		}
	}

	/** At most this many runs of missing numbers are named in one finding. */
	private static final int MISSING_LISTED = 10;

	/** The number of runs of missing numbers below the largest number in use. */
	private static int countRanges(TreeSet<Integer> used) {
		int runs = 0;
		long previous = 0;
		for (int n : used) {
			if (n > previous + 1) {
				runs++;
			}
			previous = Math.max(previous, n);
		}
		return runs;
	}

	private static String capital(String s) {
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private static String hours(double h) {
		return (h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h)) + "h";
	}
}
