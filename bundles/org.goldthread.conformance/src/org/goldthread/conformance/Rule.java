package org.goldthread.conformance;

import static org.goldthread.conformance.RuleCategory.*;
import static org.goldthread.model.findings.Severity.*;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.findings.Severity;

/**
 * The rule catalogue: every finding Goldthread reports comes from one of these rules. Markers,
 * reports, docs/rules.md (generated from this enum) and the tests (named after the ids) all key on
 * the id. The passages quote the CYP MH Leadership curriculum; the checks themselves read their
 * numbers (days, formats, threads, outcomes, assessments) from the framework a course implements.
 */
public enum Rule {

	// ------------------------------------------------------------------ language (reported by Xtext)
	SYNTAX_ERROR(GoldthreadIssueCodes.SYNTAX, SYNTAX, ERROR, Origin.LANGUAGE,
			"Text follows the Goldthread grammar",
			"A file that does not parse cannot be checked; everything after the error may be misread.", null),
	ENCODING(GoldthreadIssueCodes.ENCODING, SYNTAX, ERROR, Origin.LANGUAGE,
			"Files are UTF-8 text",
			"Text in another encoding would be misread character by character; a file that is not text cannot be checked at all.", null),
	INTERNAL_ERROR(GoldthreadIssueCodes.INTERNAL_ERROR, SYNTAX, ERROR, Origin.LANGUAGE,
			"The file could be checked to the end",
			"A file whose check failed inside Goldthread has not been shown to conform; it is reported as an error, never passed.", null),
	DUPLICATE_ID(GoldthreadIssueCodes.DUPLICATE_ID, DOCUMENT, ERROR, Origin.LANGUAGE,
			"Ids are unique within a document",
			"Courses and reports refer to elements by id; two elements with one id make every reference ambiguous.", null),
	EMPTY_TEXT(GoldthreadIssueCodes.EMPTY_TEXT, DOCUMENT, ERROR, Origin.LANGUAGE,
			"Titles, texts, aims and reasons are not empty",
			"An empty text says nothing to a reader or a reviewer; a justified gap without its reason is not justified.", null),
	MISSING_FRAMEWORK(GoldthreadIssueCodes.MISSING_FRAMEWORK, DOCUMENT, ERROR, Origin.LANGUAGE,
			"A course or plan says which framework it implements",
			"Conformance can only be checked against a named framework and version.", null),
	UNKNOWN_FRAMEWORK(GoldthreadIssueCodes.UNKNOWN_FRAMEWORK, DOCUMENT, ERROR, Origin.LANGUAGE,
			"The implemented framework is available",
			"The framework's file must be among the checked files, the shipped frameworks, or given with --framework.", null),
	DUPLICATE_BLOCK(GoldthreadIssueCodes.DUPLICATE_BLOCK, DOCUMENT, ERROR, Origin.LANGUAGE,
			"Single blocks and clauses are declared once",
			"A second delivery block, or a header or action clause that holds one value (`credits`, `implements`, `owner`, `due` …) given twice, would silently replace the first.", null),
	INVALID_SETTINGS("GT-DOC-006", DOCUMENT, ERROR, Origin.ENGINE,
			"The settings file next to the course is valid",
			"A mistyped severity or threshold in goldthread.properties would silently check the course under other rules than intended.", null),
	LIMIT(GoldthreadIssueCodes.LIMIT, DOCUMENT, ERROR, Origin.LANGUAGE,
			"Numbers, nesting and sizes are within Goldthread's limits",
			"A day numbered in the millions or objectives nested thousands deep is a typing slip, and checking it would exhaust memory (docs/security.md lists the limits).", null),
	FRAMEWORK_SHADOWED(GoldthreadIssueCodes.FRAMEWORK_SHADOWED, DOCUMENT, WARNING, Origin.LANGUAGE,
			"The implemented framework is the published one",
			"A local file that declares the id and version of a shipped framework but says something else would silently replace it; "
					+ "it is a warning, an error under the accreditation profile, and information when given with --framework.", null),
	UNKNOWN_REFERENCE(GoldthreadIssueCodes.UNKNOWN_REFERENCE, INTEGRITY, ERROR, Origin.LANGUAGE,
			"References name existing framework elements",
			"A coverage claim for an id the framework does not have covers nothing.", null),
	WRONG_KIND_REFERENCE(GoldthreadIssueCodes.WRONG_KIND_REFERENCE, INTEGRITY, ERROR, Origin.LANGUAGE,
			"References name elements of the right kind",
			"A session covers learning objectives and weaves golden threads; naming a thread where an objective is expected is a mistake.", null),
	FRAMEWORK_VERSION_MISMATCH(GoldthreadIssueCodes.FRAMEWORK_VERSION_MISMATCH, INTEGRITY, ERROR, Origin.LANGUAGE,
			"The course implements the available version of the framework",
			"Checking a course against another version than the one it was designed for gives misleading results.", null),

	// ------------------------------------------------------------------ integrity (engine)
	DUPLICATE_COVERAGE("GT-INT-004", INTEGRITY, WARNING, Origin.ENGINE,
			"A session claims an objective once",
			"Claiming the same objective twice in one session inflates the coverage the reports show.", null),
	DUPLICATE_DAY("GT-INT-005", INTEGRITY, ERROR, Origin.ENGINE,
			"Teaching and study days are numbered once each",
			"Two days with one number make the timetable ambiguous and the day counts wrong.", null),
	DAY_NUMBERING_GAP("GT-INT-006", INTEGRITY, WARNING, Origin.ENGINE,
			"Teaching and study days are numbered without gaps",
			"A missing day number usually means a day was left out of the course file.", null),
	HOURS_MISMATCH("GT-INT-007", INTEGRITY, WARNING, Origin.ENGINE,
			"Session hours add up to the day's hours",
			"When a day states its contact hours, its sessions should account for them.", null),
	CREDITS_MISMATCH("GT-INT-008", INTEGRITY, WARNING, Origin.ENGINE,
			"Module credits add up to the course's credits",
			"A course's credit total is what the HEI's regulations validate.", null),
	WEIGHTS_MISMATCH("GT-INT-009", INTEGRITY, WARNING, Origin.ENGINE,
			"Assessment weights add up to 100%",
			"The weights of the summative assessments make up the final mark.", null),
	TO_BE_CONFIRMED("GT-INT-010", INTEGRITY, INFO, Origin.ENGINE,
			"Items to be confirmed are reported once",
			"A course in preparation may mark an assessment's form, a date, hours or a session's objectives `tbc`: they are listed in one finding per course, never reported as missing; the accreditation profile makes it an error, since a course submitted for accreditation must be complete.", null),
	DATE_INVALID("GT-INT-011", INTEGRITY, ERROR, Origin.ENGINE,
			"Dates name days that exist",
			"A teaching or study day's date written `YYYY-MM-DD` names a day of the calendar; `2026-02-30` or `2026-13-01` would be read differently by every reader (a date not known yet is `on tbc`).", null),

	// ------------------------------------------------------------------ delivery
	TEACHING_DAYS("GT-DEL-001", DELIVERY, ERROR, Origin.ENGINE,
			"The course has the required number of teaching days",
			"The curriculum fixes the number of teaching days.",
			"The course will be delivered across 12 teaching days."),
	STUDY_DAYS("GT-DEL-002", DELIVERY, ERROR, Origin.ENGINE,
			"The course gives at least the required study days",
			"Study days let participants learn and meet the course requirements.",
			"In addition to these, all students should be given an extra 3 study days across the year to facilitate their learning and ability to meet the course requirements."),
	TEACHING_FORMAT("GT-DEL-003", DELIVERY, ERROR, Origin.ENGINE,
			"Every required teaching format is used",
			"The curriculum asks for both large-group academic teaching and smaller reflective groups.",
			"Courses should include a mix of lectures and academic teaching, including teaching about the theory and skills that support the learning objectives. They should also include smaller group sessions that support participants in making sense of the large group sessions, linking them to their own work context, facilitating reflective practice and supporting their personal leadership development."),
	FORMAT_SPREAD("GT-DEL-004", DELIVERY, WARNING, Origin.ENGINE,
			"Required teaching formats run across the year",
			"Small groups support participants with their transformation project during the year, so they cannot all sit in one half of it.",
			"These groups will also support students with their chosen service transformation project, which they engage in during the year."),

	// ------------------------------------------------------------------ coverage
	OBJECTIVE_NOT_COVERED("GT-COV-001", COVERAGE, ERROR, Origin.ENGINE,
			"Every learning objective is covered by a session",
			"The themes' learning objectives are what every CYP MH leadership programme must teach; nested objectives count individually.",
			"The table below provides information about the themes, aims and learning objectives that should be covered in the curriculum of all CYP MH leadership programmes."),
	THEME_PARTLY_COVERED("GT-COV-002", COVERAGE, WARNING, Origin.ENGINE,
			"Every theme is fully covered",
			"A theme's coverage percentage tells a panel at a glance where a course falls short.",
			"The table below provides information about the themes, aims and learning objectives that should be covered in the curriculum of all CYP MH leadership programmes."),
	JUSTIFIED_GAP("GT-COV-003", COVERAGE, INFO, Origin.ENGINE,
			"Justified gaps are reported",
			"A reasoned decision not to cover an element is legitimate, but a reviewer must see it: it is never a silent pass.",
			"However, there will be some variation in this content according to the differing needs in the CYP MH services served by HEIs across the country."),
	ONLY_PARTLY_COVERED("GT-COV-004", COVERAGE, WARNING, Origin.ENGINE,
			"Objectives are not only partly covered",
			"An objective that every session covers only in part may not be met as a whole.",
			"By the end of the course, participants will: …"),
	PARENT_OBJECTIVE_CLAIMED("GT-COV-005", COVERAGE, WARNING, Origin.ENGINE,
			"Nested objectives are covered individually",
			"An objective such as 'understand the following concepts:' is met through its sub-objectives; claiming the parent does not cover them.",
			"understand the following concepts: · equity and diversity, and the legal and ethical considerations associated with them · intersectionality"),
	GAP_FOR_COVERED("GT-COV-006", COVERAGE, WARNING, Origin.ENGINE,
			"Justified gaps are not declared for covered elements",
			"A gap for an element the course covers, or the plan addresses, contradicts its own claims.", null),

	// ------------------------------------------------------------------ golden threads
	THREAD_ABSENT("GT-THR-001", THREADS, ERROR, Origin.ENGINE,
			"Every golden thread is woven into the course",
			"The golden threads are to be woven through the course as a whole.",
			"However, there are some ‘golden threads’ that should be woven through the course as a whole"),
	THREAD_SPREAD("GT-THR-002", THREADS, WARNING, Origin.ENGINE,
			"Golden threads are spread across the teaching days",
			"'Throughout the programme' means across the year, not in one or two sessions: on at least a third of the teaching days (profile setting threads.minDayShare), and not all of them in one half of the course.",
			"Ensure that … [is] consciously considered throughout the programme"),
	THREAD_MODULE("GT-THR-003", THREADS, WARNING, Origin.ENGINE,
			"Golden threads run through every module",
			"The curriculum asks for the threads to be woven through the course as a whole but says nothing of modules: a thread missing from a whole module is a hint, never more than a warning (profile setting threads.everyModule).",
			"there are some ‘golden threads’ that should be woven through the course as a whole"),
	THREAD_IN_DELIVERY("GT-THR-004", THREADS, ERROR, Origin.ENGINE,
			"Threads expected in delivery are evidenced in how the course is delivered",
			"Participation, co-production and EDI are expected in the way the programme is delivered, not only in what it teaches (e.g. lived-experience involvement in delivery).",
			"Ensure that participation and co-production are embedded throughout the programme: · in the way in which the programme is delivered"),
	THREAD_ACROSS_THEMES("GT-THR-005", THREADS, WARNING, Origin.ENGINE,
			"Cross-theme threads relate to every theme",
			"Workforce planning is to be related to every theme: some session covering the theme's objectives must weave it.",
			"Ensure that the programme is mindful of ways in which all the themes relate to workforce planning"),

	// ------------------------------------------------------------------ assessment
	ASSESSMENT_MISSING("GT-ASM-001", ASSESSMENT, ERROR, Origin.ENGINE,
			"Every required assessment is present",
			"All courses must include the transformation project assessment and the leadership skills and reflexivity assessment.",
			"However, all courses should ensure that they include the following: 1. Transformation project implementation and outcomes … 2. Leadership skills and reflexivity"),
	FORM_NOT_ALLOWED("GT-ASM-002", ASSESSMENT, ERROR, Origin.ENGINE,
			"Required assessments use an allowed form",
			"Where a framework names the forms an assessment must take, another form is an error; where it names them as examples ('For example, this may include:'), another form is legitimate and the course only says how it assesses the same thing.",
			"All students should also be assessed in relation to leadership skills and reflexivity in their leadership role. For example, this may include: an in vivo format of assessment …; a reflective log that may take the style of a traditional written paper, a blog or a dummy website accompanying a podcast"),
	ELEMENT_NOT_ADDRESSED("GT-ASM-003", ASSESSMENT, ERROR, Origin.ENGINE,
			"The listed elements of a required assessment are addressed",
			"The transformation project assessment is expected to include a combination of its listed elements; each one left out is reported (the elements are advised unless the framework marks them required).",
			"This will include a combination of the following:"),
	ORAL_AND_WRITTEN("GT-ASM-004", ASSESSMENT, ERROR, Origin.ENGINE,
			"Assessment combines oral and written work",
			"Checked only where the framework asks for a combination of oral and written assessment (`mix oral and written`).",
			"The course key learning objectives should be assessed using a combination of oral and written assignments, such as presentations, written essays and reflective diaries."),
	OUTCOME_NOT_ASSESSED("GT-ASM-005", ASSESSMENT, ERROR, Origin.ENGINE,
			"Every key learning outcome is assessed",
			"Assessments should examine all intended learning outcomes.",
			"Assessments should examine students’ knowledge, understanding and application of all intended learning outcomes, with specific reference to the ‘golden threads’ of the curriculum, and should include the following:"),
	OBJECTIVE_NOT_ASSESSED("GT-ASM-006", ASSESSMENT, WARNING, Origin.ENGINE,
			"Every learning objective is reached by some assessment",
			"An objective is reached when an assessment names it ('reaches') or assesses a key learning outcome that sums up its theme.",
			"Assessments should examine students’ knowledge, understanding and application of all intended learning outcomes"),

	// ------------------------------------------------------------------ pathway
	ADVISED_ASSESSMENT_MISSING("GT-PTH-001", PATHWAY, ERROR, Origin.ENGINE,
			"Advised assessments are present on a pathway that advises them",
			"On the CPD pathway formal assessment is advisory, but each trainee is advised to undertake a transformation project, presented (non-assessed) before and after.",
			"If a CPD training pathway is available within the local HEI context, it is advisable for each trainee to actively undertake and engage in a transformation project."),
	PATHWAY_NOT_NAMED("GT-PTH-002", PATHWAY, WARNING, Origin.ENGINE,
			"The course names its pathway",
			"Assessment rules differ between pathways (postgraduate certificate or CPD).",
			"The programme is commonly delivered and accredited by higher education institutions (HEIs) across the country. However, it is also available in some areas as a continuing professional development (CPD) pathway."),

	// ------------------------------------------------------------------ local plans
	SECTION_NOT_ADDRESSED("GT-PLN-001", PLAN, ERROR, Origin.ENGINE,
			"Every recommendation or step is addressed by an action",
			"A local workforce plan implements its framework by acting on each of its required recommendations, themes or steps; sections the framework offers as guidance (background, cross-cutting themes, what makes a good strategy) are not checked.", null),
	ACTION_INCOMPLETE("GT-PLN-002", PLAN, WARNING, Origin.ENGINE,
			"Every action has an owner and a due date",
			"An action nobody owns, or that is never due, is not a plan.", null),
	ITEM_NOT_ADDRESSED("GT-PLN-003", PLAN, ERROR, Origin.ENGINE,
			"Every item addressed to the plan's kind of organisation is addressed by an action",
			"A plan that says whom it is for (`for service-provider`) is checked item by item against the recommendations and actions the framework addresses to that kind of organisation (`to service-provider`); items addressed only to others are not asked of it, and acting on other items of the same section does not stand in for them. Each finding carries the item's own words (shown by `--explain` and in every report).", null),
	DUE_DATE_INVALID("GT-PLN-004", PLAN, ERROR, Origin.ENGINE,
			"Due dates are real months or days",
			"A due date (of an action or a milestone) or start date is written `YYYY-MM` or `YYYY-MM-DD` and names a month or day that exists; `2027-13` or `Q4 2026/27` would be read differently by every reader and cannot be tracked.", null),
	INCOMPLETE_CHECK("GT-SYN-004", SYNTAX, ERROR, Origin.ENGINE,
			"Findings that follow from a syntax error are withheld",
			"After a syntax error the rest of the text is unread or misread, so findings such as a theme 'not taught' or too few teaching days would be false; "
					+ "the syntax errors are listed first, the engine's findings about what follows them are withheld, and this one error says how many of which rules were withheld (the file never conforms while it does not parse).", null),
	THREAD_NOT_ASSESSED("GT-ASM-007", ASSESSMENT, ERROR, Origin.ENGINE,
			"Assessments examine the golden threads",
			"Where a framework expects the threads to be examined in assessment (`expect assessment \"…\"`), some summative assessment names each thread it examines (`weaves`); "
					+ "the curriculum asks this as a qualifier of how outcomes are assessed, so it is advised: a warning. When no assessment weaves any thread, one finding lists them.",
			"Assessments should examine students’ knowledge, understanding and application of all intended learning outcomes, with specific reference to the ‘golden threads’ of the curriculum"),
	OUTCOME_NOT_ALIGNED("GT-ASM-008", ASSESSMENT, ERROR, Origin.ENGINE,
			"Assessments assess the outcomes their required assessment aligns with",
			"Where the framework says a required assessment's criteria align with key learning outcomes (`aligns …`), some summative assessment of the course that fulfils it assesses each of them (`assesses`): the curriculum asks the transformation project's assessment criteria to align with the core principles of CYP MH delivery.",
			"Both the transformation project and the assessment criteria for this assignment should align with the intended learning outcomes of the programme and the core principles of CYP MH delivery."),

	// ------------------------------------------------------------------ versions (change records)
	CHANGE_UNACCOUNTED(GoldthreadIssueCodes.CHANGE_UNACCOUNTED, EVOLUTION, ERROR, Origin.LANGUAGE,
			"Every element of the replaced version is accounted for",
			"A framework version that says `replaces <id> version \"…\"` is the map every course is migrated by: each element of the old version must be kept (same id), "
					+ "changed (`was renamed/moved/split/merged from` it) or `retired`, or courses that cover it are left with a reference nobody can resolve.", null),
	CHANGE_UNKNOWN_SOURCE(GoldthreadIssueCodes.CHANGE_UNKNOWN_SOURCE, EVOLUTION, ERROR, Origin.LANGUAGE,
			"Change records name elements of the replaced version",
			"`was renamed from x` or `retired x` for an id the replaced version does not have is a typing slip, and would migrate courses to the wrong element.", null),
	REPLACED_VERSION_MISSING(GoldthreadIssueCodes.REPLACED_VERSION_MISSING, EVOLUTION, WARNING, Origin.LANGUAGE,
			"The replaced version is available",
			"Change records can only be verified against the version they replace: check it with that version's file among the checked files, the shipped frameworks, or given with --framework.", null);

	/**
	 * What a rule's severity rests on. Only {@link #DOCUMENT} rules and findings about an element the
	 * framework marks required can be errors; see {@link FindingCollector}.
	 */
	public enum Basis {
		/** The document itself (syntax, ids, references, settings): the severity is the rule's. */
		DOCUMENT("the document itself", "error"),
		/**
		 * A requirement the framework states: error where the element is required, warning where it is
		 * advised, information at most where it is an example or guidance.
		 */
		REQUIREMENT("the element's modality", "error where required, warning where advised, info at most where an example or guidance"),
		/**
		 * How well a stated requirement is met (spread, partial coverage): the threshold is Goldthread's
		 * reading, so a warning where required (an error under the accreditation profile) and
		 * information where advised.
		 */
		READING("the element's modality; the threshold is Goldthread's reading",
				"warning where required (error under the accreditation profile), info where advised or an example"),
		/** A check of Goldthread's own with no sentence of the framework behind it: never more than a warning. */
		HEURISTIC("no sentence of the framework (a check of Goldthread's own)", "warning at most, under every profile");

		private final String label;
		private final String severities;

		Basis(String label, String severities) {
			this.label = label;
			this.severities = severities;
		}

		/** What the severity rests on, for the catalogue. */
		public String label() {
			return label;
		}

		/** The severities the rule can have, for the catalogue. */
		public String severities() {
			return severities;
		}
	}

	/** Where a rule is implemented. */
	public enum Origin {
		/** Reported by the language's own validation (syntax, linking, document rules). */
		LANGUAGE,
		/** Reported by the conformance engine. */
		ENGINE
	}

	private static final Map<String, Rule> BY_ID = Arrays.stream(values()).collect(Collectors.toMap(Rule::id, Function.identity()));

	private final String id;
	private final RuleCategory category;
	private final Severity defaultSeverity;
	private final Origin origin;
	private final String title;
	private final String rationale;
	private final String passage;

	Rule(String id, RuleCategory category, Severity defaultSeverity, Origin origin, String title, String rationale, String passage) {
		this.id = id;
		this.category = category;
		this.defaultSeverity = defaultSeverity;
		this.origin = origin;
		this.title = title;
		this.rationale = rationale;
		this.passage = passage;
	}

	/**
	 * The rules as the catalogue lists them: grouped by category, in the categories' order, each group in
	 * the order of its rules here (a rule added later to a category joins its group).
	 */
	public static java.util.List<Rule> inCatalogueOrder() {
		return Arrays.stream(values()).sorted(java.util.Comparator.comparing(Rule::category)).toList();
	}

	/** The rule with this id, or null. */
	public static Rule byId(String id) {
		return id == null ? null : BY_ID.get(id);
	}

	public String id() {
		return id;
	}

	public RuleCategory category() {
		return category;
	}

	/**
	 * The rule's severity for an element the framework requires (the severity a profile sets is
	 * this one): lower modalities step down from it (see {@link FindingCollector#severity}).
	 */
	public Severity requiredSeverity() {
		return defaultSeverity;
	}

	/**
	 * The severity the rule usually reports: for an element of its kind's default modality (the
	 * listed elements of an assessment are advised; a pathway only advises; the shipped curriculum
	 * advises that assessments refer to the golden threads), as SARIF and the
	 * settings page show it.
	 */
	public Severity defaultSeverity() {
		return this == ELEMENT_NOT_ADDRESSED || this == ADVISED_ASSESSMENT_MISSING || this == THREAD_NOT_ASSESSED ? Severity.WARNING : defaultSeverity;
	}

	public Origin origin() {
		return origin;
	}

	/** Whether the rule only ever reports on advice (the assessments a pathway advises), never on a requirement. */
	public boolean concernsAdviceOnly() {
		return this == ADVISED_ASSESSMENT_MISSING;
	}

	/**
	 * The severity as the catalogue states it: fixed for document rules, by the modality of the
	 * element checked for requirement and reading rules, bounded for heuristics.
	 */
	public String severities() {
		return switch (basis()) {
			case DOCUMENT -> this == TO_BE_CONFIRMED ? "info (error under the accreditation profile)" : defaultSeverity.getLiteral();
			case REQUIREMENT -> concernsAdviceOnly() ? "warning (the pathway advises it)" : basis().severities();
			case READING -> basis().severities();
			case HEURISTIC -> defaultSeverity == Severity.INFO ? "info" : "warning at most, under every profile";
		};
	}

	/** The severity in a few words, for the catalogue's table. */
	public String severitiesBrief() {
		return switch (basis()) {
			case DOCUMENT -> this == TO_BE_CONFIRMED ? "info (accreditation: error)" : defaultSeverity.getLiteral();
			case REQUIREMENT -> concernsAdviceOnly() ? "warning (advised)" : "error if required, warning if advised";
			case READING -> "warning if required";
			case HEURISTIC -> defaultSeverity == Severity.INFO ? "info" : "warning at most";
		};
	}

	/** The framework elements whose modality the rule enforces, in the catalogue's words; null for document rules and heuristics. */
	public String enforces() {
		return switch (this) {
			case TEACHING_DAYS -> "the framework's teaching days (`teaching days 12 required \"…\"`; required unless stated)";
			case STUDY_DAYS -> "the framework's study days (`study days 3 required \"…\"`; required unless stated)";
			case TEACHING_FORMAT, FORMAT_SPREAD -> "each teaching format (`format …`; required unless stated)";
			case OBJECTIVE_NOT_COVERED, ONLY_PARTLY_COVERED, PARENT_OBJECTIVE_CLAIMED, OBJECTIVE_NOT_ASSESSED ->
				"each learning objective (its theme's modality unless stated; objectives given as examples, e.g. in an appendix of ideas, are not checked)";
			case THEME_PARTLY_COVERED -> "each theme (required unless stated; in an appendix, the appendix's modality)";
			case THREAD_ABSENT, THREAD_SPREAD, THREAD_ACROSS_THEMES -> "each golden thread (required unless stated)";
			case THREAD_IN_DELIVERY -> "each `expect delivery` expectation of a golden thread (the thread's modality unless stated)";
			case ASSESSMENT_MISSING -> "each assessment of the framework (`required`, or `advisory`: advised)";
			case FORM_NOT_ALLOWED -> "the forms of an assessment: required forms are a closed list (another form is an error); "
					+ "forms given as examples (`form … example \"For example\"`) leave the HEI free (another form is information, "
					+ "and nothing once the assessment's `about` says how it assesses what is required)";
			case ELEMENT_NOT_ADDRESSED -> "each listed element of an assessment (advised unless stated: 'a combination of the following')";
			case ORAL_AND_WRITTEN -> "`mix oral and written`, only where the framework states it";
			case OUTCOME_NOT_ASSESSED -> "each key learning outcome (required unless stated)";
			case ADVISED_ASSESSMENT_MISSING -> "the assessments a pathway `advises` (advised)";
			case SECTION_NOT_ADDRESSED -> "each recommendation, theme, step or area (required unless stated; sections marked "
					+ "`guidance` or `example`, such as a toolkit's cross-cutting themes, are not checked); for a plan that says whom it is for "
					+ "(`for …`), a section with items addressed to it is checked item by item instead (GT-PLN-003), and one addressed only to others is not asked";
			case THREAD_NOT_ASSESSED -> "each golden thread's `expect assessment` expectation (the expectation's modality; the shipped curriculum marks it advised)";
			case OUTCOME_NOT_ALIGNED -> "each key learning outcome a required assessment `aligns` with (required unless stated)";
			case ITEM_NOT_ADDRESSED -> "each item addressed to the plan's kind of organisation (`to …`; its section's modality unless stated; "
					+ "key findings are guidance and not checked)";
			default -> null;
		};
	}

	/** What the rule's severity rests on. */
	public Basis basis() {
		return switch (this) {
			case SYNTAX_ERROR, ENCODING, INTERNAL_ERROR, LIMIT, FRAMEWORK_SHADOWED, DUPLICATE_ID, EMPTY_TEXT, MISSING_FRAMEWORK, UNKNOWN_FRAMEWORK, DUPLICATE_BLOCK, INVALID_SETTINGS,
					UNKNOWN_REFERENCE, WRONG_KIND_REFERENCE, FRAMEWORK_VERSION_MISMATCH, DUPLICATE_DAY, TO_BE_CONFIRMED, DATE_INVALID, DUE_DATE_INVALID, INCOMPLETE_CHECK,
					CHANGE_UNACCOUNTED, CHANGE_UNKNOWN_SOURCE, REPLACED_VERSION_MISSING -> Basis.DOCUMENT;
			case TEACHING_DAYS, STUDY_DAYS, TEACHING_FORMAT, OBJECTIVE_NOT_COVERED, THREAD_ABSENT, THREAD_IN_DELIVERY, ASSESSMENT_MISSING,
					FORM_NOT_ALLOWED, ELEMENT_NOT_ADDRESSED, ORAL_AND_WRITTEN, OUTCOME_NOT_ASSESSED, ADVISED_ASSESSMENT_MISSING,
					SECTION_NOT_ADDRESSED, ITEM_NOT_ADDRESSED, THREAD_NOT_ASSESSED, OUTCOME_NOT_ALIGNED -> Basis.REQUIREMENT;
			case FORMAT_SPREAD, THEME_PARTLY_COVERED, ONLY_PARTLY_COVERED, PARENT_OBJECTIVE_CLAIMED, THREAD_SPREAD, THREAD_ACROSS_THEMES,
					OBJECTIVE_NOT_ASSESSED -> Basis.READING;
			case DUPLICATE_COVERAGE, DAY_NUMBERING_GAP, HOURS_MISMATCH, CREDITS_MISMATCH, WEIGHTS_MISMATCH, JUSTIFIED_GAP, GAP_FOR_COVERED,
					THREAD_MODULE, PATHWAY_NOT_NAMED, ACTION_INCOMPLETE -> Basis.HEURISTIC;
		};
	}

	public String title() {
		return title;
	}

	public String rationale() {
		return rationale;
	}

	/** The curriculum passage the rule enforces, quoted; null for rules about the documents themselves. */
	public String passage() {
		return passage;
	}
}
