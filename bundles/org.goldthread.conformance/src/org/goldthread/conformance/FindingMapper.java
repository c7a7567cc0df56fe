package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;

/**
 * The one mapping between Xtext's issues and Goldthread's findings, for every front end: the
 * language's issues become findings (Xtext's own syntax and linking codes mapped onto the rule
 * catalogue, with their fix hints), and findings become issues again where an Xtext service wants
 * issues (the language server's diagnostics, the Eclipse editor's annotations), with the rule id as
 * code and {@code [frameworkElementId or "", fixHint]} as data.
 */
public final class FindingMapper {

	/** The fix hint of a syntax error. */
	public static final String SYNTAX_HINT = "Correct the text at this position (see docs/language.md for the syntax).";

	private FindingMapper() {
	}

	/**
	 * The catalogue's rule id for an issue code (never null): a catalogue id as it is; Xtext's plain
	 * linking errors are GT-INT-001; syntax errors and other codes GT-SYN-001; an issue with no code
	 * that is not a syntax error is a validator that failed (Xtext turns its exception into an error
	 * without a code), GT-SYN-003.
	 */
	public static String ruleId(String code, boolean syntaxError) {
		if (code != null && Rule.byId(code) != null) {
			return code;
		}
		return Diagnostic.LINKING_DIAGNOSTIC.equals(code) ? GoldthreadIssueCodes.UNKNOWN_REFERENCE
				: syntaxError || code != null ? GoldthreadIssueCodes.SYNTAX : GoldthreadIssueCodes.INTERNAL_ERROR;
	}

	public static String ruleId(Issue issue) {
		return ruleId(issue.getCode(), issue.isSyntaxError());
	}

	/** The language's issue as a finding located in {@code location} (the file's path as findings name it). */
	public static Finding toFinding(Issue issue, String location) {
		String code = ruleId(issue);
		Finding f = finding(code, switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		}, location, issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getColumn() == null ? 1 : issue.getColumn(),
				issue.getMessage(), hint(code, issue));
		f.getLocation().setOffset(issue.getOffset() == null ? 0 : issue.getOffset());
		f.getLocation().setLength(issue.getLength() == null ? 0 : issue.getLength());
		if (issue.getData() != null && issue.getData().length > 0) {
			f.setFrameworkElementId(issue.getData()[0]);
		}
		return f;
	}

	private static String hint(String code, Issue issue) {
		return switch (code) {
			case GoldthreadIssueCodes.SYNTAX -> SYNTAX_HINT;
			case GoldthreadIssueCodes.UNKNOWN_REFERENCE -> issue.getData() != null && issue.getData().length > 0
					? "Replace it with '" + issue.getData()[0] + "'." : "Use an id of the implemented framework (content assist lists them).";
			case GoldthreadIssueCodes.WRONG_KIND_REFERENCE -> "Refer to an element of the kind this clause takes.";
			case GoldthreadIssueCodes.DUPLICATE_ID -> "Rename one of the two elements.";
			case GoldthreadIssueCodes.MISSING_FRAMEWORK -> "Add `implements <framework id> version \"<version>\"`.";
			case GoldthreadIssueCodes.UNKNOWN_FRAMEWORK -> "Check the id, or pass the framework's file with --framework.";
			case GoldthreadIssueCodes.FRAMEWORK_VERSION_MISMATCH -> "Implement the available version, or add the framework version you need.";
			default -> null;
		};
	}

	/** A finding of a rule at a line and column of a file. */
	public static Finding finding(String ruleId, Severity severity, String location, int line, int column, String message, String hint) {
		Finding f = FindingsFactory.eINSTANCE.createFinding();
		f.setRuleId(ruleId);
		f.setSeverity(severity);
		f.setMessage(message);
		f.setFixHint(hint);
		Rule rule = Rule.byId(ruleId);
		f.setPassage(rule == null ? null : rule.passage());
		SourceLocation where = FindingsFactory.eINSTANCE.createSourceLocation();
		where.setUri(location);
		where.setLine(line);
		where.setColumn(column);
		where.setOffset(0);
		where.setLength(0);
		f.setLocation(where);
		return f;
	}

	/** Syntax errors first, then findings in source order, then by rule id, so that output is stable. */
	public static void sort(ConformanceReport report) {
		List<Finding> sorted = new ArrayList<>(report.getFindings());
		sorted.sort(Comparator.comparingInt(SyntaxCascade::rank).thenComparingInt(f -> f.getLocation() == null ? 0 : f.getLocation().getLine())
				.thenComparingInt(f -> f.getLocation() == null ? 0 : f.getLocation().getColumn())
				.thenComparing(Finding::getRuleId)
				.thenComparing(f -> f.getMessage() == null ? "" : f.getMessage()));
		report.getFindings().clear();
		report.getFindings().addAll(sorted);
	}

	/**
	 * An issue's data for a finding: {@code [frameworkElementId]}, or {@code [frameworkElementId or "",
	 * fixHint]} when the finding has a fix hint; empty when it has neither.
	 */
	public static String[] issueData(Finding finding) {
		String element = finding.getFrameworkElementId();
		String hint = finding.getFixHint();
		if (hint != null && !hint.isBlank()) {
			return new String[] { element == null ? "" : element, hint };
		}
		return element == null ? new String[0] : new String[] { element };
	}

	/** The framework element id in issue data (see {@link #issueData(Finding)}), or null. */
	public static String frameworkElementId(String[] data) {
		return data == null || data.length == 0 || data[0] == null || data[0].isEmpty() ? null : data[0];
	}

	/** The fix hint in issue data (see {@link #issueData(Finding)}), or null. */
	public static String fixHint(String[] data) {
		return data == null || data.length < 2 || data[1] == null || data[1].isBlank() ? null : data[1];
	}

	/**
	 * A finding of a check of {@code resource} as an Xtext issue on it. A finding about an element of
	 * another file (the framework, say), or one without a place in the text, is shown at the start of
	 * the document.
	 */
	public static Issue toIssue(Finding finding, Resource resource) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(finding.getRuleId());
		issue.setSeverity(switch (finding.getSeverity()) {
			case ERROR -> org.eclipse.xtext.diagnostics.Severity.ERROR;
			case WARNING -> org.eclipse.xtext.diagnostics.Severity.WARNING;
			default -> org.eclipse.xtext.diagnostics.Severity.INFO;
		});
		issue.setMessage(finding.getMessage());
		issue.setData(issueData(finding));
		issue.setUriToProblem(resource.getURI());
		issue.setType(org.eclipse.xtext.validation.CheckType.FAST);
		SourceLocation location = finding.getLocation();
		boolean here = location != null && (finding.getElement() == null
				? location.getLength() > 0 || location.getOffset() > 0 || location.getLine() > 1 || location.getColumn() > 1
				: finding.getElement().eResource() == resource && location.getLength() > 0);
		if (here) {
			issue.setOffset(location.getOffset());
			issue.setLength(location.getLength());
			issue.setLineNumber(location.getLine());
			issue.setColumn(location.getColumn());
			issue.setSyntaxError(GoldthreadIssueCodes.SYNTAX.equals(finding.getRuleId()));
		} else {
			ICompositeNode node = resource instanceof XtextResource x && x.getParseResult() != null && !resource.getContents().isEmpty()
					? NodeModelUtils.findActualNodeFor(resource.getContents().get(0)) : null;
			int offset = node == null ? 0 : node.getOffset();
			issue.setOffset(offset);
			issue.setLength(node == null ? 0 : Math.min(node.getLength(), 1));
			var lc = node == null ? null : NodeModelUtils.getLineAndColumn(node, offset);
			issue.setLineNumber(lc == null ? 1 : lc.getLine());
			issue.setColumn(lc == null ? 1 : lc.getColumn());
		}
		String text = resource instanceof XtextResource x && x.getParseResult() != null ? x.getParseResult().getRootNode().getText() : null;
		if (text != null) {
			var end = org.goldthread.lang.validation.TextPositions.of(text, issue.getOffset() + issue.getLength());
			issue.setLineNumberEnd(end.line());
			issue.setColumnEnd(end.column());
		} else {
			issue.setLineNumberEnd(issue.getLineNumber());
			issue.setColumnEnd(issue.getColumn() + issue.getLength());
		}
		return issue;
	}
}
