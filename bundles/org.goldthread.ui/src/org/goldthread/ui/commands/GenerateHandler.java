package org.goldthread.ui.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;
import org.goldthread.conformance.CheckSession;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.reports.AtomicWriter;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFile;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.output.Reports;
import org.goldthread.reports.docs.DocsSiteRenderer;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Generate Conformance Report / Generate Documentation: render the selected Goldthread files (or the
 * active editor's, or all of a selected project's or folder's) with the renderers of
 * org.goldthread.reports, the same as {@code goldthread report} and {@code goldthread docs}, into a
 * folder of the project, and open the result in a web browser. The files are read as they are now
 * (an editor's unsaved text included) through the project's model. Only these explicit commands
 * write, and only generated files in their output folder, each atomically; the work runs in a
 * cancellable job.
 */
public abstract class GenerateHandler extends AbstractHandler {

	/** The project folder conformance reports are written to. */
	public static final String REPORTS_FOLDER = "reports";
	/** The project folder the documentation site is written to. */
	public static final String DOCS_FOLDER = "docs-site";

	/** Generate Conformance Report: {@code reports/<id>.html} and {@code .pdf} per course or plan, and an index when there are several. */
	public static class Report extends GenerateHandler {
		public static final String ID = "org.goldthread.ui.generateReport";

		@Override
		String what() {
			return "conformance report";
		}

		@Override
		boolean applies(IFile file) {
			return "course".equals(file.getFileExtension()) || "plan".equals(file.getFileExtension());
		}

		@Override
		String notApplicable() {
			return "A conformance report is made for a course (.course) or a local workforce plan (.plan).";
		}

		@Override
		String folder() {
			return REPORTS_FOLDER;
		}

		@Override
		Map<String, byte[]> render(List<XtextResource> resources, List<IFile> files, RenderContext context, SubMonitor monitor) {
			CheckSession session = GoldthreadLanguage.session();
			List<ConformanceReport> reports = new ArrayList<>();
			for (int i = 0; i < resources.size(); i++) {
				IFile file = files.get(i);
				monitor.subTask("Checking " + file.getName());
				// the same session as the builder's and the editors': the language's validation and the engine run once each
				ConformanceReport report = session.check(resources.get(i), path(file).toString(), monitor::isCanceled);
				checkCanceled(monitor);
				onLocalPaths(report);
				reports.add(report);
				monitor.worked(1);
			}
			// the same files, names and indexes as `goldthread report --format html,pdf`
			Map<String, byte[]> out = new LinkedHashMap<>();
			for (ReportFile file : Reports.files(List.of(ReportFormat.HTML, ReportFormat.PDF), reports, context)) {
				monitor.subTask("Rendering " + file.path());
				out.put(file.path(), file.render());
				checkCanceled(monitor);
				monitor.worked(1);
			}
			return out;
		}

		@Override
		int work(int files) {
			return files * 3 + (files > 1 ? 2 : 0); // a check and two renderings per file, and the two indexes
		}

		@Override
		String browserId() {
			return "org.goldthread.ui.reportBrowser";
		}
	}

	/** Generate Documentation: the HTML documentation site in {@code docs-site/}, opened at its {@code index.html}. */
	public static class Documentation extends GenerateHandler {
		public static final String ID = "org.goldthread.ui.generateDocumentation";

		@Override
		String what() {
			return "documentation";
		}

		@Override
		boolean applies(IFile file) {
			return true;
		}

		@Override
		String notApplicable() {
			return "Documentation is made from curricula, frameworks, courses and plans.";
		}

		@Override
		String folder() {
			return DOCS_FOLDER;
		}

		@Override
		Map<String, byte[]> render(List<XtextResource> resources, List<IFile> files, RenderContext context, SubMonitor monitor) {
			List<Document> documents = new ArrayList<>();
			for (XtextResource resource : resources) {
				if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Document document) {
					documents.add(document);
				}
			}
			if (documents.isEmpty()) {
				throw new IllegalStateException("no curriculum, framework, course or plan could be read (see the Problems view)");
			}
			monitor.subTask("Rendering the documentation");
			Map<String, byte[]> out = new LinkedHashMap<>();
			new DocsSiteRenderer().render(documents, context).forEach((path, html) -> out.put(path, html.getBytes(StandardCharsets.UTF_8)));
			checkCanceled(monitor);
			monitor.worked(files.size());
			return out;
		}

		@Override
		int work(int files) {
			return files;
		}

		@Override
		String browserId() {
			return "org.goldthread.ui.docsBrowser";
		}
	}

	/** What the command makes, for messages ("conformance report"). */
	abstract String what();

	/** Whether the command makes something from this Goldthread file. */
	abstract boolean applies(IFile file);

	abstract String notApplicable();

	/** The project folder written to. */
	abstract String folder();

	/**
	 * Renders the files' resources (under the project model's lock: the reports hold the model's
	 * objects) to the files to write, by path within {@link #folder()}.
	 */
	abstract Map<String, byte[]> render(List<XtextResource> resources, List<IFile> files, RenderContext context, SubMonitor monitor)
			throws Exception;

	/** Units of work for rendering this many files. */
	abstract int work(int files);

	abstract String browserId();

	/** What one run wrote in one project: the page to open in the browser. */
	record Output(IProject project, IFile page) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Map<IProject, List<IFile>> targets = new LinkedHashMap<>();
		List<IFile> skipped = new ArrayList<>();
		for (IResource resource : Targets.resources(event)) {
			for (IFile file : goldthreadFiles(resource)) {
				if (!applies(file)) {
					skipped.add(file);
				} else if (!targets.computeIfAbsent(file.getProject(), p -> new ArrayList<>()).contains(file)) {
					targets.get(file.getProject()).add(file);
				}
			}
		}
		if (targets.isEmpty()) {
			String message = skipped.size() == 1 ? skipped.get(0).getName() + ": " + notApplicable()
					: "Select a course or plan, a Goldthread project, or open a Goldthread file in the editor. " + notApplicable();
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Goldthread", message);
			return null;
		}
		Job job = new Job("Generating the " + what()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return generateAll(targets, monitor);
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** Generates for every project in turn, then opens the (last) result in the browser. */
	IStatus generateAll(Map<IProject, List<IFile>> targets, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, "Generating the " + what(), targets.values().stream().mapToInt(f -> work(f.size()) + 2).sum());
		MultiStatus problems = new MultiStatus(GoldthreadUiPlugin.ID, 0, "The " + what() + " could not be generated.", null);
		Output last = null;
		for (Map.Entry<IProject, List<IFile>> target : targets.entrySet()) {
			try {
				last = generate(target.getKey(), target.getValue(), sub.split(work(target.getValue().size()) + 2));
			} catch (OperationCanceledException | OperationCanceledError e) {
				return Status.CANCEL_STATUS;
			} catch (Exception | LinkageError e) {
				GoldthreadUiPlugin.log("Goldthread: cannot generate the " + what() + " of " + target.getKey().getName(), e);
				problems.add(Status.error(target.getKey().getName() + ": " + Browsers.message(e)));
			}
		}
		if (last != null) {
			Browsers.open(last.page(), browserId(), last.project().getName() + " " + what());
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	/** Renders {@code files} of {@code project} and writes the result into the project's output folder. */
	Output generate(IProject project, List<IFile> files, SubMonitor monitor) throws Exception {
		if (project.getLocation() == null) {
			throw new IOException("the project is not on the local file system");
		}
		IFolder folder = project.getFolder(folder());
		RenderContext context = new RenderContext(project.getLocation().toFile().toPath(), version());
		Map<String, byte[]> rendered = ModelManager.get().forProject(project).readFiles(files,
				resources -> render(resources, files, context, monitor.split(work(files.size()))));
		checkCanceled(monitor);
		monitor.subTask("Writing " + folder.getFullPath());
		Path root = folder.getLocation().toFile().toPath();
		for (Map.Entry<String, byte[]> file : rendered.entrySet()) {
			try {
				AtomicWriter.write(root.resolve(file.getKey()), file.getValue());
			} catch (IOException e) {
				throw new IOException("cannot write " + folder.getFullPath().append(file.getKey()) + " (" + Browsers.message(e) + ")", e);
			}
		}
		monitor.worked(1);
		folder.refreshLocal(IResource.DEPTH_INFINITE, monitor.split(1));
		IFile page = folder.getFile(rendered.containsKey("index.html") ? "index.html" : rendered.keySet().iterator().next());
		return new Output(project, page);
	}

	/** The Goldthread files a selected resource stands for: itself, or those in a selected project or folder. */
	static List<IFile> goldthreadFiles(IResource resource) {
		if (resource instanceof IFile file) {
			return GoldthreadLanguage.isGoldthreadFile(file) ? List.of(file) : List.of();
		}
		if (resource instanceof IContainer container && resource.getProject() != null) {
			return WorkspaceFiles.goldthreadFiles(resource.getProject()).stream()
					.filter(f -> container.getFullPath().isPrefixOf(f.getFullPath())).toList();
		}
		return List.of();
	}

	/** The local path of a workspace file, as reports show it (relative to the project). */
	static Path path(IFile file) {
		return file.getLocation() != null ? file.getLocation().toFile().toPath() : Path.of(file.getFullPath().toString());
	}

	/** The engine names workspace files by platform:/resource URIs; reports show their paths, relative to the project. */
	static void onLocalPaths(ConformanceReport report) {
		for (Finding finding : report.getFindings()) {
			var location = finding.getLocation();
			if (location != null && location.getUri() != null && location.getUri().startsWith("platform:/resource/")) {
				IFile file = WorkspaceFiles.fileOf(URI.createURI(location.getUri()));
				if (file != null && file.getLocation() != null) {
					location.setUri(file.getLocation().toOSString());
				}
			}
		}
	}

	static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/** The Goldthread version reports name: this bundle's, without the build qualifier. */
	static String version() {
		var bundle = Platform.getBundle(GoldthreadUiPlugin.ID);
		if (bundle == null) {
			return null;
		}
		var v = bundle.getVersion();
		return Objects.toString(v.getMajor()) + "." + v.getMinor() + "." + v.getMicro();
	}
}
