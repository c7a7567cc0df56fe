package org.goldthread.conformance.xtext;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.CheckSession;

import com.google.inject.Inject;

/**
 * Xtext's validation entry point answered by the {@link CheckSession}: where an Xtext service asks
 * for a resource's issues (the language server's diagnostics, Xtext's own builders), it gets the
 * session's findings as issues, with the rule id as code and {@code [frameworkElementId or "",
 * fixHint]} as data (see {@link org.goldthread.conformance.FindingMapper}). The language's validation
 * and the engine run once each, as in every other front end.
 */
public class SessionResourceValidator implements IResourceValidator {

	@Inject
	private CheckSession session;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		return session.issues(resource, indicator);
	}
}
