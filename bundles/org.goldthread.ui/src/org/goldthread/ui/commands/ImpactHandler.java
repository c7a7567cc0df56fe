package org.goldthread.ui.commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.service.OperationCanceledError;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.evolution.ImpactRenderer;
import org.goldthread.model.Framework;
import org.goldthread.reports.AtomicWriter;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.WorkspaceFiles;

/**
 * Impact of This Framework Version: the selected framework or curriculum file (or the active
 * editor's) taken as a new version, and every course of the workspace's open projects that implements
 * another version of the same framework analysed against it, as {@code goldthread impact NEW COURSE…}
 * does. The HTML page is written atomically to {@code goldthread-impact/impact.html} in the selected
 * file's project and opened in a web browser; the effort is summarised in the status line. The files
 * are read as saved; the work runs in a cancellable job.
 */
public class ImpactHandler extends AbstractHandler {

	public static final String ID = "org.goldthread.ui.impact";
	/** The project folder the impact page is written to. */
	public static final String FOLDER = "goldthread-impact";
	/** The page written in {@link #FOLDER}. */
	public static final String PAGE = "impact.html";

	private static volatile String lastSummary;

	/** The summary of the last impact worked out (for tests and diagnostics). */
	public static String lastSummary() {
		return lastSummary;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IFile selected = null;
		for (IResource resource : Targets.resources(event)) {
			if (resource instanceof IFile file && isFramework(file)) {
				selected = file;
				break;
			}
		}
		if (selected == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Goldthread",
					"Select a framework or curriculum file (.framework, .curriculum) that is the new version, or open it in the editor: "
							+ "the impact is worked out for every course of the workspace that implements another version of it.");
			return null;
		}
		IFile newVersion = selected;
		Job job = new Job("Working out the impact of " + newVersion.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Result result = analyse(newVersion, monitor);
					lastSummary = result.summary();
					showSummary(result.summary());
					Browsers.open(result.page(), "org.goldthread.ui.impactBrowser", "Impact of " + newVersion.getName());
					return new Status(IStatus.OK, GoldthreadUiPlugin.ID, result.summary());
				} catch (OperationCanceledException | OperationCanceledError e) {
					return Status.CANCEL_STATUS;
				} catch (EvolutionException e) {
					return Status.error(e.getMessage());
				} catch (Exception | LinkageError e) {
					GoldthreadUiPlugin.log("Goldthread: cannot work out the impact of " + newVersion.getFullPath(), e);
					return Status.error("The impact of " + newVersion.getFullPath() + " could not be worked out: " + Browsers.message(e));
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	/** What one run wrote: the page and its one-line summary. */
	record Result(IFile page, String summary) {
	}

	static boolean isFramework(IFile file) {
		return "framework".equals(file.getFileExtension()) || "curriculum".equals(file.getFileExtension());
	}

	/** Works out the impact of {@code newVersion} on the workspace's courses and writes the page. */
	static Result analyse(IFile newVersion, IProgressMonitor monitor) throws Exception {
		SubMonitor sub = SubMonitor.convert(monitor, "Working out the impact of " + newVersion.getName(), 100);
		IProject project = newVersion.getProject();
		if (newVersion.getLocation() == null || project.getLocation() == null) {
			throw new EvolutionException(newVersion.getFullPath() + " is not on the local file system.");
		}
		// the other curricula and frameworks of the workspace (an older version may be one of them), the courses
		List<IFile> frameworks = new ArrayList<>();
		List<IFile> courses = new ArrayList<>();
		for (IProject open : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			for (IFile file : WorkspaceFiles.goldthreadFiles(open)) {
				if (file.getLocation() == null) {
					continue;
				}
				if ("course".equals(file.getFileExtension())) {
					courses.add(file);
				} else if (isFramework(file) && !file.equals(newVersion)) {
					frameworks.add(file);
				}
			}
		}
		GenerateHandler.checkCanceled(sub);
		sub.subTask("Reading " + newVersion.getName());
		EvolutionWorkspace workspace = new EvolutionWorkspace(GoldthreadLanguage.injector(), List.of(), true);
		// the files' heads are read by the language's parser (as saved), not by patterns over their text
		EvolutionWorkspace.Heading head = workspace.heading(path(newVersion));
		String id = head == null || !head.isFramework() ? null : head.id();
		for (IFile other : frameworks) {
			EvolutionWorkspace.Heading otherHead = id == null ? null : workspace.heading(path(other));
			if (otherHead != null && otherHead.isFramework() && id.equals(otherHead.id())) {
				try {
					workspace.addFramework(path(other));
				} catch (EvolutionException e) {
					// a version that does not parse: its courses are reported as not analysed
					GoldthreadUiPlugin.warn("Goldthread: " + e.getMessage(), null);
				}
			}
		}
		Framework target;
		try {
			target = workspace.addFramework(path(newVersion));
		} catch (EvolutionException e) {
			throw new EvolutionException(newVersion.getFullPath() + " cannot be read as a new version: " + e.getMessage());
		}
		sub.worked(10);

		// the courses that implement another version of the same framework
		List<Path> implementing = new ArrayList<>();
		for (IFile course : courses) {
			EvolutionWorkspace.Heading implemented = workspace.heading(path(course));
			if (implemented != null && target.getName().equals(implemented.implementedId()) && !target.getVersion().equals(implemented.implementedVersion())) {
				implementing.add(path(course));
			}
		}
		if (implementing.isEmpty()) {
			throw new EvolutionException("No course in the workspace's open projects implements another version of " + target.getName()
					+ " than \"" + target.getVersion() + "\" (" + courses.size() + (courses.size() == 1 ? " course" : " courses")
					+ " looked at). Open the project of the courses to analyse, or check the version their implements line names.");
		}
		SubMonitor each = sub.split(80).setWorkRemaining(implementing.size());
		List<Impact.CourseImpact> impacts = new ArrayList<>();
		new Evolution(workspace).impact(target, implementing, impact -> {
			GenerateHandler.checkCanceled(each);
			each.subTask(impact.file().getFileName().toString());
			impacts.add(impact);
			each.worked(1);
		});
		String label = target.getName() + " version \"" + target.getVersion() + "\"";
		String html = ImpactRenderer.html(label, impacts);

		IFolder folder = project.getFolder(FOLDER);
		sub.subTask("Writing " + folder.getFullPath().append(PAGE));
		Path file = folder.getLocation().toFile().toPath().resolve(PAGE);
		try {
			AtomicWriter.write(file, html.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new IOException("cannot write " + folder.getFullPath().append(PAGE) + " (" + Browsers.message(e) + ")", e);
		}
		sub.worked(5);
		folder.refreshLocal(IResource.DEPTH_ONE, sub.split(5));
		return new Result(folder.getFile(PAGE), summary(impacts));
	}

	/** "3 courses: 4 mappings to update, 2 new objectives to teach; 1 not analysed". */
	static String summary(List<Impact.CourseImpact> impacts) {
		List<Impact.Consequence> items = new ArrayList<>();
		long problems = 0;
		for (Impact.CourseImpact impact : impacts) {
			if (impact.problem() != null) {
				problems++;
			} else {
				items.addAll(impact.items());
			}
		}
		String effort = new Impact.CourseImpact(null, null, null, null, items).summary();
		return impacts.size() + (impacts.size() == 1 ? " course: " : " courses: ") + effort
				+ (problems > 0 ? "; " + problems + " could not be analysed (see the page)" : "");
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	/** The summary in the status line of the active part (a view's or an editor's). */
	private static void showSummary(String summary) {
		Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null || display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			IWorkbenchPart part = page == null ? null : page.getActivePart();
			String message = "Impact: " + summary;
			if (part != null && part.getSite() instanceof IViewSite site) {
				site.getActionBars().getStatusLineManager().setMessage(message);
			} else if (part != null && part.getSite() instanceof IEditorSite site) {
				site.getActionBars().getStatusLineManager().setMessage(message);
			}
		});
	}
}
