package org.goldthread.conformance;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.goldthread.conformance.CourseFacts.Claim;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.ExpectationAspect;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.Module;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Section;
import org.goldthread.model.findings.Alignment;
import org.goldthread.model.findings.CoverageStatus;
import org.goldthread.model.findings.CoverageSummary;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.ObjectiveCoverage;
import org.goldthread.model.findings.SessionCoverage;
import org.goldthread.model.findings.ThemeCoverage;
import org.goldthread.model.findings.ThreadWeave;

/** The coverage model the reports draw: objectives × sessions, themes, thread weave, assessment alignment. */
final class CoverageBuilder {

	private static final FindingsFactory F = FindingsFactory.eINSTANCE;

	private CoverageBuilder() {
	}

	/**
	 * The coverage of the course described by {@code f}; thresholds (a thread's required days) as
	 * {@code profile} sets them, the same the rules check with.
	 */
	static CoverageSummary build(CourseFacts f, Profile profile) {
		CoverageSummary summary = F.createCoverageSummary();
		summary.getSessions().addAll(f.sessions);
		f.days.forEach(d -> summary.getTeachingDays().add(d.getNumber()));
		if (f.framework.getDelivery() != null) {
			summary.setRequiredTeachingDays(Math.max(0, f.framework.getDelivery().getTeachingDays()));
		}
		int threadDays = ThreadRules.requiredDays(f, profile.minThreadDayShare());
		for (Item objective : f.objectives) {
			ObjectiveCoverage oc = F.createObjectiveCoverage();
			oc.setObjective(objective);
			oc.setObjectiveId(f.id(objective));
			oc.setThemeId(f.themeOf.get(objective).getName());
			for (Claim claim : f.claimsOf(objective)) {
				SessionCoverage cell = F.createSessionCoverage();
				cell.setSession(claim.session());
				cell.setDay(claim.day().getNumber());
				cell.setStrength(claim.coverage().getStrength());
				oc.getCells().add(cell);
			}
			oc.setStatus(status(f, objective));
			oc.setAssessed(assessed(f, objective));
			oc.setGap(f.gapFor(objective));
			oc.setLeaf(CourseFacts.isLeaf(objective));
			summary.getObjectives().add(oc);
		}
		for (Section theme : f.themes) {
			ThemeCoverage tc = F.createThemeCoverage();
			tc.setTheme(theme);
			tc.setThemeId(theme.getName());
			for (Item objective : f.objectives) {
				if (f.themeOf.get(objective) == theme && CourseFacts.isLeaf(objective)) {
					tc.setObjectives(tc.getObjectives() + 1);
					switch (CoverageRules.status(f, objective)) {
						case COVERED -> tc.setCovered(tc.getCovered() + 1);
						case PARTLY -> tc.setPartly(tc.getPartly() + 1);
						case GAP -> tc.setGaps(tc.getGaps() + 1);
						default -> { }
					}
				}
			}
			tc.setPercent(CoverageRules.percent(tc.getCovered(), tc.getObjectives()));
			summary.getThemes().add(tc);
		}
		for (GoldenThread thread : f.framework.getThreads()) {
			ThreadWeave weave = F.createThreadWeave();
			weave.setThread(thread);
			weave.setThreadId(thread.getName());
			weave.getDays().addAll(f.threadDays.getOrDefault(thread, Set.of()));
			for (Module module : f.threadModules.getOrDefault(thread, new LinkedHashSet<>())) {
				// a module whose id did not parse is still named, by its title or its position
				weave.getModules().add(module.getName() != null ? module.getName()
						: module.getTitle() != null ? module.getTitle() : "module " + (f.course.getModules().indexOf(module) + 1));
			}
			weave.setSessions(f.threadSessions.getOrDefault(thread, 0));
			weave.setInDelivery(f.threadsInDelivery.contains(thread));
			weave.setRequiredDays(threadDays);
			weave.setDeliveryExpected(thread.getExpectations().stream().anyMatch(e -> e.getAspect() == ExpectationAspect.DELIVERY));
			summary.getThreads().add(weave);
		}
		for (LearningOutcome outcome : f.framework.getOutcomes()) {
			Alignment a = F.createAlignment();
			a.setTarget(outcome);
			a.setTargetId(outcome.getName());
			for (CourseAssessment assessment : f.course.getAssessments()) {
				if (CourseFacts.refersTo(assessment.getOutcomes(), outcome)) {
					a.getAssessments().add(assessment);
				}
			}
			a.setGap(f.gapFor(outcome));
			summary.getOutcomes().add(a);
		}
		for (RequiredAssessment required : f.framework.getAssessments()) {
			for (AssessmentElement element : required.getElements()) {
				Alignment a = F.createAlignment();
				a.setTarget(element);
				a.setTargetId(f.id(element));
				for (CourseAssessment assessment : f.course.getAssessments()) {
					if (CourseFacts.refersTo(assessment.getElements(), element)) {
						a.getAssessments().add(assessment);
					}
				}
				a.setGap(f.gapFor(element));
				summary.getElements().add(a);
			}
		}
		return summary;
	}

	/** A parent objective is covered when all of its sub-objectives are; it is as good as the weakest. */
	private static CoverageStatus status(CourseFacts f, Item objective) {
		if (CourseFacts.isLeaf(objective)) {
			return switch (CoverageRules.status(f, objective)) {
				case COVERED -> CoverageStatus.COVERED;
				case PARTLY -> CoverageStatus.PARTLY;
				case GAP -> CoverageStatus.JUSTIFIED_GAP;
				case NOT_COVERED -> CoverageStatus.NOT_COVERED;
			};
		}
		Set<CoverageStatus> children = new HashSet<>();
		for (Item child : objective.getChildren()) {
			children.add(status(f, child));
		}
		for (CoverageStatus worst : new CoverageStatus[] { CoverageStatus.NOT_COVERED, CoverageStatus.PARTLY, CoverageStatus.JUSTIFIED_GAP }) {
			if (children.contains(worst)) {
				return worst;
			}
		}
		return CoverageStatus.COVERED;
	}

	private static boolean assessed(CourseFacts f, Item objective) {
		if (CourseFacts.isLeaf(objective)) {
			return AssessmentRules.reached(f, objective);
		}
		return objective.getChildren().stream().allMatch(c -> assessed(f, c));
	}
}
