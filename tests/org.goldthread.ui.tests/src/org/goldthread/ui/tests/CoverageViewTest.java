package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.conformance.rules.CoverageRules;
import org.goldthread.ui.views.CoverageData;
import org.goldthread.ui.views.CoverageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Coverage view: objectives × sessions and threads × days of the active course, filters, navigation. */
public class CoverageViewTest extends UiTestSupport {

	private IProject project;
	private IFile eastfield;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("coveragetest", false);
		eastfield = write(project, "eastfield.course", example("eastfield/eastfield-pgcert.course"));
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		var view = page().findView(CoverageView.ID);
		if (view != null) {
			page().hideView(view);
		}
		dispatch(50);
		deleteProject(project);
	}

	@Test
	void showsTheActiveCoursesMatrixWithFiltersAndNavigation() throws Exception {
		ITextEditor editor = open(eastfield);
		CoverageView view = (CoverageView) page().showView(CoverageView.ID);
		page().activate(editor);
		waitFor(() -> view.data() != null, 20_000, "coverage data");
		CoverageData data = view.data();
		assertEquals("eastfield.pgcertLeadership", data.courseId());
		assertEquals(11, data.days().size());
		CoverageData.ObjectiveRow complaints = data.objectives().stream().filter(r -> r.id().equals("evaluation.complaints")).findFirst()
				.orElseThrow();
		assertEquals(CoverageRules.Status.NOT_COVERED, complaints.status());
		CoverageData.ObjectiveRow gap = data.objectives().stream().filter(r -> r.id().equals("workforceDesign.futureConsiderations"))
				.findFirst().orElseThrow();
		assertEquals(CoverageRules.Status.GAP, gap.status());
		CoverageData.ThreadRow wellbeing = data.threads().stream().filter(t -> t.id().equals("wellbeing")).findFirst().orElseThrow();
		assertEquals(3, wellbeing.days().size(), "staff wellbeing is woven on 3 days");

		view.setOnlyNotCovered(true);
		List<String> notCovered = view.shownRows().stream().map(CoverageData.ObjectiveRow::id).toList();
		assertEquals(List.of("landscape.trainingDevelopment", "evaluation.complaints", "workforceDesign.futureConsiderations"), notCovered);
		view.setTheme("evaluation");
		assertEquals(List.of("evaluation.complaints"), view.shownRows().stream().map(CoverageData.ObjectiveRow::id).toList());
		view.setOnlyNotCovered(false);
		view.setTheme("landscape");
		assertTrue(view.shownRows().stream().allMatch(r -> r.themeId().equals("landscape")));

		// a cell selects the coverage claim in the editor
		CoverageData.ObjectiveRow ukPolicy = view.shownRows().stream().filter(r -> r.id().equals("landscape.ukPolicy")).findFirst().orElseThrow();
		int row = view.shownRows().indexOf(ukPolicy);
		int column = ukPolicy.cells().keySet().iterator().next();
		assertTrue(view.navigate(row, 2 + column));
		dispatch(200);
		assertEquals("landscape.ukPolicy develops", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText());

		view.setTheme(null);
		dispatch(800);
		screenshot("coverage-view.png");
	}
}
