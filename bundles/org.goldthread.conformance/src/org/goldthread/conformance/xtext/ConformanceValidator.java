package org.goldthread.conformance.xtext;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.goldthread.conformance.ConformanceService;
import org.goldthread.model.Document;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;

import com.google.inject.Inject;

/**
 * The conformance engine as Xtext validation: every finding becomes an editor annotation, a
 * Problems-view marker or an LSP diagnostic, with the rule id as its code and, as data, the framework
 * element's id (for the quick fixes) and the fix hint (see {@link #issueData(Finding)}).
 */
public class ConformanceValidator extends AbstractDeclarativeValidator {

	@Inject
	private ConformanceService service;

	/** Runs only as part of {@link ConformingGoldthreadValidator}; registering it on its own as well would report every finding twice. */
	@Override
	public void register(org.eclipse.xtext.validation.EValidatorRegistrar registrar) {
		// not @Inject: Guice does not call an override that drops the annotation
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(GoldthreadPackage.eINSTANCE);
	}

	@Check(CheckType.NORMAL)
	public void checkConformance(Document document) {
		if (document.eContainer() != null || document.eResource() == null) {
			return;
		}
		ConformanceReport report = service.engineReport(document);
		for (Finding finding : report.getFindings()) {
			String[] data = issueData(finding);
			String message = finding.getMessage();
			// the finding's location is the element's (or its feature's) text; findings about elements of
			// other files (e.g. the framework) are shown on the document
			var location = finding.getLocation();
			boolean here = finding.getElement() != null && finding.getElement().eResource() == document.eResource() && location != null
					&& location.getLength() > 0;
			var element = here ? finding.getElement() : document;
			var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(document);
			int offset = here ? location.getOffset() : node == null ? 0 : node.getOffset();
			int length = here ? location.getLength() : node == null ? 0 : Math.min(node.getLength(), 1);
			switch (finding.getSeverity()) {
				case ERROR -> acceptError(message, element, offset, length, finding.getRuleId(), data);
				case WARNING -> acceptWarning(message, element, offset, length, finding.getRuleId(), data);
				case INFO -> acceptInfo(message, element, offset, length, finding.getRuleId(), data);
			}
		}
	}

	/**
	 * An issue's data for a finding: {@code [frameworkElementId]}, or {@code [frameworkElementId or "",
	 * fixHint]} when the finding has a fix hint; empty when it has neither.
	 */
	static String[] issueData(Finding finding) {
		String element = finding.getFrameworkElementId();
		String hint = finding.getFixHint();
		if (hint != null && !hint.isBlank()) {
			return new String[] { element == null ? "" : element, hint };
		}
		return element == null ? new String[0] : new String[] { element };
	}
}
