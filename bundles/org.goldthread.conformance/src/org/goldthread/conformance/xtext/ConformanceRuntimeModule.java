package org.goldthread.conformance.xtext;

import org.goldthread.lang.GoldthreadRuntimeModule;
import org.goldthread.lang.validation.GoldthreadValidator;

/**
 * The language with the conformance checks in its validation, for the editor, the workspace
 * builder and the language server. (Headless checks use the plain language and call the engine
 * directly, see GoldthreadChecker, so nothing runs twice.)
 */
public class ConformanceRuntimeModule extends GoldthreadRuntimeModule {

	@Override
	@org.eclipse.xtext.service.SingletonBinding(eager = true)
	public Class<? extends GoldthreadValidator> bindGoldthreadValidator() {
		return ConformingGoldthreadValidator.class;
	}
}
