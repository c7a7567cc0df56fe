package org.goldthread.conformance;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.goldthread.model.Section;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;
import org.goldthread.model.support.Ids;

/**
 * Turns what a rule found into an explained {@link Finding}: the profile's severity (or nothing
 * when the rule is off), the source location of the course element, the framework element and its
 * theme, the quoted passage and the fix hint.
 */
public final class FindingCollector {

	private final ConformanceReport report;
	private final Profile profile;
	private final boolean assessmentAdvisory;

	public FindingCollector(ConformanceReport report, Profile profile, boolean assessmentAdvisory) {
		this.report = report;
		this.profile = profile;
		this.assessmentAdvisory = assessmentAdvisory;
	}

	public Profile profile() {
		return profile;
	}

	/** Starts a finding of {@code rule} about {@code element} (and, if not null, one of its features). */
	public Builder add(Rule rule, EObject element, EStructuralFeature feature, String message) {
		return new Builder(rule, element, feature, message);
	}

	public final class Builder {
		private final Finding finding = FindingsFactory.eINSTANCE.createFinding();
		private final Rule rule;

		private Builder(Rule rule, EObject element, EStructuralFeature feature, String message) {
			this.rule = rule;
			finding.setRuleId(rule.id());
			finding.setMessage(message);
			finding.setElement(element);
			finding.setLocation(locate(element, feature));
			finding.setPassage(rule.passage());
			Optional<Severity> severity = profile.severity(rule);
			if (severity.isPresent()) {
				finding.setSeverity(severity.get());
				// On a pathway where formal assessment is advisory, assessment findings are information.
				if (assessmentAdvisory && rule.category() == RuleCategory.ASSESSMENT) {
					finding.setSeverity(Severity.INFO);
				}
				report.getFindings().add(finding);
			}
		}

		/** The framework element concerned; also sets the finding's theme. */
		public Builder about(EObject frameworkElement) {
			if (frameworkElement != null) {
				finding.setFrameworkElement(frameworkElement);
				finding.setFrameworkElementId(Ids.relativeId(frameworkElement));
				Section theme = themeOf(frameworkElement);
				finding.setTheme(theme == null ? null : theme.getName());
			}
			return this;
		}

		/** Quotes the framework's own words when it has them (more precise than the catalogue's passage). */
		public Builder quoting(String passage) {
			if (passage != null && !passage.isBlank()) {
				finding.setPassage(passage);
			}
			return this;
		}

		public Builder fix(String hint) {
			finding.setFixHint(hint);
			return this;
		}

		/** Reports at most this severity (e.g. information when a shortfall is fully justified). */
		public Builder atMost(Severity severity) {
			if (finding.getSeverity() != null && finding.getSeverity().getValue() < severity.getValue()) {
				finding.setSeverity(severity);
			}
			return this;
		}

		public Rule rule() {
			return rule;
		}
	}

	static Section themeOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Section section) {
				return section;
			}
		}
		return null;
	}

	/** The source location of an element (of one of its features when given), or null when it has no text. */
	public static SourceLocation locate(EObject element, EStructuralFeature feature) {
		if (element == null) {
			return null;
		}
		INode node = null;
		if (feature != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
			node = nodes.isEmpty() ? null : nodes.get(0);
		}
		if (node == null) {
			node = NodeModelUtils.findActualNodeFor(element);
		}
		SourceLocation location = FindingsFactory.eINSTANCE.createSourceLocation();
		if (element.eResource() != null) {
			location.setUri(element.eResource().getURI().isFile() ? element.eResource().getURI().toFileString()
					: element.eResource().getURI().toString());
		}
		if (node != null) {
			LineAndColumn lc = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			location.setLine(lc.getLine());
			location.setColumn(lc.getColumn());
			location.setOffset(node.getOffset());
			location.setLength(node.getLength());
		} else {
			location.setLine(1);
			location.setColumn(1);
		}
		return location;
	}
}
