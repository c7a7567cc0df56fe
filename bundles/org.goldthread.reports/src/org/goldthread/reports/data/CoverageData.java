package org.goldthread.reports.data;

import java.util.ArrayList;
import java.util.List;

import org.goldthread.model.support.Percentages;

/**
 * How a course covers its framework, as the reports draw it: sessions and teaching days (the
 * columns), objectives with their cells (the rows), theme percentages, the golden-thread weave and
 * the assessment alignment. Read from the engine's coverage model (the conformance engine computes
 * it once); {@code requiredTeachingDays} is the number of teaching days the framework requires (0 when
 * it states none).
 */
public record CoverageData(
		List<SessionData> sessions,
		List<DayData> days,
		List<ObjectiveData> objectives,
		List<ThemeData> themes,
		List<ThreadData> threads,
		List<AssessmentData> assessments,
		List<AlignmentData> outcomes,
		List<AlignmentData> elements,
		int requiredTeachingDays) {

	/**
	 * How strongly a session covers an objective, with the letter the matrices show (colour is never
	 * the only cue) and the CSS class that colours it.
	 */
	public enum Strength {
		PARTLY("P", "partly"), INTRODUCES("I", "introduces"), COVERS("C", "covers"), DEVELOPS("D", "develops"), MASTERS("M", "masters");

		private final String letter;
		private final String word;

		Strength(String letter, String word) {
			this.letter = letter;
			this.word = word;
		}

		public String letter() {
			return letter;
		}

		/** The keyword in the course language: covers, introduces, develops, masters, partly. */
		public String word() {
			return word;
		}

		public String cssClass() {
			return "s-" + letter.toLowerCase(java.util.Locale.ROOT);
		}

		public static Strength of(org.goldthread.model.Strength strength) {
			if (strength == null) {
				return COVERS;
			}
			return switch (strength) {
				case PARTLY -> PARTLY;
				case INTRODUCES -> INTRODUCES;
				case COVERS -> COVERS;
				case DEVELOPS -> DEVELOPS;
				case MASTERS -> MASTERS;
			};
		}

		/** The legend order: from the weakest claim to the strongest. */
		public static List<Strength> legend() {
			return List.of(values());
		}
	}

	/** A session: {@code key} is {@code D<day>.<n>}, the n-th session of the day; {@code id} is its own id if it has one. */
	public record SessionData(String key, int day, int index, String id, String title, String format, double hours, String module) {
		/** "D3.2 Self-assessment and feedback" or "D3.2" when untitled. */
		public String label() {
			return title == null || title.isBlank() ? key : key + " " + title;
		}
	}

	/** A teaching day; {@code missing} for a day the framework requires that the course does not have. */
	public record DayData(int number, String title, String date, String module, List<String> sessions, boolean missing) {
	}

	/**
	 * The columns of the matrices: the course's teaching days and, in their place by number, every day
	 * the framework requires that the course lacks (marked {@code missing}), so that an absence shows.
	 */
	public List<DayData> matrixDays() {
		java.util.TreeMap<Integer, DayData> byNumber = new java.util.TreeMap<>();
		for (int n = 1; n <= requiredTeachingDays; n++) {
			byNumber.put(n, new DayData(n, null, null, null, List.of(), true));
		}
		List<DayData> result = new ArrayList<>();
		for (DayData d : days) {
			if (byNumber.containsKey(d.number())) {
				byNumber.put(d.number(), d);
			}
		}
		// the course's own days keep their order; missing days go before the first day numbered above them
		List<DayData> missing = new ArrayList<>(byNumber.values().stream().filter(DayData::missing).toList());
		for (DayData d : days) {
			while (!missing.isEmpty() && missing.get(0).number() < d.number()) {
				result.add(missing.remove(0));
			}
			result.add(d);
		}
		result.addAll(missing);
		return result;
	}

	/** The numbers of the days the framework requires that the course does not have. */
	public List<Integer> missingDays() {
		return matrixDays().stream().filter(DayData::missing).map(DayData::number).toList();
	}

	/** A session's claim on an objective. */
	public record CellData(String session, int day, Strength strength) {
	}

	/**
	 * A learning objective (parents too: {@code leaf} is false for an objective with sub-objectives,
	 * {@code depth} its nesting). {@code status} is the CoverageStatus literal (covered, partly covered,
	 * justified gap, not covered); {@code gap} the reason of the justified gap, or null.
	 */
	public record ObjectiveData(String id, String theme, String text, int depth, boolean leaf, String status, boolean assessed,
			String gap, List<CellData> cells) {

		/** The claims made on a teaching day, in session order. */
		public List<CellData> cellsOnDay(int day) {
			List<CellData> result = new ArrayList<>();
			for (CellData c : cells) {
				if (c.day() == day) {
					result.add(c);
				}
			}
			return result;
		}

		/** The strongest claim of one session, or null. */
		public Strength strengthIn(String sessionKey) {
			Strength best = null;
			for (CellData c : cells) {
				if (c.session().equals(sessionKey) && (best == null || c.strength().ordinal() > best.ordinal())) {
					best = c.strength();
				}
			}
			return best;
		}

		/** CSS class of the status: {@code st-covered}, {@code st-partly-covered} ... */
		public String statusClass() {
			return "st-" + (status == null ? "unknown" : status.replace(' ', '-'));
		}
	}

	/** A theme (appendix themes too) and how many of its leaf objectives are covered. */
	/**
	 * A theme's coverage; {@code asked} when the framework requires or advises its objectives (false for
	 * themes it gives only as examples, such as the curriculum's Appendix 3 ideas, which no course must cover).
	 */
	public record ThemeData(String id, String title, boolean appendix, boolean asked, int objectives, int covered, int partly, int gaps, int percent) {
		public int notCovered() {
			return Math.max(0, objectives - covered - partly - gaps);
		}
	}

	/**
	 * A golden thread: the teaching days and modules that weave it, and whether delivery evidences it
	 * (when expected); {@code requiredDays} is the number of days it must be woven into under the
	 * profile, the threshold the engine checks it with.
	 */
	public record ThreadData(String id, String title, List<Integer> days, List<String> modules, int sessions, boolean deliveryExpected,
			boolean inDelivery, int requiredDays, boolean oneHalfOnly) {

		/**
		 * Woven on fewer teaching days than the profile requires, or on enough days all in one half of the course
		 * ({@code oneHalfOnly}): what GT-THR-002 reports.
		 */
		public boolean belowThreshold() {
			return days.size() < requiredDays || oneHalfOnly;
		}

		/**
		 * The spread in words, against the threshold: "3 of 11 days — below the 4 required" or
		 * "8 of 11 days (4 required)", what reports show beside the colour.
		 */
		public String spread(int teachingDays) {
			String s = days.size() + " of " + teachingDays + " days";
			if (requiredDays > 0) {
				s += days.size() < requiredDays ? " — below the " + requiredDays + " required"
						: oneHalfOnly ? " — all in one half of the course" : " (" + requiredDays + " required)";
			}
			return s;
		}
	}

	public record AssessmentData(String id, String title, String form, int words, int minutes, int weight, boolean formative, String fulfils) {
	}

	/** A key learning outcome (or element of a required assessment) and the course assessments aligned with it. */
	public record AlignmentData(String id, String text, List<String> assessments, String gap) {
	}

	/** The objectives of one theme, in framework order. */
	public List<ObjectiveData> objectivesOf(String themeId) {
		List<ObjectiveData> result = new ArrayList<>();
		for (ObjectiveData o : objectives) {
			if (themeId.equals(o.theme())) {
				result.add(o);
			}
		}
		return result;
	}

	/**
	 * Share of the leaf objectives the framework asks for (of its required or advised themes) that are fully
	 * covered, in whole percent, rounded half up ({@link Percentages#of}); objectives given only as examples
	 * are not counted, so a course that covers everything asked of it shows 100%.
	 */
	public int overallPercent() {
		int total = 0;
		int covered = 0;
		for (ThemeData t : themes) {
			if (t.asked()) {
				total += t.objectives();
				covered += t.covered();
			}
		}
		return Percentages.of(covered, total);
	}
}
