package org.goldthread.conformance;

import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Modality;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;

/**
 * The course's pathway. On a pathway where formal assessment is advisory (CPD), assessment
 * findings are information only (see FindingCollector), and the assessments the pathway advises
 * (a transformation project, in any form: its presentation is an example) are looked for.
 */
public final class PathwayRules {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private PathwayRules() {
	}

	public static void check(CourseFacts f, FindingCollector out) {
		Pathway pathway = f.course.getPathway();
		if (pathway == null || pathway.eIsProxy()) {
			if (pathway == null && !f.framework.getPathways().isEmpty()) {
				Pathway assumed = f.framework.getPathways().get(0);
				out.add(Rule.PATHWAY_NOT_NAMED, f.course, GT.getIdentified_Name(), "The course does not name its pathway ("
						+ String.join(" or ", f.framework.getPathways().stream().map(Pathway::getName).toList())
						+ "); it is checked as '" + assumed.getTitle() + "'.")
						.about(assumed)
						.fix("Add `pathway " + assumed.getName() + "` after the course's `implements` clause.");
			}
			return;
		}
		for (RequiredAssessment advised : pathway.getAdvised()) {
			// "it is advisable for each trainee to actively undertake and engage in a transformation project … For example,
			// this might include a (non-assessed) written or oral presentation": the project is advised, its form an example
			boolean present = f.course.getAssessments().stream().anyMatch(a -> a.getFulfils() == advised);
			if (!present) {
				out.add(Rule.ADVISED_ASSESSMENT_MISSING, f.course, GT.getCourse_Pathway(), "On the " + pathway.getTitle() + " no "
						+ advised.getTitle().toLowerCase() + " is planned: the pathway advises one for each trainee (for example with a"
						+ " non-assessed written or oral presentation of its rationale and strategy, and of its findings).")
						.about(advised)
						.modality(Modality.ADVISED, DeliveryRules.sentenceWith(String.join(" ", pathway.getAbout()), "advis"),
								"advised on the " + pathway.getTitle())
						.quoting(String.join(" ", pathway.getAbout()))
						.fix("Add `assessment pitch \"Project rationale and strategy\" fulfils " + advised.getName()
								+ " form presentation formative` (or another form: a written presentation is as good).");
			}
		}
	}
}
