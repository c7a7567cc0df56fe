package org.goldthread.conformance;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.FindingsFactory;
import org.goldthread.model.findings.Severity;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Singleton;

/**
 * The one check session every front end goes through (command line, Maven plugin, Eclipse builder,
 * editor and report command, language server): it loads documents (files, or resources a front end
 * keeps up to date itself: editor buffers, the language server's documents), indexes the given and
 * the shipped frameworks, runs the language's validation once and the conformance engine once per
 * document, and returns one {@link ConformanceReport} per document: the findings (rule id,
 * severity, location, message, passage, fix hint, framework element), the engine's coverage model
 * and the verdict. An exception on the way becomes an error finding (GT-SYN-003), never a pass.
 * <p>
 * The steps have classes of their own: {@link GoldthreadFiles} (discovery), {@link DocumentLoader}
 * (reading files and framework resources), {@link FrameworkIndex} (the index, shipped frameworks
 * through {@link ShippedFrameworkHandler}), {@link FindingMapper} (issues ↔ findings, fix hints,
 * order), {@link ConformanceService} (profile, engine), {@link ConformanceEngine#updateVerdict}
 * (the verdict) and {@link FrameworkProvenance} (a local copy that differs from a shipped framework).
 */
@Singleton
public final class CheckSession {

	private final Injector injector;
	private final ConformanceService service;
	private final FrameworkIndex frameworkIndex;
	private final FrameworkProvenance provenance = new FrameworkProvenance();
	private IResourceValidator languageValidator;
	private boolean shippedFrameworks = true;

	/** A session for the language of {@code injector} (with or without the IDE services), checking with {@code service}. */
	@Inject
	public CheckSession(Injector injector, ConformanceService service) {
		this.injector = injector;
		this.service = service;
		this.frameworkIndex = new FrameworkIndex(injector);
	}

	public ConformanceService service() {
		return service;
	}

	public Injector injector() {
		return injector;
	}

	/** Whether the shipped frameworks are linked against when files are checked (true unless switched off). */
	public CheckSession useShippedFrameworks(boolean use) {
		this.shippedFrameworks = use;
		return this;
	}

	/** The language's own validation (syntax, linking, document rules, limits), without the engine. */
	private synchronized IResourceValidator languageValidator() {
		if (languageValidator == null) {
			languageValidator = injector.getInstance(ResourceValidatorImpl.class);
		}
		return languageValidator;
	}

	// ------------------------------------------------------------------ documents a front end keeps loaded

	/**
	 * Checks a loaded, linked resource: an editor's buffer, a workspace file in the builder's model,
	 * a language server document. The language's validation and the engine run once each.
	 *
	 * @param location the document's path as findings name it (for files, the file's path)
	 * @throws OperationCanceledError when {@code cancel} says so (a partial result is never returned)
	 */
	public ConformanceReport check(Resource resource, String location, CancelIndicator cancel) {
		CancelIndicator indicator = cancel == null ? CancelIndicator.NullImpl : cancel;
		ConformanceReport report;
		try {
			report = check(resource, location, service, languageValidator(), indicator);
		} catch (RuntimeException | StackOverflowError e) {
			if (indicator.isCanceled()) {
				throw new OperationCanceledError(new RuntimeException("cancelled"));
			}
			report = internalError(location, e);
		}
		if (indicator.isCanceled()) {
			throw new OperationCanceledError(new RuntimeException("cancelled"));
		}
		return report;
	}

	/** As {@link #check(Resource, String, CancelIndicator)}, located at the resource's own address (its path for files). */
	public ConformanceReport check(Resource resource, CancelIndicator cancel) {
		return check(resource, locationOf(resource.getURI()), cancel);
	}

	/** The check of a resource as Xtext issues (the language server's and Eclipse editor's diagnostics). */
	public List<Issue> issues(Resource resource, CancelIndicator cancel) {
		return issues(check(resource, cancel), resource);
	}

	/** A report's findings as Xtext issues of {@code resource} (the resource it was checked in). */
	public static List<Issue> issues(ConformanceReport report, Resource resource) {
		List<Issue> issues = new ArrayList<>();
		for (Finding finding : report.getFindings()) {
			issues.add(FindingMapper.toIssue(finding, resource));
		}
		return issues;
	}

	/** A path for a file URI, else the URI itself. */
	public static String locationOf(URI uri) {
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	/**
	 * One resource's report: the language's findings from {@code validator} (issues of the engine's
	 * rules from a validator that runs them too are left out, being the engine's findings once more)
	 * and the engine's, in source order, with the verdict.
	 */
	static ConformanceReport check(Resource resource, String location, ConformanceService service, IResourceValidator validator,
			CancelIndicator cancel) {
		Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
		List<Finding> language = new ArrayList<>();
		if (DocumentLoader.isBlank(resource)) {
			language.add(FindingMapper.finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, location, 1, 1,
					"The file is empty: it holds no curriculum, framework, course or plan.",
					"Start it with `course <id> \"title\" implements …`, `curriculum …`, `framework …` or `plan …`."));
		} else {
			List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
			if (issues == null || cancel.isCanceled()) {
				throw new OperationCanceledError(new RuntimeException("cancelled"));
			}
			for (Issue issue : issues) {
				Rule rule = Rule.byId(issue.getCode());
				if (rule == null || rule.origin() != Rule.Origin.ENGINE) {
					language.add(FindingMapper.toFinding(issue, location));
				}
			}
			failClosed(resource, location, language);
		}
		return report(document, location, service, language);
	}

	/**
	 * A file that did not parse completely is never reported without an error, whatever went wrong
	 * between the parser and the findings: if the parser recorded errors and none of them reached
	 * the findings, one is added at the first error's position.
	 */
	private static void failClosed(Resource resource, String location, List<Finding> language) {
		if (resource.getErrors().isEmpty() || language.stream().anyMatch(f -> f.getSeverity() == Severity.ERROR)) {
			return;
		}
		Resource.Diagnostic first = resource.getErrors().get(0);
		int line = 1;
		int column = 1;
		if (first instanceof org.eclipse.xtext.diagnostics.Diagnostic d && resource instanceof XtextResource x && x.getParseResult() != null) {
			var position = org.goldthread.lang.validation.TextPositions.of(x.getParseResult().getRootNode().getText(), d.getOffset());
			line = position.line();
			column = position.column();
		}
		language.add(FindingMapper.finding(GoldthreadIssueCodes.SYNTAX, Severity.ERROR, location, line, column,
				"The file could not be read completely: " + first.getMessage(), FindingMapper.SYNTAX_HINT));
	}

	/** The engine's report of the document (none for a document that did not parse) with the language's findings. */
	static ConformanceReport report(Document document, String location, ConformanceService service, List<Finding> language) {
		ConformanceReport report = document == null ? FindingsFactory.eINSTANCE.createConformanceReport() : service.engineReport(document);
		report.setDocumentUri(location);
		report.getFindings().addAll(0, language);
		FindingMapper.sort(report);
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	/**
	 * The report of a file whose check failed inside Goldthread: an error finding that says so, so
	 * that the file can never read as conforming; the run goes on with the next file.
	 */
	static ConformanceReport internalError(String location, Throwable e) {
		ConformanceReport report = FindingsFactory.eINSTANCE.createConformanceReport();
		report.setDocumentUri(location);
		String reason = e instanceof StackOverflowError ? "the file is nested too deeply to be checked"
				: e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
		report.getFindings().add(FindingMapper.finding(GoldthreadIssueCodes.INTERNAL_ERROR, Severity.ERROR, location, 1, 1,
				"Goldthread could not finish checking this file (" + reason + "), so it cannot be said to conform.",
				"Simplify or correct the file around the last change; if it looks right, report this with the file (run with --debug for the details)."));
		ConformanceEngine.updateVerdict(report);
		return report;
	}

	private static String oneLine(String message) {
		String line = message.strip().lines().findFirst().orElse("");
		return line.length() > 200 ? line.substring(0, 200) + "…" : line;
	}

	// ------------------------------------------------------------------ files

	/**
	 * Checks {@code files}, linking against {@code frameworks} (files loaded but not reported),
	 * {@code frameworkUrls} (framework resources such as a jar's {@code frameworks/} entries; one that
	 * cannot be read, or whose id and version an earlier source provides, is left out) and the
	 * shipped frameworks. Hands each file's result to {@code each} in the order of {@code files}.
	 * With {@code release}, each course and plan is loaded when its turn comes and unloaded once
	 * {@code each} returns, so memory does not grow with the number of courses.
	 */
	public void checkFiles(List<Path> files, List<Path> frameworks, List<URL> frameworkUrls, IntConsumer progress, boolean release,
			Consumer<CheckedFile> each) {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Resource> inputs = new ArrayList<>();
		List<Finding> loadProblems = new ArrayList<>();
		for (Path file : files) {
			// courses and plans link only to frameworks: when releasing, each is loaded at its turn
			inputs.add(release && GoldthreadFiles.isDocumentFile(file) ? null : DocumentLoader.load(set, file, loadProblems));
		}
		for (Path file : frameworks) {
			DocumentLoader.load(set, file, new ArrayList<>());
		}
		for (URL url : frameworkUrls) {
			DocumentLoader.addFramework(set, url);
		}
		Set<URI> explicit = new HashSet<>();
		frameworks.forEach(f -> explicit.add(URI.createFileURI(f.toAbsolutePath().normalize().toString())));
		frameworkUrls.forEach(u -> explicit.add(URI.createURI(u.toString())));
		List<IResourceDescription> shipped = shippedFrameworks ? frameworkIndex.addShippedFrameworks(set) : List.of();
		ResourceDescriptionsData index = frameworkIndex.install(set, shipped);
		IResourceValidator validator = languageValidator();
		for (int i = 0; i < files.size(); i++) {
			Path file = files.get(i);
			Resource resource = inputs.get(i);
			boolean loadedNow = resource == null;
			if (loadedNow) {
				resource = DocumentLoader.load(set, file, loadProblems);
				index.addDescription(resource.getURI(), frameworkIndex.describe(resource));
			}
			Document document = resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
			List<Finding> problems = new ArrayList<>();
			for (Iterator<Finding> it = loadProblems.iterator(); it.hasNext();) {
				Finding problem = it.next();
				if (file.toString().equals(problem.getLocation().getUri())) {
					problems.add(problem);
					it.remove();
				}
			}
			ConformanceReport report;
			try {
				report = problems.isEmpty() ? check(resource, file.toString(), service, validator, CancelIndicator.NullImpl)
						: report(document, file.toString(), service, problems);
				if (shippedFrameworks) {
					provenance.check(document, file, report, explicit);
				}
			} catch (RuntimeException | StackOverflowError e) {
				report = internalError(file.toString(), e);
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
}
