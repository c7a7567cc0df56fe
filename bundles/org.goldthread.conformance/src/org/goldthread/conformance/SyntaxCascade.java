package org.goldthread.conformance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;

/**
 * Syntax errors come first and their cascade is withheld. When a document did not parse, the
 * engine's findings that depend on the text from the first syntax error on (a theme "not taught",
 * too few teaching days, a thread missing from a module the parser cut short) would bury the one
 * real mistake under dozens of false ones. Of the engine's findings, only those about one element of
 * the document that ends before the first syntax error (and problems of the settings file) are
 * kept; all others, and every finding about what the document as a whole lacks, are withheld and
 * replaced by one error ({@link Rule#INCOMPLETE_CHECK}) that says that checking was incomplete and
 * how many findings of which rules were withheld. The file can therefore never conform while it has
 * a syntax error (fail closed), and the findings come back once it parses.
 * <p>
 * Applied by {@link ConformanceService#engineReport}, which the command line, the Maven plugin,
 * the language server and the Eclipse editor all use, so every front end shows the same findings;
 * {@link #rank(Finding)} lets the command line list the syntax errors first.
 */
public final class SyntaxCascade {

	private SyntaxCascade() {
	}

	/**
	 * Withholds the engine findings of {@code report} that follow from the unparsed region of its
	 * document's text, if the document has syntax errors; returns {@code report}.
	 */
	public static ConformanceReport apply(ConformanceReport report, Resource resource) {
		INode error = firstSyntaxError(resource);
		if (error == null) {
			return report;
		}
		int end = error.getOffset();
		List<Finding> withheld = new ArrayList<>();
		for (Finding finding : report.getFindings()) {
			if (!before(finding, resource, end)) {
				withheld.add(finding);
			}
		}
		if (withheld.isEmpty()) {
			return report;
		}
		report.getFindings().removeAll(withheld);
		report.getFindings().add(0, incomplete(report, resource, error, withheld));
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	/**
	 * The order of a finding among all of a file's findings: syntax and encoding errors first (0),
	 * then the finding that says checking was incomplete (1), then all others (2), each in source order.
	 */
	public static int rank(Finding finding) {
		String id = finding.getRuleId();
		if (GoldthreadIssueCodes.SYNTAX.equals(id) || GoldthreadIssueCodes.ENCODING.equals(id)) {
			return 0;
		}
		return Rule.INCOMPLETE_CHECK.id().equals(id) ? 1 : 2;
	}

	/** The syntax error nearest the start of the resource's text, or null when it parsed. */
	static INode firstSyntaxError(Resource resource) {
		if (!(resource instanceof XtextResource x) || x.getParseResult() == null || !x.getParseResult().hasSyntaxErrors()) {
			return null;
		}
		INode first = null;
		for (INode node : x.getParseResult().getSyntaxErrors()) {
			if (first == null || node.getOffset() < first.getOffset()) {
				first = node;
			}
		}
		return first;
	}

	/**
	 * Rules whose findings are about one element of the document and what it says itself (a claim
	 * made twice, hours that do not add up, an action without an owner), not about what the
	 * document as a whole lacks: kept when the element lies wholly before the first syntax error.
	 */
	private static final Set<Rule> LOCAL = EnumSet.of(Rule.DUPLICATE_COVERAGE, Rule.DUPLICATE_DAY, Rule.HOURS_MISMATCH, Rule.JUSTIFIED_GAP,
			Rule.FORM_NOT_ALLOWED, Rule.ACTION_INCOMPLETE, Rule.DUE_DATE_INVALID, Rule.DATE_INVALID);

	/**
	 * True when the finding does not depend on the text after {@code end}: a settings-file problem,
	 * or a finding of a {@link #LOCAL} rule about an element of this document whose whole text lies
	 * before {@code end}. Findings about what the document lacks (coverage, days, threads, assessments,
	 * sections) depend on all of it and are withheld.
	 */
	private static boolean before(Finding finding, Resource resource, int end) {
		Rule rule = Rule.byId(finding.getRuleId());
		if (rule == Rule.INVALID_SETTINGS) {
			return true;
		}
		if (!LOCAL.contains(rule)) {
			return false;
		}
		EObject element = finding.getElement();
		if (element == null || element.eResource() != resource) {
			return false;
		}
		INode node = NodeModelUtils.findActualNodeFor(element);
		return node != null && node.getEndOffset() <= end && followedBeforeError(node, end);
	}

	/**
	 * Whether the parser read more of the document after the element before it met the error: an element
	 * that ends right where the error begins may have been cut short there (an action whose `due` comes
	 * after a misspelt clause looks as if it had none).
	 */
	private static boolean followedBeforeError(INode node, int end) {
		// the first visible leaf after the node: from its next siblings, then its ancestors' (cheap: no walk of the whole text)
		for (INode n = node; n != null; n = n.getParent()) {
			for (INode sibling = n.getNextSibling(); sibling != null; sibling = sibling.getNextSibling()) {
				for (ILeafNode leaf : sibling.getLeafNodes()) {
					if (!leaf.isHidden()) {
						return leaf.getOffset() < end && leaf.getSyntaxErrorMessage() == null;
					}
				}
			}
		}
		return false;
	}

	private static Finding incomplete(ConformanceReport report, Resource resource, INode error, List<Finding> withheld) {
		LineAndColumn at = NodeModelUtils.getLineAndColumn(error, error.getOffset());
		Map<String, Integer> byRule = new TreeMap<>();
		withheld.forEach(f -> byRule.merge(f.getRuleId(), 1, Integer::sum));
		String rules = byRule.entrySet().stream().map(e -> e.getKey() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
				.collect(Collectors.joining(", "));
		int n = withheld.size();
		Finding f = FindingsFactory.eINSTANCE.createFinding();
		f.setRuleId(Rule.INCOMPLETE_CHECK.id());
		f.setSeverity(Severity.ERROR);
		f.setMessage("Checking was incomplete: the syntax error at line " + at.getLine() + " leaves the text from there on unread or misread, so "
				+ n + (n == 1 ? " finding" : " findings") + " of the conformance rules that depend on it "
				+ (n == 1 ? "is" : "are") + " withheld (" + rules + "). The file cannot conform until it parses.");
		f.setFixHint("Correct the syntax error listed first and check again: the withheld findings come back where they still apply.");
		f.setPassage(Rule.INCOMPLETE_CHECK.passage());
		f.setElement(report.getDocument());
		SourceLocation location = FindingsFactory.eINSTANCE.createSourceLocation();
		location.setUri(resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString());
		location.setLine(at.getLine());
		location.setColumn(at.getColumn());
		location.setOffset(error.getOffset());
		location.setLength(error.getLength());
		f.setLocation(location);
		return f;
	}
}
