package org.goldthread.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/** The Goldthread project nature: installs the {@link GoldthreadBuilder}. */
public class GoldthreadNature implements IProjectNature {

	public static final String ID = "org.goldthread.ui.nature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(c -> GoldthreadBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(GoldthreadBuilder.ID);
		ICommand[] newCommands = Arrays.copyOf(commands, commands.length + 1);
		newCommands[commands.length] = command;
		description.setBuildSpec(newCommands);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !GoldthreadBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
		project.deleteMarkers(GoldthreadMarkers.PROBLEM, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}

	public static boolean hasNature(IProject project) {
		try {
			return project != null && project.isAccessible() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the nature (and so the builder) to a project; nothing happens if it has it already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
		natures[natures.length - 1] = ID;
		description.setNatureIds(natures);
		project.setDescription(description, monitor);
	}

	public static void removeFrom(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			return;
		}
		description.setNatureIds(Arrays.stream(description.getNatureIds()).filter(n -> !ID.equals(n)).toArray(String[]::new));
		project.setDescription(description, monitor);
	}
}
