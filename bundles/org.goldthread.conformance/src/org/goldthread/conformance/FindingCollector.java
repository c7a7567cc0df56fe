package org.goldthread.conformance;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;
import org.goldthread.model.Modality;
import org.goldthread.model.Pathway;
import org.goldthread.model.Section;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Modalities;

/**
 * Turns what a rule found into an explained {@link Finding}: the severity (the profile's, bounded
 * by the modality of the framework element concerned; nothing when the rule is off), the source
 * location of the course element, the framework element and its theme, the modality named in the
 * message, the quoted passage and the fix hint.
 */
public final class FindingCollector {

	private final ConformanceReport report;
	private final Profile profile;
	private final Pathway advisoryPathway;

	/**
	 * @param advisoryPathway the course's pathway when formal assessment is only advised on it (CPD):
	 *        assessment findings are then advice, reported as information; null otherwise
	 */
	public FindingCollector(ConformanceReport report, Profile profile, Pathway advisoryPathway) {
		this.report = report;
		this.profile = profile;
		this.advisoryPathway = advisoryPathway;
	}

	public Profile profile() {
		return profile;
	}

	/** The course's pathway when formal assessment is only advised on it, or null. */
	public Pathway advisoryPathway() {
		return advisoryPathway;
	}

	/** Starts a finding of {@code rule} about {@code element} (and, if not null, one of its features). */
	public Builder add(Rule rule, EObject element, EStructuralFeature feature, String message) {
		return new Builder(rule, element, feature, message);
	}

	/**
	 * The severity of a finding of {@code rule} at the profile's severity {@code base} about an
	 * element of {@code modality}. Only document rules and requirement or reading rules about a
	 * required element can give an error: a profile may tighten, never make an advised, example,
	 * guidance or heuristic finding an error.
	 */
	public static Severity severity(Rule rule, Severity base, Modality modality) {
		return switch (rule.basis()) {
			case DOCUMENT -> base;
			case HEURISTIC -> atMost(base, Severity.WARNING);
			case REQUIREMENT, READING -> switch (modality) {
				case REQUIRED, UNSTATED -> base;
				case ADVISED -> atMost(Severity.get(Math.min(base.getValue() + 1, Severity.INFO_VALUE)), Severity.WARNING);
				case EXAMPLE, GUIDANCE -> Severity.INFO;
			};
		};
	}

	private static Severity atMost(Severity severity, Severity most) {
		return severity.getValue() < most.getValue() ? most : severity;
	}

	public final class Builder {
		private final Finding finding = FindingsFactory.eINSTANCE.createFinding();
		private final Rule rule;
		private final Severity base;
		private final String message;
		private Modality modality;
		private String phrase;
		private String modalityText;
		private Severity ceiling = Severity.ERROR;

		private Builder(Rule rule, EObject element, EStructuralFeature feature, String message) {
			this.rule = rule;
			this.message = message;
			finding.setRuleId(rule.id());
			finding.setElement(element);
			finding.setLocation(locate(element, feature));
			finding.setPassage(rule.passage());
			Optional<Severity> severity = profile.severity(rule);
			base = severity.orElse(null);
			update();
			if (base != null) {
				report.getFindings().add(finding);
			}
		}

		/** The framework element concerned; also sets the finding's theme and, unless given, the modality. */
		public Builder about(EObject frameworkElement) {
			if (frameworkElement != null) {
				finding.setFrameworkElement(frameworkElement);
				finding.setFrameworkElementId(Ids.relativeId(frameworkElement));
				Section theme = EcoreUtil2.getContainerOfType(frameworkElement, Section.class);
				finding.setTheme(theme == null ? null : theme.getName());
				if (modality == null) {
					modality = Modalities.of(frameworkElement);
					phrase = Modalities.phrase(frameworkElement);
				}
				update();
			}
			return this;
		}

		/** The modality of what is checked, when it is not the framework element's own (e.g. a pathway's advice). */
		public Builder modality(Modality modality, String phrase, String how) {
			this.modality = modality;
			this.phrase = phrase;
			this.modalityText = how;
			update();
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
			ceiling = severity;
			update();
			return this;
		}

		public Rule rule() {
			return rule;
		}

		/** The modality the finding's severity rests on (required when no framework element is concerned). */
		public Modality modality() {
			return modality == null ? Modality.REQUIRED : modality;
		}

		private void update() {
			Modality m = modality();
			boolean advisory = advisoryPathway != null && rule.category() == RuleCategory.ASSESSMENT;
			if (base != null) {
				Severity s = FindingCollector.atMost(severity(rule, base, m), ceiling);
				// On a pathway where formal assessment is advisory, assessment findings are information.
				finding.setSeverity(advisory ? Severity.INFO : s);
			}
			finding.setMessage(message + note(m, advisory));
		}

		/** "[required by the curriculum: “should be woven through the course as a whole”]". */
		private String note(Modality m, boolean advisory) {
			if (rule.basis() == Rule.Basis.DOCUMENT) {
				return "";
			}
			if (advisory) {
				return " [advised: on the " + advisoryPathway.getTitle() + " formal assessment is advisory]";
			}
			if (rule.basis() == Rule.Basis.HEURISTIC) {
				return finding.getFrameworkElement() == null || rule.defaultSeverity() == Severity.INFO ? ""
						: " [a check of Goldthread's own, not a requirement of the framework]";
			}
			if (modality == null) {
				return "";
			}
			String how = modalityText != null ? modalityText : Modalities.describe(m, Modalities.frameworkOf(finding.getFrameworkElement()));
			return " [" + how + (phrase == null ? "" : ": “" + phrase + "”") + "]";
		}
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
