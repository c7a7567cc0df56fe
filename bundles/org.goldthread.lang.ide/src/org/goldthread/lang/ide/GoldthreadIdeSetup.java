package org.goldthread.lang.ide;

import org.eclipse.xtext.util.Modules2;
import org.goldthread.conformance.xtext.ConformanceRuntimeModule;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language with conformance validation and its IDE services (used by the language server too). */
public class GoldthreadIdeSetup extends GoldthreadStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new ConformanceRuntimeModule(), new GoldthreadIdeModule()));
	}
}
