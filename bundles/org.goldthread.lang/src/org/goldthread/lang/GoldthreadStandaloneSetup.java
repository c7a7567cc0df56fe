package org.goldthread.lang;

import org.eclipse.emf.ecore.EPackage;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.findings.FindingsPackage;

import com.google.inject.Injector;

/**
 * Sets the language up outside Equinox (CLI, Maven plugin, tests): registers the EMF packages and
 * the file extensions, and returns the injector.
 */
public class GoldthreadStandaloneSetup extends GoldthreadStandaloneSetupGenerated {

	public static Injector doSetup() {
		return new GoldthreadStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		EPackage.Registry.INSTANCE.putIfAbsent(GoldthreadPackage.eNS_URI, GoldthreadPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(FindingsPackage.eNS_URI, FindingsPackage.eINSTANCE);
		return super.createInjectorAndDoEMFRegistration();
	}
}
