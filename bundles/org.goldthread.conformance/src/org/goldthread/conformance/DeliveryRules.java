package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.FormatRequirement;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Modality;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.TeachingFormat;
import org.goldthread.model.support.Modalities;

/** Teaching days, study days and teaching formats, as the framework's delivery block requires. */
public final class DeliveryRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private DeliveryRules() {
	}

	public static void check(CourseFacts f, FindingCollector out) {
		DeliveryRequirement required = f.framework.getDelivery();
		if (required == null) {
			return;
		}
		String about = String.join(" ", required.getAbout());
		int teaching = f.days.size();
		Modality teachingModality = Modalities.teachingDays(required);
		if (required.getTeachingDays() > 0 && teaching != required.getTeachingDays() && Modalities.checked(teachingModality)) {
			out.add(Rule.TEACHING_DAYS, f.course, GT.getIdentified_Name(), "The course has " + teaching + " teaching day"
					+ (teaching == 1 ? "" : "s") + "; the " + kind(f) + verb(teachingModality) + required.getTeachingDays() + ".")
					.about(required).modality(teachingModality, required.getTeachingDaysPhrase(), null)
					.quoting(sentenceWith(about, "teaching days"))
					.fix(teaching < required.getTeachingDays() ? "Add " + (required.getTeachingDays() - teaching)
							+ " teaching day(s) (`day N \"title\" { session … }`) to a module."
							: "Merge or remove " + (teaching - required.getTeachingDays()) + " teaching day(s).");
		}
		int study = f.course.getStudyDays().size();
		Modality studyModality = Modalities.studyDays(required);
		if (study < required.getStudyDays() && Modalities.checked(studyModality)) {
			out.add(Rule.STUDY_DAYS, f.course, GT.getIdentified_Name(), "The course gives " + study + " study day"
					+ (study == 1 ? "" : "s") + "; at least " + required.getStudyDays() + " are "
					+ (studyModality == Modality.REQUIRED ? "required" : "advised") + " across the year.")
					.about(required).modality(studyModality, required.getStudyDaysPhrase(), null)
					.quoting(sentenceWith(about, "study days"))
					.fix("Add `study day " + (study + 1) + " \"title\"` for each missing study day.");
		}
		for (FormatRequirement format : required.getFormats()) {
			List<Session> sessions = f.sessions.stream().filter(s -> meets(s.getFormat(), format.getFormats())).toList();
			String names = names(format.getFormats());
			if (!Modalities.checked(Modalities.of(format))) {
				continue;
			}
			if (sessions.isEmpty()) {
				out.add(Rule.TEACHING_FORMAT, f.course, GT.getIdentified_Name(), "No session is a " + names
						+ ": the curriculum asks for this kind of teaching across the year.")
						.about(format).quoting(format.getText())
						.fix("Give some sessions the format " + names + " (e.g. `session \"…\" " + format.getFormats().get(0).getLiteral() + " 2h`).");
			} else if (teaching >= 2) {
				checkSpread(f, out, format, sessions, names);
			}
		}
	}

	/**
	 * Whether a session of {@code format} is a session of one of the {@code required} formats: the
	 * same format, or a named form of it (an action learning set is action learning, the group in
	 * which it is done).
	 */
	static boolean meets(TeachingFormat format, List<TeachingFormat> required) {
		if (format == null) {
			return false;
		}
		return required.contains(format) || format == TeachingFormat.ACTION_LEARNING_SET && required.contains(TeachingFormat.ACTION_LEARNING);
	}

	/** A required format must appear in both halves of the teaching year, not in one half only. */
	private static void checkSpread(CourseFacts f, FindingCollector out, FormatRequirement format, List<Session> sessions, String names) {
		int half = f.days.size() / 2;
		List<TeachingDay> firstHalf = f.days.subList(0, half);
		boolean early = sessions.stream().anyMatch(s -> firstHalf.contains(f.dayOf.get(s)));
		boolean late = sessions.stream().anyMatch(s -> !firstHalf.contains(f.dayOf.get(s)));
		if (!early || !late) {
			List<Integer> dayNumbers = sessions.stream().map(s -> f.dayOf.get(s).getNumber()).distinct().sorted().toList();
			out.add(Rule.FORMAT_SPREAD, f.course, GT.getIdentified_Name(), "All " + names + " sessions fall in the "
					+ (early ? "first" : "second") + " half of the course (day" + (dayNumbers.size() == 1 ? " " : "s ")
					+ dayNumbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "); they should run across the year.")
					.about(format).quoting(format.getText())
					.fix("Move or add " + names + " sessions in the " + (early ? "second" : "first") + " half of the course.");
		}
	}

	private static String kind(CourseFacts f) {
		return f.framework.getKind() == null ? "framework" : f.framework.getKind().getLiteral();
	}

	private static String verb(Modality modality) {
		return modality == Modality.REQUIRED ? " requires " : " advises ";
	}

	static String names(List<TeachingFormat> formats) {
		List<String> literals = new ArrayList<>();
		formats.forEach(t -> literals.add(t.getLiteral()));
		return String.join(" or ", literals);
	}

	/** The sentence of the framework's delivery text that mentions {@code words}, if any. */
	public static String sentenceWith(String text, String words) {
		for (String sentence : text.split("(?<=\\.)\\s+")) {
			if (sentence.contains(words)) {
				return sentence.trim();
			}
		}
		return null;
	}
}
