package org.goldthread.conformance;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.IResourceValidator;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;

import com.google.inject.Injector;

/**
 * Checks files headlessly (command line, Maven plugin, benchmark): a facade over a {@link CheckSession}
 * that keeps the methods the command line, the Maven plugin and the tests call. One
 * {@link ConformanceReport} per file; bad input never throws: unreadable, empty or binary files get
 * findings of their own.
 * <p>
 * Frameworks to link against come from, in this order (the first of a given id and version wins):
 * the checked files, the given framework files, the given framework URLs (e.g. {@code jar:} URLs of
 * a Maven dependency's {@code frameworks/} folder), and the shipped frameworks unless
 * {@link #useShippedFrameworks(boolean) switched off}.
 */
public final class GoldthreadChecker {

	/** The file extensions Goldthread reads. */
	public static final Set<String> EXTENSIONS = GoldthreadFiles.EXTENSIONS;

	/** One checked file. */
	public record CheckedFile(Path path, Document document, ConformanceReport report) {
	}

	private final CheckSession session;

	public GoldthreadChecker() {
		this(GoldthreadStandaloneSetup.doSetup());
	}

	public GoldthreadChecker(Injector languageInjector) {
		this(languageInjector, new ConformanceService());
	}

	/** A checker whose engine findings come from {@code service} (with its profile settings). */
	public GoldthreadChecker(Injector languageInjector, ConformanceService service) {
		this.session = new CheckSession(languageInjector, service);
	}

	/** The session this checker runs. */
	public CheckSession session() {
		return session;
	}

	public ConformanceService service() {
		return session.service();
	}

	public Injector injector() {
		return session.injector();
	}

	/**
	 * Whether the frameworks shipped in org.goldthread.curricula (on this class's class path) are
	 * linked against; true unless switched off, e.g. by a build that must take every framework from
	 * its declared dependencies.
	 */
	public GoldthreadChecker useShippedFrameworks(boolean use) {
		session.useShippedFrameworks(use);
		return this;
	}

	/** See {@link GoldthreadFiles#collect(List)}. */
	public static List<Path> collect(List<Path> paths) throws IOException {
		return GoldthreadFiles.collect(paths);
	}

	public static boolean isGoldthreadFile(Path p) {
		return GoldthreadFiles.isGoldthreadFile(p);
	}

	/**
	 * Checks {@code files}; {@code frameworks} are extra framework files that are loaded (and linked
	 * against) but not reported. {@code progress} hears the number of files checked so far.
	 */
	public List<CheckedFile> check(List<Path> files, List<Path> frameworks, IntConsumer progress) {
		return check(files, frameworks, List.of(), progress);
	}

	/**
	 * As {@link #check(List, List, IntConsumer)}, and also links against {@code frameworkUrls}:
	 * framework files that are resources rather than files, such as the entries of a jar's
	 * {@code frameworks/} folder. One that cannot be read, or whose id and version an earlier source
	 * already provides, is left out.
	 */
	public List<CheckedFile> check(List<Path> files, List<Path> frameworks, List<URL> frameworkUrls, IntConsumer progress) {
		List<CheckedFile> result = new ArrayList<>();
		session.checkFiles(files, frameworks, frameworkUrls, progress, false, result::add);
		return result;
	}

	/**
	 * As {@link #check(List, List, List, IntConsumer)}, but hands each file's result to {@code each}
	 * as soon as it is ready, in the order of {@code files}, and keeps only the frameworks: each
	 * course and plan is loaded when its turn comes and unloaded once {@code each} returns, so memory
	 * does not grow with the number of courses. {@code each} must not keep the result's document (its
	 * report stays usable for counts, ids and messages).
	 */
	public void checkEach(List<Path> files, List<Path> frameworks, List<URL> frameworkUrls, IntConsumer progress, Consumer<CheckedFile> each) {
		session.checkFiles(files, frameworks, frameworkUrls, progress, true, each);
	}

	/**
	 * The report of one loaded file: the conformance engine's findings for its document (with the
	 * profile {@code service} finds for it) and the language's from {@code validator}, in source
	 * order, with the verdict. A validator that runs the conformance rules too may be passed: its
	 * issues of the engine's rules are left out. Front ends with a session use
	 * {@link CheckSession#check(Resource, String, CancelIndicator)}.
	 *
	 * @param file the file's path, as the language's findings name it
	 */
	public static ConformanceReport report(Resource resource, Path file, ConformanceService service, IResourceValidator validator,
			CancelIndicator cancel) {
		return CheckSession.check(resource, file.toString(), service, validator, cancel);
	}

	/** The largest file read (docs/security.md): a course of 100,000 sessions is about 10 MiB. */
	public static final long MAXIMUM_FILE_BYTES = DocumentLoader.MAXIMUM_FILE_BYTES;

}
