package org.goldthread.conformance.xtext;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;
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

	/**
	 * Goldthread generates no code. Xtext's default asks whether to generate by validating each built
	 * document a second time (IShouldGenerate.OnlyWithoutErrors), which ran the language's checks and
	 * the engine twice per change in the language server.
	 */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NoGeneration.class;
	}

	/** Never generate (there is nothing to generate). */
	public static final class NoGeneration implements IShouldGenerate {
		@Override
		public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
			return false;
		}
	}
}
