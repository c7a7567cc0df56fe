package org.goldthread.lang;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.XtextPackage;
import org.eclipse.xtext.resource.impl.BinaryGrammarResourceFactoryImpl;
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

	/**
	 * Registers what reading the language's binary grammar needs (what {@code
	 * TerminalsStandaloneSetup.doSetup()} registers) without creating the Guice injector of the
	 * Terminals language that it also makes and nothing here uses: a command line starts faster.
	 */
	@Override
	public Injector createInjectorAndDoEMFRegistration() {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().putIfAbsent("xtextbin", new BinaryGrammarResourceFactoryImpl());
		EPackage.Registry.INSTANCE.putIfAbsent(XtextPackage.eNS_URI, XtextPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(GoldthreadPackage.eNS_URI, GoldthreadPackage.eINSTANCE);
		EPackage.Registry.INSTANCE.putIfAbsent(FindingsPackage.eNS_URI, FindingsPackage.eINSTANCE);
		Injector injector = createInjector();
		register(injector);
		return injector;
	}
}
