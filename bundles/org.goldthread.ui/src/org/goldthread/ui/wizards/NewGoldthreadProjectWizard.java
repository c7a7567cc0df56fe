package org.goldthread.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;

/** File > New > Goldthread Project: a project whose curricula, frameworks, courses and plans are checked on every build. */
public class NewGoldthreadProjectWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private IProject created;

	public NewGoldthreadProjectWizard() {
		setWindowTitle("New Goldthread Project");
		setNeedsProgressMonitor(true);
		setDefaultPageImageDescriptor(GoldthreadUiPlugin.imageDescriptor(GoldthreadImages.CHECK));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("goldthreadProject");
		page.setTitle("Goldthread project");
		page.setDescription("Courses, curricula, frameworks and local workforce plans, checked against the frameworks they implement on every build.");
		addPage(page);
	}

	public IProject getCreatedProject() {
		return created;
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		IPath location = page.useDefaults() ? null : page.getLocationPath();
		try {
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws org.eclipse.core.runtime.CoreException {
					created = GoldthreadProjects.create(name, location, monitor);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			GoldthreadUiPlugin.log("Goldthread: cannot create project " + name, e.getCause());
			MessageDialog.openError(getShell(), "New Goldthread Project", "Cannot create the project: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
