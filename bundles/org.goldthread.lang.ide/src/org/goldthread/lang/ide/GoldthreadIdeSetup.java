package org.goldthread.lang.ide;

import org.eclipse.xtext.util.Modules2;
import org.goldthread.lang.GoldthreadRuntimeModule;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The language with its editor-neutral IDE services. The runtime module is the language's own; a
 * front end that validates with the conformance engine (the Eclipse IDE, the language server)
 * gives the one that composes it ({@link #runtimeModule()}), so that this bundle needs only the
 * language.
 */
public class GoldthreadIdeSetup extends GoldthreadStandaloneSetup {

	/** The runtime module the IDE services are mixed into. */
	protected GoldthreadRuntimeModule runtimeModule() {
		return new GoldthreadRuntimeModule();
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(runtimeModule(), new GoldthreadIdeModule()));
	}
}
