package org.goldthread.ui.perspective;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.goldthread.ui.views.CoverageView;

/**
 * "Curriculum Authoring": the files on the left, the editor in the middle, the outline on the right,
 * and what the checks found (Problems) next to what the course covers (Coverage) underneath.
 */
public class CurriculumAuthoringPerspective implements IPerspectiveFactory {

	public static final String ID = "org.goldthread.ui.perspective";

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String NEW_PROJECT_WIZARD = "org.goldthread.ui.newProject";
	private static final String NEW_COURSE_WIZARD = "org.goldthread.ui.newCourse";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();

		IFolderLayout left = layout.createFolder("org.goldthread.ui.perspective.left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(PROJECT_EXPLORER);

		IFolderLayout right = layout.createFolder("org.goldthread.ui.perspective.right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder("org.goldthread.ui.perspective.bottom", IPageLayout.BOTTOM, 0.52f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(CoverageView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);

		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(CoverageView.ID);
		layout.addNewWizardShortcut(NEW_PROJECT_WIZARD);
		layout.addNewWizardShortcut(NEW_COURSE_WIZARD);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addPerspectiveShortcut("org.eclipse.ui.resourcePerspective");
		layout.addActionSet("org.eclipse.ui.NavigateActionSet");
	}
}
