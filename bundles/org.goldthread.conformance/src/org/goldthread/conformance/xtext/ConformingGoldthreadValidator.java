package org.goldthread.conformance.xtext;

import org.eclipse.xtext.validation.ComposedChecks;
import org.goldthread.lang.validation.GoldthreadValidator;

/** The language's validation plus the conformance engine's: what the editor and language server show. */
@ComposedChecks(validators = ConformanceValidator.class)
public class ConformingGoldthreadValidator extends GoldthreadValidator {
}
