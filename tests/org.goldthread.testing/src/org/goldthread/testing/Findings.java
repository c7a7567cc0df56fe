package org.goldthread.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.goldthread.conformance.Rule;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;

/** Assertions on a check's findings, for the tests of every front end. */
public final class Findings {

	private Findings() {
	}

	/** The finding of {@code rule} at {@code line}; fails, listing the report's findings, when there is none. */
	public static Finding assertFinding(ConformanceReport report, Rule rule, int line) {
		return assertFinding(report, rule.id(), line);
	}

	/** As {@link #assertFinding(ConformanceReport, Rule, int)}, by rule id (e.g. the language's GT-SYN-001). */
	public static Finding assertFinding(ConformanceReport report, String ruleId, int line) {
		for (Finding f : report.getFindings()) {
			if (ruleId.equals(f.getRuleId()) && f.getLocation() != null && f.getLocation().getLine() == line) {
				return f;
			}
		}
		return fail("no " + ruleId + " at line " + line + " among the findings:\n" + describe(report.getFindings()));
	}

	/** Fails when the report has a finding of {@code rule}. */
	public static void assertNoFinding(ConformanceReport report, String ruleId) {
		List<Finding> found = report.getFindings().stream().filter(f -> ruleId.equals(f.getRuleId())).toList();
		if (!found.isEmpty()) {
			fail("unexpected " + ruleId + ":\n" + describe(found));
		}
	}

	/** One line per finding: line, rule id, severity, message. */
	public static String describe(List<Finding> findings) {
		return findings.stream()
				.map(f -> "  " + (f.getLocation() == null ? "?" : f.getLocation().getLine()) + " " + f.getRuleId() + " " + f.getSeverity() + " "
						+ f.getMessage())
				.collect(Collectors.joining("\n"));
	}
}
