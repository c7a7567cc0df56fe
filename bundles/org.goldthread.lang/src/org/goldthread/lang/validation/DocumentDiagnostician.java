package org.goldthread.lang.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.goldthread.model.Document;

import com.google.inject.Inject;

/**
 * Validates a document without visiting every element below it: all of Goldthread's checks take
 * the whole document ({@code @Check} methods on {@link Document} and its subtypes, which walk the
 * document themselves; a test keeps it so), and there is no EMF {@code EObjectValidator} pass (see
 * {@code GoldthreadRuntimeModule}), so calling the validators for each session, coverage claim or
 * objective found nothing and cost about a tenth of a full check.
 */
public class DocumentDiagnostician extends CancelableDiagnostician {

	@Inject
	public DocumentDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	/**
	 * The root of the results, which Xtext never shows: without EMF's label and formatted "Diagnosis
	 * of …" message for it, made on every validation.
	 */
	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject object) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "", new Object[] { object });
	}

	@Override
	protected boolean doValidateContents(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return object instanceof Document || super.doValidateContents(object, diagnostics, context);
	}
}
