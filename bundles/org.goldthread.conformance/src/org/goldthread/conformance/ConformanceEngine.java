package org.goldthread.conformance;

import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Pathway;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.Verdict;

/**
 * The conformance engine: checks a course (or local plan) against the framework it implements and
 * returns the findings and coverage. Pure: the model in, a report out; no UI, no files, no Xtext
 * validation (the language's own findings are added by the {@link CheckSession}).
 */
public final class ConformanceEngine {

	private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * How many times the engine has checked a document in this JVM: tests read it to prove that each
	 * front end runs the engine exactly once per check (see docs/architecture.md).
	 */
	public static long runs() {
		return RUNS.get();
	}

	/** Checks {@code document} under {@code profile}. Never throws for incomplete or erroneous models. */
	public ConformanceReport check(Document document, Profile profile) {
		RUNS.incrementAndGet();
		ConformanceReport report = FindingsFactory.eINSTANCE.createConformanceReport();
		report.setDocument(document);
		report.setDocumentId(document.getName());
		report.setDocumentTitle(document.getTitle());
		report.setProfile(profile.name());
		if (document instanceof Course course) {
			Framework framework = resolved(course.getFramework());
			report.setFramework(framework);
			if (framework != null) {
				checkCourse(course, framework, profile, report);
			}
		} else if (document instanceof LocalPlan plan) {
			Framework framework = resolved(plan.getFramework());
			report.setFramework(framework);
			if (framework != null) {
				PlanRules.check(plan, framework, new FindingCollector(report, profile, null));
			}
		}
		updateVerdict(report);
		return report;
	}

	private static void checkCourse(Course course, Framework framework, Profile profile, ConformanceReport report) {
		CourseFacts facts = new CourseFacts(course, framework);
		Pathway pathway = resolved(course.getPathway());
		if (pathway != null && !pathway.isAssessmentAdvisory()) {
			profile = profile.onPathwayRequiringAssessment(); // `--profile cpd` does not make a PGCert's required assessments advice
		}
		FindingCollector out = new FindingCollector(report, profile, pathway != null && pathway.isAssessmentAdvisory() ? pathway : null);
		IntegrityRules.check(facts, out);
		DeliveryRules.check(facts, out);
		CoverageRules.check(facts, out);
		ThreadRules.check(facts, out);
		AssessmentRules.check(facts, out);
		PathwayRules.check(facts, out);
		report.setCoverage(CoverageBuilder.build(facts, profile));
	}

	/** Conforms without errors or warnings; with warnings; or does not conform (any error). */
	public static void updateVerdict(ConformanceReport report) {
		if (report.count(Severity.ERROR) > 0) {
			report.setVerdict(Verdict.DOES_NOT_CONFORM);
		} else if (report.count(Severity.WARNING) > 0) {
			report.setVerdict(Verdict.CONFORMS_WITH_WARNINGS);
		} else {
			report.setVerdict(Verdict.CONFORMS);
		}
	}

	private static <T extends org.eclipse.emf.ecore.EObject> T resolved(T element) {
		return element == null || element.eIsProxy() ? null : element;
	}
}
