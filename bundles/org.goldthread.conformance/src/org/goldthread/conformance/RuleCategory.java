package org.goldthread.conformance;

/** The groups of the rule catalogue, in the order reports list them. */
public enum RuleCategory {
	SYNTAX("Syntax"),
	DOCUMENT("Documents"),
	INTEGRITY("Integrity"),
	DELIVERY("Delivery"),
	COVERAGE("Coverage"),
	THREADS("Golden threads"),
	ASSESSMENT("Assessment"),
	PATHWAY("Pathway"),
	PLAN("Local plans"),
	EVOLUTION("Versions");

	private final String title;

	RuleCategory(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
