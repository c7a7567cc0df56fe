package org.goldthread.conformance.xtext;

import org.eclipse.xtext.validation.IResourceValidator;
import org.goldthread.lang.GoldthreadRuntimeModule;

/**
 * The language as the editors (Eclipse, the language server) compose it: Xtext's validation entry
 * point is the {@link org.goldthread.conformance.CheckSession}, so that their diagnostics come from the
 * same pipeline as the command line's and the Maven plugin's findings.
 */
public class ConformanceRuntimeModule extends GoldthreadRuntimeModule {

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return SessionResourceValidator.class;
	}
}
