package org.goldthread.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.lang.validation.TextEncoding;
import org.goldthread.lang.scoping.DetachedResourceDescription;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.SourceLocation;

import com.google.inject.Injector;

/**
 * Checks files headlessly (command line, Maven plugin, benchmark): loads them with the shipped
 * frameworks into one resource set, reports the language's findings (syntax, linking, document
 * rules) and the conformance engine's, one {@link ConformanceReport} per file. Bad input never
 * throws: unreadable, empty or binary files get findings of their own.
 * <p>
 * Frameworks to link against come from, in this order (the first of a given id and version wins):
 * the checked files, the given framework files, the given framework URLs (e.g. {@code jar:} URLs of
 * a Maven dependency's {@code frameworks/} folder), and the shipped frameworks unless
 * {@link #useShippedFrameworks(boolean) switched off}.
 */
public final class GoldthreadChecker {

	/** The file extensions Goldthread reads. */
	public static final Set<String> EXTENSIONS = Set.of("curriculum", "framework", "course", "plan");

	/** One checked file. */
	public record CheckedFile(Path path, Document document, ConformanceReport report) {
	}

	private final Injector injector;
	private final ConformanceService service;
	private boolean shippedFrameworks = true;

	public GoldthreadChecker() {
		this(GoldthreadStandaloneSetup.doSetup());
	}

	public GoldthreadChecker(Injector languageInjector) {
		this(languageInjector, new ConformanceService());
	}

	/** A checker whose engine findings come from {@code service} (with its profile settings). */
	public GoldthreadChecker(Injector languageInjector, ConformanceService service) {
		this.injector = languageInjector;
		this.service = service;
	}

	public ConformanceService service() {
		return service;
	}

	public Injector injector() {
		return injector;
	}

	/**
	 * Whether the frameworks shipped in org.goldthread.curricula (on this class's class path) are
	 * linked against; true unless switched off, e.g. by a build that must take every framework from
	 * its declared dependencies.
	 */
	public GoldthreadChecker useShippedFrameworks(boolean use) {
		this.shippedFrameworks = use;
		return this;
	}

	/**
	 * The Goldthread files at these paths (folders are searched recursively), sorted. A missing path,
	 * a named file that is not a Goldthread file, or a folder that cannot be read throws, with a
	 * message that names it: a run that cannot see all its input must not look complete.
	 */
	public static List<Path> collect(List<Path> paths) throws IOException {
		Set<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new java.nio.file.NoSuchFileException(path.toString(), null, "no such file or folder");
			}
			if (Files.isDirectory(path)) {
				List<Path> found = new ArrayList<>();
				Files.walkFileTree(path, new java.nio.file.SimpleFileVisitor<>() {
					@Override
					public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
						if (attributes.isRegularFile() && isGoldthreadFile(file)) {
							found.add(file);
						}
						return java.nio.file.FileVisitResult.CONTINUE;
					}

					@Override
					public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
						throw new IOException(file + ": cannot be read (" + (e instanceof java.nio.file.AccessDeniedException
								? "permission denied" : e.getClass().getSimpleName()) + "), so the files in it would go unchecked");
					}
				});
				found.stream().sorted().forEach(files::add);
			} else if (!isGoldthreadFile(path)) {
				throw new IOException(path + ": not a Goldthread file (the names end in ." + String.join(", .", EXTENSION_LIST) + ")");
			} else {
				files.add(path);
			}
		}
		return new ArrayList<>(files);
	}

	private static final List<String> EXTENSION_LIST = List.of("curriculum", "framework", "course", "plan");

	public static boolean isGoldthreadFile(Path p) {
		String name = p.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
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
		run(files, frameworks, frameworkUrls, progress, false, result::add);
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
		run(files, frameworks, frameworkUrls, progress, true, each);
	}

	private void run(List<Path> files, List<Path> frameworks, List<URL> frameworkUrls, IntConsumer progress, boolean release,
			Consumer<CheckedFile> each) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Resource> inputs = new ArrayList<>();
		List<Finding> loadProblems = new ArrayList<>();
		for (Path file : files) {
			// courses and plans link only to frameworks: when releasing, each is loaded at its turn
			inputs.add(release && isDocumentFile(file) ? null : load(set, file, loadProblems));
		}
		for (Path file : frameworks) {
			load(set, file, new ArrayList<>());
		}
		for (URL url : frameworkUrls) {
			addUnlessPresent(set, URI.createURI(url.toString()), () -> {
				URLConnection connection = url.openConnection();
				connection.setUseCaches(false); // a cached jar stays open (and locked) after the build
				return connection.getInputStream();
			});
		}
		Set<URI> explicit = new HashSet<>();
		frameworks.forEach(f -> explicit.add(URI.createFileURI(f.toAbsolutePath().normalize().toString())));
		frameworkUrls.forEach(u -> explicit.add(URI.createURI(u.toString())));
		List<IResourceDescription> shipped = shippedFrameworks ? addShippedFrameworks(set) : List.of();
		ResourceDescriptionsData index = index(set, shipped);
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			Resource resource = inputs.get(i);
			boolean loadedNow = resource == null;
			if (loadedNow) {
				resource = load(set, file, loadProblems);
				index.addDescription(resource.getURI(), describe(resource));
			}
			Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
			List<Finding> problems = new ArrayList<>();
			for (java.util.Iterator<Finding> it = loadProblems.iterator(); it.hasNext();) {
				Finding problem = it.next();
				if (file.toString().equals(problem.getLocation().getUri())) {
					problems.add(problem);
					it.remove();
				}
			}
			ConformanceReport report;
			try {
				report = problems.isEmpty() ? report(resource, file, service, validator, CancelIndicator.NullImpl)
						: report(document, file, service, problems);
				checkProvenance(document, file, report, explicit);
			} catch (RuntimeException | StackOverflowError e) {
				report = internalError(document, file, e);
			}
			each.accept(new CheckedFile(file, document, report));
			if (loadedNow) {
				index.removeDescription(resource.getURI());
				resource.unload();
				set.getResources().remove(resource);
			}
			if (progress != null) {
				progress.accept(i + 1);
			}
		}
	}

	/** Courses and plans: documents that implement a framework and that no other file links to. */
	private static boolean isDocumentFile(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".course") || name.endsWith(".plan");
	}


	/**
	 * The report of one loaded file, as {@code goldthread check} makes it: the conformance engine's
	 * findings for its document (with the profile {@code service} finds for it) and the language's
	 * (syntax, linking, document rules) from {@code validator}, in source order, with the verdict. A
	 * validator that runs the conformance rules too (the editors' does) may be passed: its issues of
	 * the engine's rules are left out, being the engine's findings once more.
	 *
	 * @param file the file's path, as the language's findings name it
	 */
	public static ConformanceReport report(Resource resource, Path file, ConformanceService service, IResourceValidator validator,
			CancelIndicator cancel) {
		Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
		List<Finding> language = new ArrayList<>();
		if (isBlank(resource)) {
			language.add(finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, file, 1, 1,
					"The file is empty: it holds no curriculum, framework, course or plan.",
					"Start it with `course <id> \"title\" implements …`, `curriculum …`, `framework …` or `plan …`."));
		} else {
			for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
				Rule rule = Rule.byId(issue.getCode());
				if (rule == null || rule.origin() != Rule.Origin.ENGINE) {
					language.add(toFinding(issue, file));
				}
			}
			failClosed(resource, file, language);
		}
		return report(document, file, service, language);
	}

	/**
	 * A course or plan checked against a file that declares the id and version of a shipped framework
	 * but differs from it: a reviewer checking a submitted folder would otherwise not notice that a
	 * one-objective "curriculum" beside the course replaced the published one. A warning (an error
	 * under the accreditation profile); information only when the file was given with
	 * {@code --framework}, which makes the override explicit. The finding names both SHA-256 hashes.
	 */
	private void checkProvenance(Document document, Path file, ConformanceReport report, Set<URI> explicit) {
		Framework framework = document instanceof org.goldthread.model.Course c ? c.getFramework()
				: document instanceof org.goldthread.model.LocalPlan p ? p.getFramework() : null;
		if (!shippedFrameworks || framework == null || framework.eIsProxy() || framework.eResource() == null
				|| framework.eResource().getURI().toString().startsWith(SHIPPED)) {
			return;
		}
		String shippedHash = shippedHashes().get(framework.getName() + "@" + framework.getVersion());
		if (shippedHash == null) {
			return;
		}
		// hashed once per framework file, however many courses implement it
		String localHash = localHashes.computeIfAbsent(framework.eResource().getURI(), uri -> framework.eResource() instanceof XtextResource x
				&& x.getParseResult() != null ? FrameworkHashes.sha256(x.getParseResult().getRootNode().getText()) : "");
		if (localHash.isEmpty() || shippedHash.equals(localHash)) {
			return;
		}
		boolean given = explicit.contains(framework.eResource().getURI());
		Severity severity = given ? Severity.INFO : "accreditation".equals(report.getProfile()) ? Severity.ERROR : Severity.WARNING;
		URI uri = framework.eResource().getURI();
		String where = uri.isFile() ? uri.toFileString() : uri.toString();
		Finding f = finding(GoldthreadIssueCodes.FRAMEWORK_SHADOWED, severity, file, 1, 1, (given ? "As asked with --framework, this "
				: "This ") + (document instanceof org.goldthread.model.Course ? "course" : "plan") + " is checked against " + where
				+ ", which declares " + framework.getName() + " version \"" + framework.getVersion()
				+ "\" but differs from the shipped, published framework of that id and version (SHA-256 " + localHash.substring(0, 12)
				+ "… instead of " + shippedHash.substring(0, 12) + "…).",
				given ? null : "Remove that file to check against the published framework, or pass it with --framework to override it knowingly.");
		f.setFrameworkElementId(framework.getName());
		report.getFindings().add(f);
		sort(report);
		ConformanceEngine.updateVerdict(report);
	}

	private Map<String, String> shippedHashes;
	private final Map<URI, String> localHashes = new java.util.HashMap<>();

	/** The SHA-256 of each shipped framework's text, by id@version; read once per checker. */
	private Map<String, String> shippedHashes() {
		if (shippedHashes == null) {
			Map<String, String> hashes = new java.util.HashMap<>();
			for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
				if (entry.id() != null) {
					try (InputStream in = ShippedFrameworks.open(entry.name())) {
						hashes.put(entry.id() + "@" + entry.version(), FrameworkHashes.sha256(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
					} catch (IOException e) {
						// a shipped file that cannot be read cannot be compared
					}
				}
			}
			shippedHashes = hashes;
		}
		return shippedHashes;
	}

	/**
	 * A file that did not parse completely is never reported without an error, whatever went wrong
	 * between the parser and the findings: if the parser recorded errors and none of them reached
	 * the findings, one is added at the first error's position.
	 */
	private static void failClosed(Resource resource, Path file, List<Finding> language) {
		if (resource.getErrors().isEmpty() || language.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)) {
			return;
		}
		Resource.Diagnostic first = resource.getErrors().get(0);
		int line = 1;
		int column = 1;
		if (first instanceof Diagnostic d && resource instanceof XtextResource x && x.getParseResult() != null) {
			var position = org.goldthread.lang.validation.TextPositions.of(x.getParseResult().getRootNode().getText(), d.getOffset());
			line = position.line();
			column = position.column();
		}
		language.add(finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, file, line, column,
				"The file could not be read completely: " + first.getMessage(), SYNTAX_HINT));
	}

	/**
	 * The report of a file whose check failed inside Goldthread: an error finding that says so, so
	 * that the file can never read as conforming; the run goes on with the next file.
	 */
	static ConformanceReport internalError(Document document, Path file, Throwable e) {
		ConformanceReport report = FindingsFactory.eINSTANCE.createConformanceReport();
		report.setDocumentUri(file.toString());
		String reason = e instanceof StackOverflowError ? "the file is nested too deeply to be checked"
				: e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
		report.getFindings().add(finding(GoldthreadIssueCodes.INTERNAL_ERROR, Severity.ERROR, file, 1, 1,
				"Goldthread could not finish checking this file (" + reason + "), so it cannot be said to conform.",
				"Simplify or correct the file around the last change; if it looks right, report this with the file (run with --debug for the details)."));
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	private static String oneLine(String message) {
		String line = message.strip().lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	private static ConformanceReport report(Document document, Path file, ConformanceService service, List<Finding> language) {
		ConformanceReport report = document == null ? FindingsFactory.eINSTANCE.createConformanceReport() : service.engineReport(document);
		report.setDocumentUri(file.toString());
		report.getFindings().addAll(0, language);
		sort(report);
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	/**
	 * Indexes what every loaded file exports (ids of frameworks, courses, plans), so that linking a
	 * course to its framework is a lookup, not a scan of all files.
	 */
	private ResourceDescriptionsData index(XtextResourceSet set, List<IResourceDescription> notLoaded) {
		List<IResourceDescription> descriptions = new ArrayList<>(notLoaded);
		for (Resource resource : set.getResources()) {
			descriptions.add(describe(resource));
		}
		ResourceDescriptionsData data = new ResourceDescriptionsData(descriptions);
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set, data);
		return data;
	}

	private IResourceDescription describe(Resource resource) {
		IResourceServiceProvider provider = injector.getInstance(IResourceServiceProvider.Registry.class).getResourceServiceProvider(resource.getURI());
		if (provider == null) {
			provider = injector.getInstance(IResourceServiceProvider.class);
		}
		return provider.getResourceDescriptionManager().getResourceDescription(resource);
	}

	private Resource load(XtextResourceSet set, Path file, List<Finding> problems) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		Resource resource = set.createResource(uri);
		int before = problems.size();
		read(set, file, resource, problems);
		if (problems.size() > before && !resource.isLoaded()) {
			// a file that could not be read stays empty: nothing may load it later behind the finding's back
			try {
				resource.load(new java.io.ByteArrayInputStream(new byte[0]), set.getLoadOptions());
			} catch (IOException e) {
				// an empty text always loads
			}
		}
		return resource;
	}

	private static void read(XtextResourceSet set, Path file, Resource resource, List<Finding> problems) {
		try {
			if (Files.size(file) > MAXIMUM_FILE_BYTES) {
				problems.add(finding(GoldthreadIssueCodes.LIMIT, Severity.ERROR, file, 1, 1, "The file is larger than "
						+ MAXIMUM_FILE_BYTES / (1024 * 1024) + " MiB, the largest Goldthread reads.", "Split it into several files."));
				return;
			}
			byte[] bytes = Files.readAllBytes(file);
			TextEncoding.Problem encoding = TextEncoding.problem(bytes);
			if (encoding != null) {
				problems.add(finding(GoldthreadIssueCodes.ENCODING, Severity.ERROR, file, encoding.line(), encoding.column(), encoding.message(),
						"Check the path; Goldthread files are UTF-8 text: save the file as UTF-8 (with or without a byte-order mark)."));
				return;
			}
			resource.load(new java.io.ByteArrayInputStream(bytes), set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			problems.add(finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, file, 1, 1, "The file cannot be read: " + e.getMessage(),
					"Check that the file exists and is readable."));
		}
	}

	/**
	 * Shipped frameworks are linked against unless a checked or given file has the same id and
	 * version. They are not parsed here: the index gives each one's id and version, which is all
	 * that linking {@code implements} (and its diagnostics: unknown id, other version) needs; a
	 * shipped framework is parsed only when a checked file links to it. Returns the index entries
	 * of the shipped frameworks not loaded yet.
	 */
	private List<IResourceDescription> addShippedFrameworks(XtextResourceSet set) {
		set.getURIConverter().getURIHandlers().add(0, new ShippedFrameworkHandler());
		Set<String> present = presentFrameworks(set);
		IQualifiedNameConverter names = injector.getInstance(IQualifiedNameConverter.class);
		List<IResourceDescription> notLoaded = new ArrayList<>();
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			URI uri = URI.createURI(SHIPPED + entry.name());
			if (entry.id() == null) {
				addUnlessPresent(set, uri, () -> ShippedFrameworks.open(entry.name()));
			} else if (present.add(entry.id() + "@" + entry.version())) {
				notLoaded.add(DetachedResourceDescription.notLoadedFramework(uri, names.toQualifiedName(entry.id()), entry.version()));
			}
		}
		return notLoaded;
	}

	/** The URIs shipped frameworks are read from. */
	static final String SHIPPED = "goldthread:/shipped/";

	/** The largest file read (docs/security.md): a course of 100,000 sessions is about 10 MiB. */
	public static final long MAXIMUM_FILE_BYTES = 32L * 1024 * 1024;

	/** Reads {@code goldthread:/shipped/<file>} from the shipped frameworks, when a link to one is resolved. */
	private static final class ShippedFrameworkHandler extends URIHandlerImpl {
		@Override
		public boolean canHandle(URI uri) {
			return uri.toString().startsWith(SHIPPED);
		}

		@Override
		public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
			return ShippedFrameworks.open(uri.toString().substring(SHIPPED.length()));
		}

		@Override
		public boolean exists(URI uri, Map<?, ?> options) {
			return ShippedFrameworks.names().contains(uri.toString().substring(SHIPPED.length()));
		}
	}

	private static Set<String> presentFrameworks(XtextResourceSet set) {
		Set<String> present = new HashSet<>();
		for (Resource r : new ArrayList<>(set.getResources())) {
			if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Framework f) {
				present.add(f.getName() + "@" + f.getVersion());
			}
		}
		return present;
	}

	private interface Opener {
		InputStream open() throws IOException;
	}

	/** Loads a framework unless it cannot be read or a framework of its id and version is already loaded. */
	private static void addUnlessPresent(XtextResourceSet set, URI uri, Opener opener) {
		Set<String> present = presentFrameworks(set);
		Resource resource = set.createResource(uri);
		try (InputStream in = opener.open()) {
			resource.load(in, set.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			set.getResources().remove(resource);
			return;
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework f)
				|| present.contains(f.getName() + "@" + f.getVersion())) {
			set.getResources().remove(resource);
		}
	}

	/** True when the file holds nothing but white space and comments. */
	private static boolean isBlank(Resource resource) {
		if (!(resource instanceof XtextResource x) || x.getParseResult() == null || x.getParseResult().getRootNode() == null) {
			return resource.getContents().isEmpty();
		}
		for (var leaf : x.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && !leaf.getText().isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static Finding toFinding(Issue issue, Path file) {
		String code = issue.getCode();
		Rule rule = Rule.byId(code);
		if (rule == null) {
			// Xtext's own codes: syntax errors and plain linking errors; an issue with no code that is
			// neither is a validator that failed (Xtext turns its exception into an error without a code)
			code = Diagnostic.LINKING_DIAGNOSTIC.equals(code) ? GoldthreadIssueCodes.UNKNOWN_REFERENCE
					: issue.isSyntaxError() || code != null ? GoldthreadIssueCodes.SYNTAX : GoldthreadIssueCodes.INTERNAL_ERROR;
		}
		Finding f = finding(code, switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		}, file, issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getColumn() == null ? 1 : issue.getColumn(),
				issue.getMessage(), hint(code, issue));
		f.getLocation().setOffset(issue.getOffset() == null ? 0 : issue.getOffset());
		f.getLocation().setLength(issue.getLength() == null ? 0 : issue.getLength());
		if (issue.getData() != null && issue.getData().length > 0) {
			f.setFrameworkElementId(issue.getData()[0]);
		}
		return f;
	}

	private static String hint(String code, Issue issue) {
		return switch (code) {
			case GoldthreadIssueCodes.SYNTAX -> SYNTAX_HINT;
			case GoldthreadIssueCodes.UNKNOWN_REFERENCE -> issue.getData() != null && issue.getData().length > 0
					? "Replace it with '" + issue.getData()[0] + "'." : "Use an id of the implemented framework (content assist lists them).";
			case GoldthreadIssueCodes.WRONG_KIND_REFERENCE -> "Refer to an element of the kind this clause takes.";
			case GoldthreadIssueCodes.DUPLICATE_ID -> "Rename one of the two elements.";
			case GoldthreadIssueCodes.MISSING_FRAMEWORK -> "Add `implements <framework id> version \"<version>\"`.";
			case GoldthreadIssueCodes.UNKNOWN_FRAMEWORK -> "Check the id, or pass the framework's file with --framework.";
			case GoldthreadIssueCodes.FRAMEWORK_VERSION_MISMATCH -> "Implement the available version, or add the framework version you need.";
			default -> null;
		};
	}

	private static final String SYNTAX_HINT = "Correct the text at this position (see docs/language.md for the syntax).";

	private static Finding finding(String ruleId, Severity severity, Path file, int line, int column, String message, String hint) {
		Finding f = FindingsFactory.eINSTANCE.createFinding();
		f.setRuleId(ruleId);
		f.setSeverity(severity);
		f.setMessage(message);
		f.setFixHint(hint);
		Rule rule = Rule.byId(ruleId);
		f.setPassage(rule == null ? null : rule.passage());
		SourceLocation location = FindingsFactory.eINSTANCE.createSourceLocation();
		location.setUri(file.toString());
		location.setLine(line);
		location.setColumn(column);
		f.setLocation(location);
		return f;
	}

	/** Syntax errors first, then findings in source order, then by rule id, so that output is stable. */
	static void sort(ConformanceReport report) {
		List<Finding> sorted = new ArrayList<>(report.getFindings());
		sorted.sort(Comparator.comparingInt(SyntaxCascade::rank).thenComparingInt(f -> f.getLocation() == null ? 0 : f.getLocation().getLine())
				.thenComparingInt(f -> f.getLocation() == null ? 0 : f.getLocation().getColumn())
				.thenComparing(Finding::getRuleId)
				.thenComparing(f -> f.getMessage() == null ? "" : f.getMessage()));
		report.getFindings().clear();
		report.getFindings().addAll(sorted);
	}
}
