package org.goldthread.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.goldthread.ui.builder.GoldthreadNature;

/** "Add Goldthread Nature" on projects: the builder then checks the project's Goldthread files. */
public class AddNatureHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> projects = projects(HandlerUtil.getCurrentSelection(event));
		if (projects.isEmpty()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Adding the Goldthread nature") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				for (IProject project : projects) {
					GoldthreadNature.addTo(project, monitor);
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(projects.get(0).getWorkspace().getRoot()); // a nature change validates all natures: workspace rule
		job.setUser(true);
		job.schedule();
		return null;
	}

	static List<IProject> projects(ISelection selection) {
		List<IProject> result = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				IResource resource = Adapters.adapt(element, IResource.class);
				if (resource != null && resource.getProject() != null && resource.getProject().isAccessible()
						&& !GoldthreadNature.hasNature(resource.getProject()) && !result.contains(resource.getProject())) {
					result.add(resource.getProject());
				}
			}
		}
		return result;
	}
}
