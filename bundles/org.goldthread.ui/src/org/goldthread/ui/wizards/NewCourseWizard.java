package org.goldthread.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.goldthread.model.Framework;
import org.goldthread.model.Pathway;
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.ProjectModel;

/**
 * File > New > Course from a Framework: a new .course file implementing a curriculum or framework
 * (the shipped ones or the project's own), with its teaching and study days, the threads expected
 * in delivery and the required assessments in place.
 */
public class NewCourseWizard extends Wizard implements INewWizard {

	private IContainer container;
	private Page page;
	private IFile created;

	public NewCourseWizard() {
		setWindowTitle("New Course from a Framework");
		setDefaultPageImageDescriptor(GoldthreadUiPlugin.imageDescriptor(GoldthreadImages.COURSE));
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first == null ? null : Adapters.adapt(first, IResource.class);
		if (resource instanceof IContainer c) {
			container = c;
		} else if (resource != null) {
			container = resource.getParent();
		}
	}

	/** Where the course goes (tests, and callers other than the New wizard dialog). */
	public void setContainer(IContainer container) {
		this.container = container;
	}

	public IFile getCreatedFile() {
		return created;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = create(container, page.fileName(), page.framework(), page.id.getText().trim(), page.title.getText().trim(),
					page.provider.getText().trim(), page.pathway());
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created);
			return true;
		} catch (Exception e) {
			GoldthreadUiPlugin.log("Goldthread: cannot create the course", e);
			MessageDialog.openError(getShell(), getWindowTitle(), "Cannot create the course: " + e.getMessage());
			return false;
		}
	}

	/** Creates the course file; fails if it exists. */
	public static IFile create(IContainer container, String fileName, ProjectModel.FrameworkEntry framework, String id, String title,
			String provider, String pathway) throws Exception {
		IFile file = container.getFile(IPath.fromOSString(fileName.endsWith(".course") ? fileName : fileName + ".course"));
		if (file.exists()) {
			throw new IllegalArgumentException(file.getFullPath() + " exists already");
		}
		String text = ModelManager.get().forProject(container.getProject()).withResource(framework.uri(),
				resource -> CourseSkeleton.text((Framework) resource.getContents().get(0), id, title, provider, pathway));
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return file;
	}

	final class Page extends WizardPage {
		Text folder;
		Text file;
		Text id;
		Text title;
		Text provider;
		Combo frameworks;
		Combo pathways;
		List<ProjectModel.FrameworkEntry> entries = List.of();
		List<String> pathwayIds = new ArrayList<>();

		Page() {
			super("course");
			setTitle("New course");
			setDescription("A course implementing a curriculum or framework, with its days and required assessments in place.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout(2, false));
			folder = field(c, "Folder:", container == null ? "" : container.getFullPath().toString());
			file = field(c, "File name:", "new.course");
			id = field(c, "Course id:", "university.pgcert");
			title = field(c, "Title:", "Postgraduate Certificate in CYP MH Leadership");
			provider = field(c, "Provider:", "");
			new Label(c, SWT.NONE).setText("Implements:");
			frameworks = new Combo(c, SWT.READ_ONLY);
			frameworks.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(c, SWT.NONE).setText("Pathway:");
			pathways = new Combo(c, SWT.READ_ONLY);
			pathways.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.addModifyListener(e -> loadFrameworks());
			frameworks.addListener(SWT.Selection, e -> loadPathways());
			for (Text t : List.of(file, id, title)) {
				t.addModifyListener(e -> validate());
			}
			loadFrameworks();
			setControl(c);
		}

		private Text field(Composite c, String label, String value) {
			new Label(c, SWT.NONE).setText(label);
			Text text = new Text(c, SWT.BORDER);
			text.setText(value);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			return text;
		}

		private void loadFrameworks() {
			IResource resource = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().trim());
			container = resource instanceof IContainer c && !(resource instanceof org.eclipse.core.resources.IWorkspaceRoot) ? c : null;
			entries = container == null ? List.of() : ModelManager.get().forProject(container.getProject()).frameworks();
			frameworks.removeAll();
			for (ProjectModel.FrameworkEntry entry : entries) {
				frameworks.add(entry.id() + (entry.version() == null || entry.version().isEmpty() ? "" : " " + entry.version()));
			}
			int preferred = 0;
			for (int i = 0; i < entries.size(); i++) {
				if (entries.get(i).id().equals("cypmh.leadership")) {
					preferred = i;
				}
			}
			if (!entries.isEmpty()) {
				frameworks.select(preferred);
			}
			loadPathways();
			validate();
		}

		private void loadPathways() {
			pathways.removeAll();
			pathwayIds.clear();
			pathways.add("(none)");
			pathwayIds.add(null);
			ProjectModel.FrameworkEntry entry = framework();
			if (entry != null && container != null) {
				try {
					List<Pathway> list = ModelManager.get().forProject(container.getProject()).withResource(entry.uri(),
							r -> new ArrayList<>(((Framework) r.getContents().get(0)).getPathways()));
					for (Pathway p : list) {
						pathways.add(p.getName() + " – " + p.getTitle());
						pathwayIds.add(p.getName());
					}
				} catch (Exception e) {
					GoldthreadUiPlugin.warn("Goldthread: pathways unavailable", e);
				}
			}
			pathways.select(pathwayIds.size() > 1 ? 1 : 0);
		}

		ProjectModel.FrameworkEntry framework() {
			int i = frameworks.getSelectionIndex();
			return i < 0 || i >= entries.size() ? null : entries.get(i);
		}

		String pathway() {
			int i = pathways.getSelectionIndex();
			return i < 0 || i >= pathwayIds.size() ? null : pathwayIds.get(i);
		}

		String fileName() {
			return file.getText().trim();
		}

		private void validate() {
			String error = null;
			if (container == null) {
				error = "Choose an existing folder of a project.";
			} else if (fileName().isEmpty() || fileName().contains("/")) {
				error = "Enter a file name.";
			} else if (container.getFile(IPath.fromOSString(fileName().endsWith(".course") ? fileName() : fileName() + ".course")).exists()) {
				error = "That file exists already.";
			} else if (!id.getText().trim().matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
				error = "The course id is a dotted name such as 'university.pgcert'.";
			} else if (title.getText().isBlank()) {
				error = "Enter the course's title.";
			} else if (framework() == null) {
				error = "No framework is available in this project.";
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		IProject project() {
			return container == null ? null : container.getProject();
		}
	}
}
