package org.goldthread.evolution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.goldthread.model.Course;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.TeachingDay;

/**
 * Next academic year's course from this year's: teaching days' dates moved by whole years to the
 * same weekday (an academic calendar repeats by weekday: the first Thursday of October stays a
 * Thursday), the id and title given the new year, the mappings (coverage, threads, assessments,
 * gaps) kept as they are, and an {@code about} line recording what the course was derived from.
 */
public final class Rollover {

	/** An academic year such as 2027-28. */
	public record AcademicYear(int start) {
		public static AcademicYear parse(String text) throws EvolutionException {
			Matcher m = Pattern.compile("(\\d{4})[-/](\\d{2})").matcher(text == null ? "" : text.strip());
			if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
				throw new EvolutionException("'" + text + "' is not an academic year: write it as 2027-28.");
			}
			return new AcademicYear(Integer.parseInt(m.group(1)));
		}

		/** The academic year (starting 1 August) a date falls in. */
		public static AcademicYear of(LocalDate date) {
			return new AcademicYear(date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1);
		}

		@Override
		public String toString() {
			return start + "-" + String.format("%02d", (start + 1) % 100);
		}

		/** 2027_28, for ids. */
		public String idSuffix() {
			return start + "_" + String.format("%02d", (start + 1) % 100);
		}
	}

	/** The new text, with what changed. */
	public record Result(String text, AcademicYear from, AcademicYear to, String newId, String newTitle, List<String> notes) {
	}

	private Rollover() {
	}

	/** A date moved by {@code years} to the nearest day of the same weekday. */
	public static LocalDate shift(LocalDate date, int years) {
		LocalDate moved = date.plusYears(years);
		int delta = date.getDayOfWeek().getValue() - moved.getDayOfWeek().getValue();
		if (delta > 3) {
			delta -= 7;
		} else if (delta < -3) {
			delta += 7;
		}
		LocalDate result = moved.plusDays(delta);
		assert result.getDayOfWeek() == date.getDayOfWeek() : DayOfWeek.from(result);
		return result;
	}

	/** Rolls {@code course} (parsed from {@code text}, without syntax errors) over to {@code target}. */
	public static Result rollover(String text, Course course, AcademicYear target) throws EvolutionException {
		GoldthreadPackage gt = GoldthreadPackage.eINSTANCE;
		List<TeachingDay> days = new ArrayList<>();
		for (Iterator<EObject> it = course.eAllContents(); it.hasNext();) {
			if (it.next() instanceof TeachingDay day && day.getDate() != null) {
				days.add(day);
			}
		}
		LocalDate earliest = null;
		for (TeachingDay day : days) {
			LocalDate d = date(day.getDate());
			if (d != null && (earliest == null || d.isBefore(earliest))) {
				earliest = d;
			}
		}
		AcademicYear from = earliest != null ? AcademicYear.of(earliest) : yearIn(course.getTitle() + " " + course.getName());
		if (from == null) {
			throw new EvolutionException("The course has no dated teaching day and names no academic year in its title, so its year is unknown; "
					+ "date its first teaching day (day 1 \"…\" on \"2025-10-02\").");
		}
		int years = target.start() - from.start();
		if (years <= 0) {
			throw new EvolutionException("The course is for " + from + "; roll it over to a later year than that (e.g. " + new AcademicYear(from.start() + 1) + ").");
		}
		record Edit(int offset, int length, String text) {
		}
		List<Edit> edits = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (TeachingDay day : days) {
			LocalDate d = date(day.getDate());
			INode node = first(day, gt.getTeachingDay_Date());
			if (node == null) {
				continue;
			}
			if (d == null) {
				notes.add("day " + day.getNumber() + ": the date \"" + day.getDate() + "\" is not YYYY-MM-DD and was left as it is; set it by hand.");
				continue;
			}
			edits.add(new Edit(node.getOffset(), node.getLength(), "\"" + shift(d, years) + "\""));
		}
		String oldId = course.getName();
		String newId = withYear(oldId, from, target, true);
		INode nameNode = first(course, gt.getIdentified_Name());
		if (nameNode != null) {
			edits.add(new Edit(nameNode.getOffset(), nameNode.getLength(), newId));
		}
		String newTitle = withYear(course.getTitle(), from, target, false);
		INode titleNode = first(course, gt.getDocument_Title());
		if (titleNode != null) {
			edits.add(new Edit(titleNode.getOffset(), titleNode.getLength(), quote(newTitle)));
		}
		int insertAt = -1;
		for (EStructuralFeature f : List.of(gt.getDocument_Title(), gt.getCourse_Provider(), gt.getCourse_Framework(), gt.getCourse_FrameworkVersion(),
				gt.getCourse_Pathway(), gt.getCourse_Credits(), gt.getCourse_Level(), gt.getDocument_About())) {
			for (INode n : NodeModelUtils.findNodesForFeature(course, f)) {
				insertAt = Math.max(insertAt, n.getEndOffset());
			}
		}
		String derived = "Rolled over from " + oldId + " (" + from + ") to " + target + " by goldthread rollover: dates moved by " + years
				+ (years == 1 ? " year" : " years") + " to the same weekdays; mappings unchanged.";
		if (insertAt >= 0) {
			edits.add(new Edit(insertAt, 0, "\n\tabout " + quote(derived)));
		}
		edits.sort(Comparator.comparingInt(Edit::offset).reversed());
		StringBuilder out = new StringBuilder(text);
		for (Edit e : edits) {
			out.replace(e.offset(), e.offset() + e.length(), e.text());
		}
		return new Result(out.toString(), from, target, newId, newTitle, notes);
	}

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})([-/_–]?)(\\d{2})(?!\\d)");

	private static AcademicYear yearIn(String text) {
		Matcher m = YEAR.matcher(text);
		while (m.find()) {
			int a = Integer.parseInt(m.group(1));
			if ((a + 1) % 100 == Integer.parseInt(m.group(3))) {
				return new AcademicYear(a);
			}
		}
		return null;
	}

	/** {@code text} with the old academic year replaced by the new one, or the new one added. */
	static String withYear(String text, AcademicYear from, AcademicYear to, boolean id) {
		Matcher m = YEAR.matcher(text);
		StringBuilder out = new StringBuilder();
		boolean replaced = false;
		while (m.find()) {
			if (Integer.parseInt(m.group(1)) == from.start() && (from.start() + 1) % 100 == Integer.parseInt(m.group(3))) {
				m.appendReplacement(out, Matcher.quoteReplacement(to.start() + m.group(2) + String.format("%02d", (to.start() + 1) % 100)));
				replaced = true;
			}
		}
		m.appendTail(out);
		if (replaced) {
			return out.toString();
		}
		return id ? text + "_" + to.idSuffix() : text + " (" + to + ")";
	}

	private static LocalDate date(String s) {
		try {
			return LocalDate.parse(s.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static INode first(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
