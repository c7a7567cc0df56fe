package org.goldthread.lang.validation;

/**
 * Ids of the findings the language itself reports (syntax, linking, the documents' own rules).
 * They are rules of the one rule catalogue (org.goldthread.conformance's {@code Rule}), which
 * documents each of them; the conformance engine adds the curriculum rules.
 */
public final class GoldthreadIssueCodes {

	private GoldthreadIssueCodes() {
	}

	/** The text does not follow the grammar. */
	public static final String SYNTAX = "GT-SYN-001";
	/** The file is not UTF-8 text (another encoding, UTF-16, binary data). */
	public static final String ENCODING = "GT-SYN-002";
	/** Checking the file failed inside Goldthread: it is reported, never passed. */
	public static final String INTERNAL_ERROR = "GT-SYN-003";
	/** A number, nesting depth or size is outside the limits Goldthread checks within. */
	public static final String LIMIT = "GT-DOC-007";
	/** A course or plan is checked against a local file that differs from the shipped framework of the same id and version. */
	public static final String FRAMEWORK_SHADOWED = "GT-DOC-008";
	/** Two elements of one document have the same qualified id. */
	public static final String DUPLICATE_ID = "GT-DOC-001";
	/** A title, text, aim or reason is empty. */
	public static final String EMPTY_TEXT = "GT-DOC-002";
	/** A course or plan does not say which framework it implements. */
	public static final String MISSING_FRAMEWORK = "GT-DOC-003";
	/** A course or plan implements a framework that is not available. */
	public static final String UNKNOWN_FRAMEWORK = "GT-DOC-004";
	/** An element is declared twice where one is expected (e.g. two delivery blocks). */
	public static final String DUPLICATE_BLOCK = "GT-DOC-005";
	/** A reference names no element of the implemented framework. */
	public static final String UNKNOWN_REFERENCE = "GT-INT-001";
	/** A reference names an element of the wrong kind (a thread where an objective is expected). */
	public static final String WRONG_KIND_REFERENCE = "GT-INT-002";
	/** A course implements another version of the framework than the one available. */
	public static final String FRAMEWORK_VERSION_MISMATCH = "GT-INT-003";

	/** An element of the version a framework replaces is neither kept, changed nor retired. */
	public static final String CHANGE_UNACCOUNTED = "GT-EVO-001";

	/** A change record names an id the replaced version does not have. */
	public static final String CHANGE_UNKNOWN_SOURCE = "GT-EVO-002";

	/** The version a framework says it replaces is not available. */
	public static final String REPLACED_VERSION_MISSING = "GT-EVO-003";
}
