package org.goldthread.lang.ide;

import org.eclipse.xtext.util.Modules2;
import org.goldthread.lang.GoldthreadRuntimeModule;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Creates the injector of the language with its IDE services (used by the language server too). */
public class GoldthreadIdeSetup extends GoldthreadStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new GoldthreadRuntimeModule(), new GoldthreadIdeModule()));
	}
}
