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
 * Problems-view marker or an LSP diagnostic, with the rule id as its code and the framework
 * element's id as data (for the quick fixes).
 */
public class ConformanceValidator extends AbstractDeclarativeValidator {

	@Inject
	private ConformanceService service;

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
			String[] data = finding.getFrameworkElementId() == null ? new String[0] : new String[] { finding.getFrameworkElementId() };
			String message = finding.getMessage();
			var location = finding.getLocation();
			var element = finding.getElement() != null && finding.getElement().eResource() == document.eResource() ? finding.getElement() : document;
			int offset = location != null && element != document ? location.getOffset() : -1;
			int length = location != null && element != document ? location.getLength() : 0;
			switch (finding.getSeverity()) {
				case ERROR -> acceptError(message, element, offset, length, finding.getRuleId(), data);
				case WARNING -> acceptWarning(message, element, offset, length, finding.getRuleId(), data);
				case INFO -> acceptInfo(message, element, offset, length, finding.getRuleId(), data);
			}
		}
	}
}
