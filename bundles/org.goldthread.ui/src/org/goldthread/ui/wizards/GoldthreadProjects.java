package org.goldthread.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.goldthread.conformance.Profile;
import org.goldthread.ui.builder.GoldthreadNature;
import org.goldthread.ui.preferences.ProjectSettings;

/** Creates Goldthread projects: the nature (so the builder checks them), the usual folders and a settings file. */
public final class GoldthreadProjects {

	private GoldthreadProjects() {
	}

	/** Creates and opens a project with the Goldthread nature, folders courses/ and frameworks/, and goldthread.properties. */
	public static IProject create(String name, IPath location, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Creating " + name, 4);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
		if (location != null) {
			description.setLocation(location);
		}
		project.create(description, sub.split(1));
		project.open(sub.split(1));
		// A nature is configured (and so adds its builder) only when set on an existing project, not by create()
		GoldthreadNature.addTo(project, null);
		project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
		for (String folder : new String[] { "courses", "frameworks" }) {
			IFolder f = project.getFolder(folder);
			if (!f.exists()) {
				f.create(true, true, null);
			}
		}
		sub.worked(1);
		IFile settings = project.getFile(Profile.FILE_NAME);
		if (!settings.exists()) {
			settings.create(new ByteArrayInputStream(new ProjectSettings().toText().getBytes(StandardCharsets.UTF_8)), true, sub.split(1));
		}
		return project;
	}
}
