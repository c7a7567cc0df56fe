package org.goldthread.conformance;

import java.util.List;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Pathway;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Severity;

/**
 * What a check of several files comes to: the findings counted by severity, the closing line
 * ("4 files checked: 3 errors, 4 warnings, 4 info"), whether it fails at a {@link FailLevel}, and
 * the one-line summary of each document. The command line and the Maven plugin say it the same way.
 */
public record CheckSummary(int files, int errors, int warnings, int infos) {

	/** No file checked yet. */
	public static final CheckSummary NONE = new CheckSummary(0, 0, 0, 0);

	public static CheckSummary of(List<CheckedFile> checked) {
		CheckSummary summary = NONE;
		for (CheckedFile file : checked) {
			summary = summary.with(file.report());
		}
		return summary;
	}

	/** This summary with one more checked file's report counted. */
	public CheckSummary with(ConformanceReport report) {
		return new CheckSummary(files + 1, errors + report.count(Severity.ERROR), warnings + report.count(Severity.WARNING),
				infos + report.count(Severity.INFO));
	}

	/** "3 errors, 4 warnings, 2 info". */
	public String counts() {
		return counts(errors, warnings, infos);
	}

	/** "4 files checked: 3 errors, 4 warnings, 4 info". */
	public String line() {
		return plural(files, "file") + " checked: " + counts();
	}

	/** Whether the findings fail the check at {@code level}. */
	public boolean fails(FailLevel level) {
		return level.fails(errors, warnings);
	}

	/** Whether one document's findings fail the check at {@code level}. */
	public static boolean fails(ConformanceReport report, FailLevel level) {
		return level.fails(report.count(Severity.ERROR), report.count(Severity.WARNING));
	}

	/**
	 * One document's summary: "northtown.pgcert (PGCert …): conforms — 0 errors, 0 warnings, 0 info;
	 * pathway: pgcert", with the pathway the course was checked on ("cpd, assessment advisory";
	 * "pgcert (assumed)" when the course names none) and " (profile accreditation)" when it was
	 * checked under a profile other than the default.
	 *
	 * @param name how the document is named: its id, or the file's name when it has none
	 */
	public static String documentLine(String name, ConformanceReport report) {
		String profile = report.getProfile() == null || report.getProfile().equals("default") ? "" : " (profile " + report.getProfile() + ")";
		String pathway = pathway(report);
		String title = report.getDocumentTitle() == null ? "" : " (" + report.getDocumentTitle() + ")";
		return (name == null ? "(no id)" : name) + title + ": " + report.getVerdict().getLiteral() + " — "
				+ counts(report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO))
				+ (pathway == null ? "" : "; pathway: " + pathway) + profile + implemented(report);
	}

	/**
	 * "; implements cypmh.leadership version "2024"": the framework version a course or plan was
	 * checked against (the one found for it, which may differ from the one it names: GT-INT-003);
	 * nothing for a framework's own check or a document whose framework was not found.
	 */
	static String implemented(ConformanceReport report) {
		if (!(report.getDocument() instanceof Course) && !(report.getDocument() instanceof LocalPlan)) {
			return "";
		}
		var framework = report.getFramework();
		if (framework == null || framework.eIsProxy() || framework.getName() == null) {
			return "";
		}
		return "; implements " + framework.getName() + (framework.getVersion() == null ? "" : " version \"" + framework.getVersion() + "\"");
	}

	/**
	 * The pathway a course was checked on: the one it names, or (when it names none) the framework's
	 * first, "assumed"; "advisory assessment" when formal assessment is only advised on it. Null for
	 * plans and for frameworks without pathways.
	 */
	static String pathway(ConformanceReport report) {
		if (!(report.getDocument() instanceof Course course) || report.getFramework() == null) {
			return null;
		}
		Pathway pathway = course.getPathway();
		boolean assumed = false;
		if (pathway == null || pathway.eIsProxy()) {
			if (pathway != null || report.getFramework().getPathways().isEmpty()) {
				return null;
			}
			pathway = report.getFramework().getPathways().get(0);
			assumed = true;
		}
		return pathway.getName() + (assumed ? " (assumed)" : "") + (pathway.isAssessmentAdvisory() ? ", assessment advisory" : "");
	}

	/** "1 file", "2 files". */
	public static String plural(int n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	private static String counts(int errors, int warnings, int infos) {
		return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + infos + " info";
	}
}
