package org.goldthread.conformance;

import java.util.EnumMap;
import java.util.Map;

/**
 * A failing and a fixed example for rules of the catalogue, each a small change to the conforming
 * example course {@value #COURSE}: the fixed text is a piece of that course as it stands, the failing
 * text what it becomes when the rule fires, and the fix says in general how to mend it. A test (the
 * command line's RuleExamplesTest) makes each change to the course and checks that the rule fires,
 * and that it is quiet on the course as it is. Rules without an example here have none yet.
 */
public final class RuleExamples {

	/** The conforming example course the examples change (relative to the repository). */
	public static final String COURSE = "examples/northtown/northtown-pgcert.course";

	/**
	 * One example: {@code fixed} (text of {@link #COURSE}), {@code failing} (what replaces it), and
	 * the rule's fix in general.
	 */
	public record Example(String failing, String fixed, String fix) {
	}

	private static final Map<Rule, Example> EXAMPLES = new EnumMap<>(Rule.class);

	static {
		put(Rule.SYNTAX_ERROR, "\tcredits sixty", "\tcredits 60", "Write the statement as docs/language.md shows it; the message names what was expected.");
		put(Rule.UNKNOWN_REFERENCE, "weaves systemic, evidence, workfroce", "weaves systemic, evidence, workforce",
				"Use an id the framework (or the course) defines; `goldthread docs` lists the framework's ids.");
		put(Rule.DUPLICATE_DAY, "\tday 11 \"Sustaining change and leading into the future\"", "\tday 12 \"Sustaining change and leading into the future\"",
				"Number each teaching day once.");
		put(Rule.HOURS_MISMATCH, "\"Project showcase with the Youth Voice Collective\" small-group 2.5h",
				"\"Project showcase with the Youth Voice Collective\" small-group 1.5h", "Make the sessions' hours add up to the day's.");
		put(Rule.CREDITS_MISMATCH, "\tcredits 50\n", "\tcredits 60\n", "Make the modules' credits add up to the course's.");
		put(Rule.WEIGHTS_MISMATCH, "words 2500 weight 25%", "words 2500 weight 20%", "Make the summative assessments' weights add up to 100%.");
		put(Rule.TO_BE_CONFIRMED, "on tbc 6h {", "on \"2026-06-04\" 6h {", "Settle what is marked `tbc` before the course is submitted.");
		put(Rule.STUDY_DAYS, "", "study day 3 \"Summer: project write-up, with tutor drop-in\"",
				"Add the study days the framework requires (`study day <n> \"…\"`).");
		put(Rule.OBJECTIVE_NOT_COVERED, "covers landscape.populationNeeds develops\n\t\t\tweaves workforce, systemic",
				"covers landscape.workforcePlanning develops\n\t\t\tweaves workforce, systemic",
				"Add `covers <objective>` to the session that teaches it, or declare `gap <objective> because \"…\"`.");
		put(Rule.ONLY_PARTLY_COVERED, "covers landscape.workforcePlanning partly", "covers landscape.workforcePlanning develops",
				"Cover the objective fully in some session (drop `partly` where a session teaches all of it), or justify the rest as a gap.");
		put(Rule.OUTCOME_NOT_ASSESSED, "assesses theories, change, involvement\n", "assesses theories, change, involvement, corePrinciples\n",
				"Add `assesses <outcome>` to the assessment that examines it.");
		put(Rule.ELEMENT_NOT_ADDRESSED, "project.results, project.criticalReview", "project.results, project.sustainability, project.criticalReview",
				"Add `addresses <element>` to the assessment that covers it, or justify a gap.");
		put(Rule.PATHWAY_NOT_NAMED, "\tcredits 60\n", "\tpathway pgcert\n\tcredits 60\n",
				"Name the pathway the course leads to (`pathway <id>`), so that it is checked against that pathway's requirements.");
	}

	private RuleExamples() {
	}

	private static void put(Rule rule, String failing, String fixed, String fix) {
		EXAMPLES.put(rule, new Example(failing, fixed, fix));
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
