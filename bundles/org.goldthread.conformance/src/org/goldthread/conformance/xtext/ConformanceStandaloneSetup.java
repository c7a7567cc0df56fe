package org.goldthread.conformance.xtext;

import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language whose Xtext validation is the check session, outside Equinox (tests, language server). */
public class ConformanceStandaloneSetup extends GoldthreadStandaloneSetup {

	public static Injector doSetup() {
		return new ConformanceStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(new ConformanceRuntimeModule());
	}
}
