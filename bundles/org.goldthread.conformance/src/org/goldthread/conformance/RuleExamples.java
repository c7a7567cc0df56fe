package org.goldthread.conformance;

import java.util.EnumMap;
import java.util.Map;

/**
 * A failing and a fixed example for rules of the catalogue, each a small change to a conforming
 * example: the course {@value #COURSE}, or for the local-plan rules the plan {@value #PLAN}. The
 * fixed text is a piece of that file as it stands, the failing text what it becomes when the rule
 * fires, and the fix says in general how to mend it. A test (the command line's RuleExamplesTest)
 * makes each change and checks that the rule fires, and that it is quiet on the file as it is. Rules
 * without an example here cannot be shown as one change to one file: they are about frameworks
 * (versions, change records), settings files, the file's encoding or an internal failure, or need
 * the file changed in several places at once (a thread or format taken out of many sessions, every
 * action on a recommendation removed).
 */
public final class RuleExamples {

	/** The conforming example course the examples change (relative to the repository). */
	public static final String COURSE = "examples/northtown/northtown-pgcert.course";

	/** The conforming example plan the local-plan rules' examples change (relative to the repository). */
	public static final String PLAN = "examples/plans/northtown-inpatient-workforce.plan";

	/**
	 * One example: {@code fixed} (text of {@code file}, {@link #COURSE} or {@link #PLAN}), {@code failing}
	 * (what replaces it), and the rule's fix in general.
	 */
	public record Example(String file, String failing, String fixed, String fix) {
	}

	private static final Map<Rule, Example> EXAMPLES = new EnumMap<>(Rule.class);

	static {
		// ------------------------------------------------------------------ language and document
		put(Rule.SYNTAX_ERROR, "\tcredits sixty", "\tcredits 60", "Write the statement as docs/language.md shows it; the message names what was expected.");
		put(Rule.DUPLICATE_ID, "\tpractice inclusiveDelivery \"Days 4", "\tpractice equalityNetwork \"Days 4",
				"Give each element an id of its own within the document (rename one of the two).");
		put(Rule.EMPTY_TEXT, "about \"\"",
				"about \"Implementing, evaluating and sustaining service transformation, and designing the workforce to deliver it.\"",
				"Write the text out, or remove the clause (a justified gap needs its reason).");
		put(Rule.MISSING_FRAMEWORK, "", "\timplements cypmh.leadership version \"2024\"\n",
				"Say which framework the course implements: `implements <framework id> version \"<version>\"` after its title.");
		put(Rule.UNKNOWN_FRAMEWORK, "implements cypmh.leadrship version", "implements cypmh.leadership version",
				"Name an available framework (the message lists them), or pass the framework's file with `--framework`.");
		put(Rule.DUPLICATE_BLOCK, "delivery {\n\tpractice studyTime \"Study days are protected time agreed with each participant's employer; "
				+ "the Youth Voice Collective and the staff networks review their guidance.\" weaves participation, edi\n}\n\n// Study days",
				"// Study days", "Declare the delivery block once, with all of the course's delivery practices in it.");
		put(Rule.LIMIT, "\tlevel 70\n", "\tlevel 7\n",
				"Keep numbers within Goldthread's limits (docs/security.md lists them); a number out of range is usually a typing slip.");
		put(Rule.UNKNOWN_REFERENCE, "weaves systemic, evidence, workfroce", "weaves systemic, evidence, workforce",
				"Use an id the framework (or the course) defines; `goldthread docs` lists the framework's ids.");
		put(Rule.WRONG_KIND_REFERENCE, "\tassesses reflective\n\treaches", "\tassesses theories\n\treaches",
				"Name an element of the kind the clause takes: `covers` and `reaches` take objectives, `weaves` threads, `assesses` key learning outcomes.");
		put(Rule.FRAMEWORK_VERSION_MISMATCH, "cypmh.leadership version \"2023\"", "cypmh.leadership version \"2024\"",
				"Implement the version of the framework that is available, or add the file of the version the course was designed for.");
		// ------------------------------------------------------------------ integrity
		put(Rule.DUPLICATE_COVERAGE, "covers interpersonal.culture masters, interpersonal.culture develops\n", "covers interpersonal.culture masters\n",
				"Claim each objective once in a session, with the strength the session teaches it at.");
		put(Rule.DUPLICATE_DAY, "\tday 11 \"Sustaining change and leading into the future\"", "\tday 12 \"Sustaining change and leading into the future\"",
				"Number each teaching day once.");
		put(Rule.DAY_NUMBERING_GAP, "\tday 13 \"Sustaining change and leading into the future\"", "\tday 12 \"Sustaining change and leading into the future\"",
				"Number the teaching days and the study days 1, 2, 3, … without gaps, or add the missing days.");
		put(Rule.HOURS_MISMATCH, "\"Project showcase with the Youth Voice Collective\" small-group 2.5h",
				"\"Project showcase with the Youth Voice Collective\" small-group 1.5h", "Make the sessions' hours add up to the day's.");
		put(Rule.CREDITS_MISMATCH, "\tcredits 50\n", "\tcredits 60\n", "Make the modules' credits add up to the course's.");
		put(Rule.WEIGHTS_MISMATCH, "words 2500 weight 25%", "words 2500 weight 20%", "Make the summative assessments' weights add up to 100%.");
		put(Rule.TO_BE_CONFIRMED, "on tbc 6h {", "on \"2026-06-04\" 6h {", "Settle what is marked `tbc` before the course is submitted.");
		put(Rule.DATE_INVALID, "day 1 \"The CYP MH landscape and the leadership role\" on \"2025-09-31\"",
				"day 1 \"The CYP MH landscape and the leadership role\" on \"2025-10-02\"",
				"Correct the date (`on \"YYYY-MM-DD\"`), or write `on tbc` while it is not known.");
		// ------------------------------------------------------------------ delivery
		put(Rule.TEACHING_DAYS, "weaves participation, edi\n\t}\n\tday 13 \"Graduation and next steps\" on \"2026-07-02\" {\n"
				+ "\t\tsession \"Celebrating the year with families and sponsors\" seminar 2h\n\t}\n}\n\n// Study days",
				"weaves participation, edi\n\t}\n}\n\n// Study days",
				"Deliver the course across the framework's number of teaching days; a day that does not count is written `induction day`, `orientation day` or `celebration day`.");
		put(Rule.STUDY_DAYS, "", "study day 3 \"Summer: project write-up, with tutor drop-in\"",
				"Add the study days the framework requires (`study day <n> \"…\"`).");
		// ------------------------------------------------------------------ coverage
		put(Rule.OBJECTIVE_NOT_COVERED, "covers landscape.populationNeeds develops\n\t\t\tweaves workforce, systemic",
				"covers landscape.workforcePlanning develops\n\t\t\tweaves workforce, systemic",
				"Add `covers <objective>` to the session that teaches it, or declare `gap <objective> because \"…\"`.");
		put(Rule.THEME_PARTLY_COVERED, "covers evaluation.feedback develops, evaluation.serviceEvaluation develops",
				"covers evaluation.feedback develops, evaluation.complaints develops, evaluation.serviceEvaluation develops",
				"Cover the theme's remaining objectives, or justify each one left out with `gap <objective> because \"…\"`.");
		put(Rule.JUSTIFIED_GAP, "study day 3 \"Summer: project write-up, with tutor drop-in\"\n\n"
				+ "gap mbti because \"The programme uses Strengthscope and 360-degree appraisal for self-assessment instead.\"\n",
				"study day 3 \"Summer: project write-up, with tutor drop-in\"\n",
				"None needed if the reason stands: a reviewer reads each justified gap and judges it.");
		put(Rule.ONLY_PARTLY_COVERED, "covers landscape.workforcePlanning partly", "covers landscape.workforcePlanning develops",
				"Cover the objective fully in some session (drop `partly` where a session teaches all of it), or justify the rest as a gap.");
		put(Rule.PARENT_OBJECTIVE_CLAIMED, "covers inclusion.concepts develops,",
				"covers inclusion.concepts.equity develops, inclusion.concepts.intersectionality develops,",
				"Name the sub-objectives the session covers instead of their parent objective.");
		put(Rule.GAP_FOR_COVERED, "study day 3 \"Summer: project write-up, with tutor drop-in\"\n\n"
				+ "gap landscape.policyTimeline because \"Participants study the history of CYP MH policy in the university's induction module.\"\n",
				"study day 3 \"Summer: project write-up, with tutor drop-in\"\n",
				"Remove the gap, or the coverage claims that contradict it.");
		// ------------------------------------------------------------------ golden threads
		put(Rule.THREAD_MODULE, "}\n\nmodule designingTheWorkforce \"Workforce Design\" {\n\tday 10 \"Workforce design and planning\"",
				"\tday 10 \"Workforce design and planning\"",
				"Weave each golden thread into a session of every module (`weaves <thread>`).");
		put(Rule.THREAD_IN_DELIVERY, "presentations.\"\n\tpractice programmeBoard \"An expert-by-experience co-lead attends the termly programme board "
				+ "and reviews every session plan with the module leads; the board's decisions are reported back to participants as 'you said, we did'.\" weaves edi",
				"presentations.\" weaves participation\n\tpractice programmeBoard \"An expert-by-experience co-lead attends the termly programme board "
						+ "and reviews every session plan with the module leads; the board's decisions are reported back to participants as 'you said, we did'.\" weaves participation, edi",
				"Describe how the thread shows in the way the course is delivered: `delivery { practice \"…\" weaves <thread> }`.");
		put(Rule.THREAD_ACROSS_THEMES, "covers meaningfulParticipation.culture develops, workforceDesign.engagement develops\n\t\t\tweaves participation, wellbeing",
				"covers meaningfulParticipation.culture develops, workforceDesign.engagement develops\n\t\t\tweaves participation, workforce, wellbeing",
				"Weave the thread into some session that covers an objective of each theme (`weaves workforce`).");
		// ------------------------------------------------------------------ assessment
		put(Rule.ASSESSMENT_MISSING, "\"Reflective leadership log\" form reflective-log", "\"Reflective leadership log\" fulfils reflexivity form reflective-log",
				"Add an assessment that fulfils each required assessment (`assessment <id> \"…\" fulfils <required assessment> form <form>`).");
		put(Rule.OUTCOME_NOT_ALIGNED, "assesses theories, change, involvement\n\taddresses project.rationale",
				"assesses theories, change, involvement, corePrinciples\n\taddresses project.rationale",
				"Add the outcome to the `assesses` of an assessment that fulfils the required assessment, if its criteria assess it.");
		put(Rule.FORM_NOT_ALLOWED, "fulfils project form exam words 5000", "fulfils project form written-report words 5000",
				"Give the assessment one of the forms the framework allows for it (the message lists them).");
		put(Rule.ELEMENT_NOT_ADDRESSED, "project.results, project.criticalReview", "project.results, project.sustainability, project.criticalReview",
				"Add `addresses <element>` to the assessment that covers it, or justify a gap.");
		put(Rule.ORAL_AND_WRITTEN, "\"Transformation project summary\" fulfils project form written-report words 2000",
				"\"Transformation project presentation\" fulfils project form presentation minutes 20",
				"Combine oral and written summative work, e.g. a presentation and a written report.");
		put(Rule.OUTCOME_NOT_ASSESSED, "assesses theories, change, involvement\n", "assesses theories, change, involvement, corePrinciples\n",
				"Add `assesses <outcome>` to the assessment that examines it.");
		// ------------------------------------------------------------------ pathway
		put(Rule.PATHWAY_NOT_NAMED, "\tcredits 60\n", "\tpathway pgcert\n\tcredits 60\n",
				"Name the pathway the course leads to (`pathway <id>`), so that it is checked against that pathway's requirements.");
		// ------------------------------------------------------------------ syntax cascade and threads examined
		put(Rule.INCOMPLETE_CHECK, "\t\tsesion \"Interpersonal styles", "\t\tsession \"Interpersonal styles",
				"Correct the syntax error listed first and check again: the withheld findings come back where they still apply.");
		put(Rule.THREAD_NOT_ASSESSED, "wellbeing, evidence, workforce\n}", "wellbeing, evidence, workforce, reflective\n}",
				"Add `weaves <thread>` to the summative assessment that examines each golden thread.");
		// ------------------------------------------------------------------ local plans
		putPlan(Rule.ACTION_INCOMPLETE, "recruitment.recruitmentMetrics\n\tdue \"2026-03\"", "recruitment.recruitmentMetrics\n\towner \"Ward Manager\"\n\tdue \"2026-03\"",
				"Name the action's owner (`owner \"…\"`) and when it is due (`due \"YYYY-MM\"`).");
		putPlan(Rule.ITEM_NOT_ADDRESSED, "addresses culture.parentsAndCarers", "addresses culture.blanketRules, culture.parentsAndCarers",
				"Add an action that addresses the item (`addresses <id>`), or declare why the plan leaves it out (`gap <id> because \"…\"`).");
		putPlan(Rule.DUE_DATE_INVALID, "due \"2025-13\"", "due \"2025-12\"", "Write due dates as real months (`YYYY-MM`) or days (`YYYY-MM-DD`).");
	}

	private RuleExamples() {
	}

	private static void put(Rule rule, String failing, String fixed, String fix) {
		EXAMPLES.put(rule, new Example(COURSE, failing, fixed, fix));
	}

	private static void putPlan(Rule rule, String failing, String fixed, String fix) {
		EXAMPLES.put(rule, new Example(PLAN, failing, fixed, fix));
	}

	/** The example for this rule, or null when the catalogue has none yet. */
	public static Example of(Rule rule) {
		return EXAMPLES.get(rule);
	}

	/** Every rule's example, in catalogue order. */
	public static Map<Rule, Example> all() {
		return java.util.Collections.unmodifiableMap(EXAMPLES);
	}
}
