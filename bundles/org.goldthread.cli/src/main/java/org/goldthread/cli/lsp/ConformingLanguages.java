package org.goldthread.cli.lsp;

import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.goldthread.conformance.xtext.ConformanceRuntimeModule;
import org.goldthread.lang.GoldthreadRuntimeModule;
import org.goldthread.lang.ide.GoldthreadIdeSetup;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The languages the server knows: Goldthread with its IDE services and the conformance engine in its
 * validation, composed here, where the front end is (instead of Xtext's default, which takes every
 * {@code ISetup} found on the class path).
 */
public final class ConformingLanguages implements Provider<IResourceServiceProvider.Registry> {

	/** The language, its IDE services and the conformance checks. */
	public static final class Setup extends GoldthreadIdeSetup {
		@Override
		protected GoldthreadRuntimeModule runtimeModule() {
			return new ConformanceRuntimeModule();
		}
	}

	private IResourceServiceProvider.Registry registry;

	@Override
	public synchronized IResourceServiceProvider.Registry get() {
		if (registry == null) {
			Injector injector = new Setup().createInjectorAndDoEMFRegistration();
			IResourceServiceProvider provider = injector.getInstance(IResourceServiceProvider.class);
			ResourceServiceProviderRegistryImpl languages = new ResourceServiceProviderRegistryImpl();
			for (String extension : injector.getInstance(FileExtensionProvider.class).getFileExtensions()) {
				languages.getExtensionToFactoryMap().put(extension, provider);
			}
			registry = languages;
		}
		return registry;
	}
}
