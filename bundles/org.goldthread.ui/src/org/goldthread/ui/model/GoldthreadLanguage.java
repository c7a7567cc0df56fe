package org.goldthread.ui.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.goldthread.conformance.CheckSession;
import org.goldthread.conformance.ConformanceService;
import org.goldthread.conformance.GoldthreadFiles;
import org.goldthread.conformance.Profile;
import org.goldthread.conformance.xtext.ConformanceRuntimeModule;
import org.goldthread.lang.GoldthreadRuntimeModule;
import org.goldthread.lang.ide.GoldthreadIdeSetup;

import com.google.inject.Injector;

/**
 * The Goldthread language inside Eclipse: one Guice injector (the language whose Xtext validation is the
 * check session, plus the editor-neutral ide services), created on first use.
 */
public final class GoldthreadLanguage {

	/** The file extensions Goldthread reads (curriculum, framework, course, plan). */
	public static final Set<String> EXTENSIONS = GoldthreadFiles.EXTENSIONS;

	private static volatile Injector injector;

	private GoldthreadLanguage() {
	}

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (GoldthreadLanguage.class) {
				result = injector;
				if (result == null) {
					result = new GoldthreadIdeSetup() {
						// the editor and the builder validate with the conformance engine: composed here, where the front end is
						@Override
						protected GoldthreadRuntimeModule runtimeModule() {
							return new ConformanceRuntimeModule();
						}
					}.createInjectorAndDoEMFRegistration();
					injector = result;
				}
			}
		}
		return result;
	}

	/**
	 * Makes what the first editor needs before it is opened, in the background (the workbench's early
	 * start and the bundle's activation call it): the injector (loading the language's and Xtext's
	 * classes), the index of the shipped frameworks, and the parser's classes (a small course is
	 * parsed in a resource set of its own, outside every project model). Without it, the first
	 * Goldthread editor of a session makes them while it opens, the injector on the UI thread.
	 * Nothing is checked, so the conformance engine does not run. Only the first call does the work;
	 * safe from any thread.
	 */
	public static void preload() {
		synchronized (GoldthreadLanguage.class) {
			if (preloadStarted) {
				return;
			}
			preloadStarted = true;
		}
		try {
			injector();
			ShippedIndex.entries();
			XtextResourceSet set = get(XtextResourceSet.class);
			Resource resource = set.createResource(URI.createURI("inmemory:/preload.course"));
			resource.load(new LazyStringInputStream(PRELOAD_TEXT, StandardCharsets.UTF_8.name()), set.getLoadOptions());
			resource.unload();
		} catch (IOException | RuntimeException | LinkageError e) {
			ErrorLog.warn("Goldthread: the language could not be loaded ahead of the first editor; it is loaded when a file is opened", e);
		} finally {
			preloaded = true;
		}
	}

	/** True when {@link #preload()} has finished (for tests). */
	public static boolean isPreloaded() {
		return preloaded;
	}

	private static boolean preloadStarted;
	private static volatile boolean preloaded;

	private static final String PRELOAD_TEXT = "course preload.warm \"Preload\"\n\timplements preload version \"1\"\n"
			+ "module m \"M\" {\n\tday 1 \"D\" {\n\t\tsession \"S\" lecture 1h\n\t\t\tcovers a, b\n\t\t\tweaves c\n\t}\n}\n";

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}

	/** The engine's service (one per injector): profiles per folder, read from goldthread.properties. */
	public static ConformanceService conformance() {
		return get(ConformanceService.class);
	}

	/**
	 * The check session of the IDE (one per injector): the builder, the editors' live validation and
	 * the report command check through it, as the command line, the Maven plugin and the language
	 * server do.
	 */
	public static CheckSession session() {
		return get(CheckSession.class);
	}

	public static boolean isGoldthreadFile(IResource resource) {
		return resource != null && resource.getType() == IResource.FILE && resource.getFileExtension() != null
				&& EXTENSIONS.contains(resource.getFileExtension());
	}

	public static boolean isSettingsFile(IResource resource) {
		return resource != null && resource.getType() == IResource.FILE && Profile.FILE_NAME.equals(resource.getName());
	}
}
