package org.goldthread.ui.model;

import java.util.Set;

import org.eclipse.core.resources.IResource;
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
