package org.goldthread.lang;

import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.goldthread.lang.documentation.GoldthreadDocumentationProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.linking.impl.LinkingHelper;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.goldthread.lang.scoping.GoldthreadLinkingHelper;
import org.goldthread.lang.scoping.GoldthreadLinkingService;
import org.goldthread.lang.validation.DocumentDiagnostician;
import org.eclipse.xtext.linking.ILinkingService;

import com.google.inject.Binder;
import com.google.inject.name.Names;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.goldthread.lang.conversion.GoldthreadValueConverterService;
import org.goldthread.lang.naming.GoldthreadQualifiedNameProvider;
import org.goldthread.lang.scoping.GoldthreadLinkingDiagnosticMessageProvider;
import org.goldthread.lang.scoping.GoldthreadResourceDescriptionStrategy;

/**
 * The map of the language: every service Goldthread customises is bound here.
 */
public class GoldthreadRuntimeModule extends AbstractGoldthreadRuntimeModule {

	/** Decimal hours ("1.5h") and other data type rules. */
	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GoldthreadValueConverterService.class;
	}

	/** Qualified ids: framework id + the ids of the named containers ("cypmh.leadership.landscape.ukPolicy"). */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return GoldthreadQualifiedNameProvider.class;
	}

	/** Exports each framework's version with its index entry, so a course can pick the version it implements. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GoldthreadResourceDescriptionStrategy.class;
	}


	/**
	 * Each injector registers its validators in a registry of its own (falling back to the global
	 * one for other packages): the language alone (headless checks) and the language with the
	 * conformance checks (editor, language server) can then live in one JVM without running each
	 * other's checks.
	 */
	@Override
	public EValidator.Registry bindEValidatorRegistry() {
		return new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
	}

	/** Hovers show a framework element's kind, id and full text. */
	public Class<? extends IEObjectDocumentationProvider> bindIEObjectDocumentationProvider() {
		return GoldthreadDocumentationProvider.class;
	}

	/** References to a framework's elements are looked up by id in a map per framework. */
	public Class<? extends ILinkingService> bindILinkingService() {
		return GoldthreadLinkingService.class;
	}

	/** Resolves a document's links from the list the linker made, not by a walk over every element. */
	@Override
	public Class<? extends org.eclipse.xtext.resource.XtextResource> bindXtextResource() {
		return org.goldthread.lang.scoping.GoldthreadResource.class;
	}

	/** The text of a cross-reference, computed without an iterator over every leaf node. */
	public Class<? extends LinkingHelper> bindLinkingHelper() {
		return GoldthreadLinkingHelper.class;
	}

	/**
	 * No EMF {@code EObjectValidator} pass over every element: the Goldthread model has no lower or
	 * fixed upper bounds, no ids, keys, maps or constrained data types, so it could never report
	 * anything; unresolved references are the linker's findings. The language's own checks stay.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	/** The validators are called for the document, not for each element in it (all checks take the whole document). */
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return DocumentDiagnostician.class;
	}

	/** Unresolved ids explain themselves: wrong kind of item, or the closest existing id. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return GoldthreadLinkingDiagnosticMessageProvider.class;
	}

	/**
	 * Syntax and linking errors become issues even where Xtext cannot compute their position (a text
	 * ending in a lone carriage return): a broken file is never reported without its errors.
	 */
	public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
		return org.goldthread.lang.validation.SafeDiagnosticConverter.class;
	}
}
