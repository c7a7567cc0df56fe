package org.goldthread.studio;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.goldthread.ui.perspective.CurriculumAuthoringPerspective;
import org.goldthread.ui.views.CoverageView;

/** Help > Import Goldthread Example Project: the welcome's offer, available at any time. */
public class ImportExampleProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null) {
			importAndOpen(window);
		}
		return null;
	}

	/** Imports the example project (or finds it), shows it in the authoring perspective and opens the course with gaps. */
	static void importAndOpen(IWorkbenchWindow window) {
		IProject[] imported = new IProject[1];
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(IProgressMonitor monitor) throws CoreException {
				imported[0] = ExampleProject.importInto(monitor);
			}
		};
		try {
			new ProgressMonitorDialog(window.getShell()).run(true, false, operation);
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof CoreException core) {
				ErrorDialog.openError(window.getShell(), "Import Goldthread Example Project", "The example project could not be imported.", core.getStatus());
			} else {
				ILog.of(ImportExampleProjectHandler.class).error("Importing the example project failed", cause);
			}
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		try {
			IWorkbenchPage page = window.getWorkbench().showPerspective(CurriculumAuthoringPerspective.ID, window);
			IFile course = imported[0].getFile(ExampleProject.FIRST_COURSE);
			if (page.findView("org.eclipse.ui.navigator.ProjectExplorer") instanceof ISetSelectionTarget explorer) {
				explorer.selectReveal(new StructuredSelection(course));
			}
			if (course.exists()) {
				IDE.openEditor(page, course, true);
			}
			page.showView(CoverageView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (WorkbenchException e) {
			ILog.of(ImportExampleProjectHandler.class).error("Opening the example project failed", e);
		}
	}
}
