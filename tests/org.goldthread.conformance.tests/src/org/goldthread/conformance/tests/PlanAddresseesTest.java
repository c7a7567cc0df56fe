package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #19 defect 7, against the shipped "The future of the mental health workforce" (seed 002): a
 * service provider's plan that drops every action for two recommendations the report addresses to
 * service providers used to conform, because other recommendations of the same areas were addressed.
 */
class PlanAddresseesTest {

	@TempDir
	Path dir;

	/** Acts on every recommendation addressed to service providers except mentoring and placements. */
	private static final String PLAN = """
			plan eastvale.workforce "Eastvale mental health workforce plan"
				organisation "Eastvale NHS Foundation Trust"
				for service-provider
				implements cmh.futureWorkforce version "2017"

			action psychology "Psychological formulation training for every practitioner"
				addresses competencies.psychologicalInterventions
				owner "Director of Psychological Services"
				due "2026-09"
			action community "Co-produce a community mental health offer with the ICB"
				addresses commissioning.longTermChange
				owner "Director of Strategy"
				due "2027-03"
			action supervision "Protected time for clinical supervision"
				addresses supervisionMentoring.clinicalSupervision
				owner "Chief Nurse"
				due "2026-06"
			action careers "Career pathways across professions, including inpatient care and peer roles"
				addresses careerPathways.changingRoles, careerPathways.inpatientCareerPathway, careerPathways.livedExperienceOpportunities
				owner "Director of People"
				due "2026-12"
			action schools "Careers talks in local schools and colleges"
				addresses attractingWorkforce.promoteCareersInSchools
				owner "Head of Recruitment"
				due "2026-04"
			action wellbeing "Staff wellbeing programme following the Boorman Report"
				addresses wellbeing.staffWellbeing
				owner "Director of People"
				due "2026-05"
			action training "Train the existing workforce in the new model of care"
				addresses training.existingWorkforce
				owner "Head of Education"
				due "2026-10"
			""";

	private ConformanceReport check(String plan) throws IOException {
		Path file = dir.resolve("eastvale.plan");
		Files.writeString(file, plan, StandardCharsets.UTF_8);
		return new GoldthreadChecker(Fixtures.injector()).check(List.of(file), List.of(), null).get(0).report();
	}

	private static List<String> findings(ConformanceReport report) {
		return report.getFindings().stream().map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getFrameworkElementId()).sorted().toList();
	}

	@Test
	void aServiceProvidersPlanIsAskedEachRecommendationAddressedToServiceProviders() throws IOException {
		// The areas are advised ("The report makes a series of recommendations for government, for the NHS, and for education and training providers."): warnings.
		assertEquals(List.of(Rule.ITEM_NOT_ADDRESSED.id() + " warning supervisionMentoring.mentoringTime",
				Rule.ITEM_NOT_ADDRESSED.id() + " warning training.placements"), findings(check(PLAN)));
	}

	@Test
	void recommendationsAddressedOnlyToNationalBodiesAreNotAskedOfIt() throws IOException {
		// clearCareerPathways ("Professional bodies, Department of Health and Health Education England
		// should join together …") and coreCompetencies are never mentioned, and not reported.
		assertEquals(List.of(), findings(check(PLAN
				.replace("addresses supervisionMentoring.clinicalSupervision", "addresses supervisionMentoring.clinicalSupervision, supervisionMentoring.mentoringTime")
				.replace("addresses training.existingWorkforce", "addresses training.existingWorkforce, training.placements"))));
	}

	@Test
	void withoutSayingWhomItIsForThePlanKeepsTheSectionLevelCheck() throws IOException {
		assertEquals(List.of(), findings(check(PLAN.replace("\tfor service-provider\n", ""))));
	}

	/**
	 * A key finding says what the report found, not what to do: acting on one does not address its area
	 * ("attractingPeople" is a finding of the area "Attracting the workforce").
	 */
	@Test
	void actingOnAKeyFindingDoesNotAddressItsArea() throws IOException {
		String plan = PLAN.replace("\tfor service-provider\n", "")
				.replace("addresses attractingWorkforce.promoteCareersInSchools", "addresses attractingWorkforce.attractingPeople");
		ConformanceReport report = check(plan);
		assertEquals(List.of(Rule.SECTION_NOT_ADDRESSED.id() + " warning attractingWorkforce"), findings(report));
		// the finding quotes the framework's words about the area, never nothing
		assertNotNull(report.getFindings().get(0).getPassage());
	}

	/** A gap declared for a recommendation that an action of the same plan addresses contradicts the plan (as in a course). */
	@Test
	void aGapForAnAddressedRecommendationIsReportedAsAContradiction() throws IOException {
		ConformanceReport report = check(PLAN + "\ngap supervisionMentoring.clinicalSupervision because \"The ICB commissions supervision.\"\n");
		assertEquals(List.of(Rule.GAP_FOR_COVERED.id() + " warning supervisionMentoring.clinicalSupervision",
				Rule.ITEM_NOT_ADDRESSED.id() + " warning supervisionMentoring.mentoringTime",
				Rule.ITEM_NOT_ADDRESSED.id() + " warning training.placements"), findings(report));
		String message = report.getFindings().stream().filter(f -> f.getRuleId().equals(Rule.GAP_FOR_COVERED.id())).findFirst().orElseThrow().getMessage();
		assertTrue(message.contains("1 action(s) of this plan address it (supervision)"), message);
		// a gap for a recommendation no action addresses stays a justified gap
		assertEquals(List.of(Rule.JUSTIFIED_GAP.id() + " info supervisionMentoring.mentoringTime",
				Rule.ITEM_NOT_ADDRESSED.id() + " warning training.placements"),
				findings(check(PLAN + "\ngap supervisionMentoring.mentoringTime because \"Mentoring is the deanery's.\"\n")));
	}
}
