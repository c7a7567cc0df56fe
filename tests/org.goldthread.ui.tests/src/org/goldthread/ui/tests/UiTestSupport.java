package org.goldthread.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.builder.GoldthreadNature;
import org.goldthread.ui.editor.ValidationReconciler;

/** What the workbench tests share: a project, files, editors, waiting, screenshots. */
public abstract class UiTestSupport {

	/** The shipped examples of the repository (the build passes their folder). */
	static Path examples() {
		String examples = System.getProperty("goldthread.examples");
		if (examples == null) {
			throw new IllegalStateException("the system property goldthread.examples (set in this bundle's pom.xml) names the examples folder");
		}
		return Path.of(examples);
	}

	static String example(String relative) throws IOException {
		return Files.readString(examples().resolve(relative), StandardCharsets.UTF_8);
	}

	static IProject project(String name, boolean nature) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		if (nature) {
			GoldthreadNature.addTo(project, null);
		}
		return project;
	}

	/** The usual clean-up after a test: no editor left open (nothing saved), then the test's projects deleted. */
	static void closeEditorsAndDelete(IProject... projects) throws CoreException {
		page().closeAllEditors(false);
		dispatch(50);
		for (IProject project : projects) {
			deleteProject(project);
		}
	}

	static void deleteProject(IProject project) throws CoreException {
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	static IFile write(IProject project, String path, String content) throws CoreException {
		IFile file = project.getFile(path);
		if (file.getParent() instanceof IFolder folder) {
			mkdirs(folder);
		}
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	private static void mkdirs(IFolder folder) throws CoreException {
		if (!folder.exists()) {
			if (folder.getParent() instanceof IFolder parent) {
				mkdirs(parent);
			}
			folder.create(true, true, null);
		}
	}

	static String read(IFile file) throws Exception {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file) throws CoreException {
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), file);
		dispatch(200);
		return editor;
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	/** The live (reconciler) annotations as "RULE-ID elementId|message". */
	static List<ValidationReconciler.IssueAnnotation> liveAnnotations(ISourceViewer viewer) {
		List<ValidationReconciler.IssueAnnotation> result = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model == null) {
			return result;
		}
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ValidationReconciler.IssueAnnotation a) {
				result.add(a);
			}
		}
		return result;
	}

	static boolean hasLive(ISourceViewer viewer, String ruleId, String elementId) {
		return liveAnnotations(viewer).stream()
				.anyMatch(a -> ruleId.equals(a.getRuleId()) && (elementId == null || elementId.equals(a.getFrameworkElementId())));
	}

	static String describeLive(ISourceViewer viewer) {
		return liveAnnotations(viewer).stream().map(a -> a.getRuleId() + " " + a.getFrameworkElementId() + " " + a.getText())
				.sorted().collect(Collectors.joining("\n"));
	}

	static List<IMarker> markers(IResource resource) throws CoreException {
		return Arrays.asList(resource.findMarkers(GoldthreadMarkers.PROBLEM, true, IResource.DEPTH_INFINITE));
	}

	/** False too when the markers cannot be read (the resource is gone), so it can be waited for. */
	static boolean hasMarker(IResource resource, String ruleId, String elementId) {
		try {
			return markers(resource).stream().anyMatch(m -> ruleId.equals(GoldthreadMarkers.ruleId(m))
					&& (elementId == null || elementId.equals(GoldthreadMarkers.frameworkElementId(m))));
		} catch (CoreException e) {
			return false;
		}
	}

	static int markerCount(IResource resource) {
		try {
			return markers(resource).size();
		} catch (CoreException e) {
			return 0;
		}
	}

	static String describeMarkers(IResource resource) {
		List<IMarker> markers;
		try {
			markers = markers(resource);
		} catch (CoreException e) {
			return e.toString();
		}
		return markers.stream().map(m -> GoldthreadMarkers.ruleId(m) + " " + GoldthreadMarkers.frameworkElementId(m) + " "
				+ m.getAttribute(IMarker.MESSAGE, "")).sorted().collect(Collectors.joining("\n"));
	}

	/** Spins the event loop (tests run on the UI thread) until the auto-build has run. */
	static void waitForBuild() {
		dispatch(100);
		waitFor(() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0, 60_000, "the build");
		dispatch(100);
	}

	static void waitFor(BooleanSupplier condition, long timeoutMs, String what) {
		if (!spinUntil(condition, timeoutMs)) {
			throw new AssertionError("timed out waiting for " + what);
		}
	}

	/** Spins the event loop (tests run on the UI thread) until the condition holds; false if it did not within the time. */
	static boolean spinUntil(BooleanSupplier condition, long timeoutMs) {
		long end = System.currentTimeMillis() + timeoutMs;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
		return true;
	}

	/** The shells on screen now, to tell a popup that opens later from them. */
	static Set<Shell> visibleShells() {
		return Arrays.stream(Display.getCurrent().getShells()).filter(Shell::isVisible).collect(Collectors.toSet());
	}

	/**
	 * Spins the event loop until a shell that was not on screen before shows (a hover, a completion
	 * popup), then lets it paint; false if none showed within the time.
	 */
	static boolean waitForPopup(Set<Shell> before, long timeoutMs) {
		boolean shown = spinUntil(() -> Arrays.stream(Display.getCurrent().getShells()).anyMatch(shell -> shell.isVisible() && !before.contains(shell)),
				timeoutMs);
		if (shown) {
			dispatch(300);
		}
		return shown;
	}

	static void dispatch(long ms) {
		long end = System.currentTimeMillis() + ms;
		Display display = Display.getCurrent();
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The whole screen (the X root window, so popups and hovers are included) as a PNG under target/screenshots. */
	@SuppressWarnings("deprecation")
	static File screenshot(String name) {
		File file = new File(System.getProperty("goldthread.screenshotDir", "target/screenshots"), name);
		file.getParentFile().mkdirs();
		Display display = Display.getCurrent();
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}

	/** Moves the (X) mouse pointer over a document offset and rests there, so that JFace shows its hover. */
	static void hoverMouseAt(ITextEditor editor, int offset) {
		org.eclipse.swt.custom.StyledText text = (org.eclipse.swt.custom.StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		Display display = text.getDisplay();
		text.getShell().forceActive();
		text.setFocus();
		editor.selectAndReveal(offset, 0);
		dispatch(200);
		Set<Shell> before = visibleShells();
		org.eclipse.swt.graphics.Point location = text.toDisplay(text.getLocationAtOffset(offset));
		for (int dx : new int[] { -40, 0, 3 }) {
			org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
			move.type = SWT.MouseMove;
			move.x = location.x + 8 + dx;
			move.y = location.y + text.getLineHeight() / 2;
			display.post(move);
			dispatch(150);
		}
		waitForPopup(before, 5000);
	}

	/** Expands every item of the Problems view's tree (for screenshots). */
	static void expandProblemsView() throws Exception {
		var view = page().showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
		dispatch(500);
		org.eclipse.swt.widgets.Control control = view.getAdapter(org.eclipse.swt.widgets.Control.class);
		org.eclipse.swt.widgets.Tree tree = control instanceof org.eclipse.swt.widgets.Tree t ? t : findTree(view.getSite().getShell(), view);
		if (tree == null) {
			return;
		}
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			org.eclipse.swt.widgets.Event expand = new org.eclipse.swt.widgets.Event();
			expand.item = item;
			tree.notifyListeners(SWT.Expand, expand);
			item.setExpanded(true);
		}
		dispatch(500);
	}

	private static org.eclipse.swt.widgets.Tree findTree(org.eclipse.swt.widgets.Composite root, org.eclipse.ui.IViewPart view) {
		for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Tree tree && child.isVisible()
					&& tree.getColumnCount() >= 3 && "Description".equals(tree.getColumn(0).getText())) {
				return tree;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Tree found = findTree(composite, view);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static void maximiseWindow() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
	}

	/**
	 * Makes the workbench's browser support open pages in an "external browser" that is a script
	 * appending each URL it gets to a file (the test display has no WebKit for the internal one).
	 */
	@SuppressWarnings("restriction")
	static Path recordingBrowser() throws Exception {
		Path folder = Files.createTempDirectory("goldthread-browser");
		Path log = folder.resolve("opened.txt");
		Files.writeString(log, "");
		Path script = folder.resolve("browser.sh");
		Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\" >> '" + log + "'; done\n");
		script.toFile().setExecutable(true);
		var manager = org.eclipse.ui.internal.browser.BrowserManager.getInstance();
		var browser = manager.createExternalWebBrowser();
		browser.setName("Goldthread test browser");
		browser.setLocation(script.toString());
		browser.setParameters(org.eclipse.ui.internal.browser.IBrowserDescriptor.URL_PARAMETER);
		manager.setCurrentWebBrowser(browser.save());
		org.eclipse.ui.internal.browser.WebBrowserPreference.setBrowserChoice(org.eclipse.ui.internal.browser.WebBrowserPreference.EXTERNAL);
		return log;
	}

	static String recorded(Path log) {
		try {
			return Files.readString(log);
		} catch (java.io.IOException e) {
			return "";
		}
	}
}
