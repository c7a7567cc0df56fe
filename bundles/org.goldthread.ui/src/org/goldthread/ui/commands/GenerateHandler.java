package org.goldthread.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * Generate Report / Generate Documentation: writes a Markdown file next to the selected Goldthread
 * file (or the active editor's), from its text as it is now, and opens it. Only these explicit
 * commands write files; an existing file of that name is replaced (its previous content stays in
 * Eclipse's local history).
 */
public abstract class GenerateHandler extends AbstractHandler {

	/** Generate Report: the conformance report of a course or plan, {@code NAME-conformance.md}. */
	public static class Report extends GenerateHandler {
		public static final String ID = "org.goldthread.ui.generateReport";

		@Override
		String suffix() {
			return "-conformance.md";
		}

		@Override
		String generate(IFile file) throws Exception {
			return ModelManager.get().forProject(file.getProject()).readFile(file, resource -> {
				List<Issue> issues = new ArrayList<>(GoldthreadLanguage.get(IResourceValidator.class).validate(resource, CheckMode.ALL,
						CancelIndicator.NullImpl));
				return MarkdownDocuments.conformanceReport(resource, issues);
			});
		}

		@Override
		String notApplicable() {
			return "A conformance report is made for a course (.course) or a local workforce plan (.plan).";
		}
	}

	/** Generate Documentation: the document's content as readable Markdown, {@code NAME.md}. */
	public static class Documentation extends GenerateHandler {
		public static final String ID = "org.goldthread.ui.generateDocumentation";

		@Override
		String suffix() {
			return ".md";
		}

		@Override
		String generate(IFile file) throws Exception {
			return ModelManager.get().forProject(file.getProject()).readFile(file, MarkdownDocuments::documentation);
		}

		@Override
		String notApplicable() {
			return "The file holds no curriculum, framework, course or plan.";
		}
	}

	abstract String suffix();

	abstract String generate(IFile file) throws Exception;

	abstract String notApplicable();

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> files = Targets.goldthreadFiles(event);
		List<IFile> written = new ArrayList<>();
		for (IFile file : files) {
			try {
				String text = generate(file);
				if (text == null) {
					MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Goldthread", file.getName() + ": " + notApplicable());
					continue;
				}
				written.add(write(target(file), text));
			} catch (Exception | LinkageError e) {
				GoldthreadUiPlugin.log("Goldthread: cannot generate from " + file.getFullPath(), e);
				MessageDialog.openError(HandlerUtil.getActiveShell(event), "Goldthread", "Cannot generate from " + file.getName() + ": " + e);
			}
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page != null && written.size() == 1) {
			try {
				IDE.openEditor(page, written.get(0));
			} catch (CoreException e) {
				GoldthreadUiPlugin.warn("Goldthread: cannot open " + written.get(0).getFullPath(), e);
			}
		}
		return written;
	}

	/** The file the command writes for {@code source}: next to it, named after it. */
	public IFile target(IFile source) {
		String name = source.getName();
		String base = name.substring(0, name.length() - source.getFileExtension().length() - 1);
		return source.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(base + suffix()));
	}

	static IFile write(IFile file, String text) throws CoreException {
		ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, IResource.FORCE | IResource.KEEP_HISTORY, null);
		} else {
			file.create(in, true, null);
			file.setCharset(StandardCharsets.UTF_8.name(), null);
		}
		return file;
	}
}
