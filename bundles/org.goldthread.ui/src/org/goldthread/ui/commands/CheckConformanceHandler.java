package org.goldthread.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.builder.GoldthreadBuilder;
import org.goldthread.ui.builder.GoldthreadNature;

/**
 * Check Conformance: checks every Goldthread file of the selected projects (or of the active
 * editor's project) from scratch and shows the Problems view. A project without the Goldthread
 * nature gets it (and so keeps being checked on every build).
 */
public class CheckConformanceHandler extends AbstractHandler {

	public static final String ID = "org.goldthread.ui.checkConformance";

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> projects = Targets.projects(event);
		if (projects.isEmpty()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Checking conformance") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				SubMonitor sub = SubMonitor.convert(monitor, projects.size() * 2);
				for (IProject project : projects) {
					if (!GoldthreadNature.hasNature(project)) {
						GoldthreadNature.addTo(project, sub.split(1));
					} else {
						sub.worked(1);
					}
					project.build(IncrementalProjectBuilder.FULL_BUILD, GoldthreadBuilder.ID, null, sub.split(1));
				}
				return Status.OK_STATUS;
			}
		};
		job.setRule(projects.get(0).getWorkspace().getRoot());
		job.setUser(true);
		job.schedule();
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
		} catch (PartInitException | org.eclipse.core.commands.ExecutionException e) {
			GoldthreadUiPlugin.warn("Goldthread: cannot show the Problems view", e);
		}
		return job;
	}
}
