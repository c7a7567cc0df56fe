package org.goldthread.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.goldthread.ui.wizards.GoldthreadProjects;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example project that Goldthread Studio offers on first run: the repository's examples (a
 * conforming PGCert, one with gaps, a CPD course and a local workforce plan), copied from this
 * bundle into a new Goldthread project, so the builder checks them at once.
 */
public final class ExampleProject {

	public static final String NAME = "goldthread-examples";

	/** The course opened after the import: the one with findings, so the Problems view has something to show. */
	public static final String FIRST_COURSE = "eastfield/eastfield-pgcert.course";

	private static final String ROOT = "examples";

	private ExampleProject() {
	}

	public static IProject project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
	}

	/**
	 * Creates the example project, or returns it unchanged if it exists: an import never overwrites
	 * a file the user may have edited.
	 */
	public static IProject importInto(IProgressMonitor monitor) throws CoreException {
		IProject project = project();
		if (project.exists()) {
			if (!project.isOpen()) {
				project.open(monitor);
			}
			return project;
		}
		List<URL> entries = entries();
		SubMonitor sub = SubMonitor.convert(monitor, "Importing the Goldthread examples", entries.size() + 4);
		GoldthreadProjects.create(NAME, null, sub.split(4));
		for (URL entry : entries) {
			copy(project, entry, sub.split(1));
		}
		return project;
	}

	private static List<URL> entries() throws CoreException {
		Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
		Enumeration<URL> found = bundle.findEntries(ROOT, "*", true);
		List<URL> files = new ArrayList<>();
		while (found != null && found.hasMoreElements()) {
			URL url = found.nextElement();
			if (!url.getPath().endsWith("/")) {
				files.add(url);
			}
		}
		if (files.isEmpty()) {
			throw new CoreException(Status.error("The example files are missing from " + bundle.getSymbolicName()
					+ "; this installation of Goldthread Studio is incomplete."));
		}
		return files;
	}

	private static void copy(IProject project, URL entry, IProgressMonitor monitor) throws CoreException {
		String path = entry.getPath();
		String relative = path.substring(path.indexOf("/" + ROOT + "/") + ROOT.length() + 2);
		IFile file = project.getFile(IPath.fromPortableString(relative));
		if (file.exists()) {
			return;
		}
		createParents(file.getParent());
		try (InputStream in = entry.openStream()) {
			file.create(in, IResource.FORCE, monitor);
		} catch (IOException e) {
			throw new CoreException(new Status(IStatus.ERROR, FrameworkUtil.getBundle(ExampleProject.class).getSymbolicName(),
					"Could not copy the example file " + relative + ": " + e.getMessage(), e));
		}
	}

	private static void createParents(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			createParents(folder.getParent());
			folder.create(true, true, null);
		}
	}
}
