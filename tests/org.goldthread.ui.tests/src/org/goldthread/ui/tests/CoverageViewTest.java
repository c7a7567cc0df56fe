package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.CoverageRules;
import org.goldthread.reports.html.Styles;
import org.goldthread.ui.editor.ValidationReconciler;
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

		// a double click on a cell, with the theme headings in between, selects the same claim
		view.setTheme(null);
		editor.selectAndReveal(0, 0);
		Table table = view.objectivesTable();
		List<String> items = view.shownItems();
		TableItem uk = table.getItem(items.indexOf("landscape.ukPolicy"));
		table.showItem(uk);
		table.showColumn(table.getColumn(3 + column));
		dispatch(200);
		Rectangle cellBounds = uk.getBounds(3 + column);
		Event click = new Event();
		click.x = cellBounds.x + cellBounds.width / 2;
		click.y = cellBounds.y + cellBounds.height / 2;
		click.button = 1;
		table.notifyListeners(SWT.MouseDoubleClick, click);
		dispatch(200);
		assertEquals("landscape.ukPolicy develops", ((ITextSelection) editor.getSelectionProvider().getSelection()).getText(),
				"cell " + cellBounds + ", row " + uk.getBounds() + ", first column " + uk.getBounds(0) + ", client " + table.getClientArea());

		// theme rows with their share of covered objectives, the objective's text, the report's strength letters and shades
		assertEquals("theme:landscape", items.get(0));
		TableItem heading = table.getItem(0);
		assertEquals("landscape", heading.getText(0));
		assertTrue(heading.getText(2).startsWith("Policy and the national"), heading.getText(2));
		long landscapeCovered = data.objectives().stream()
				.filter(r -> r.themeId().equals("landscape") && r.status() == CoverageRules.Status.COVERED).count();
		long landscapeAll = data.objectives().stream().filter(r -> r.themeId().equals("landscape")).count();
		assertEquals(Math.round(100.0 * landscapeCovered / landscapeAll) + "% (" + landscapeCovered + "/" + landscapeAll + ")", heading.getText(1));
		assertEquals(ukPolicy.text(), uk.getText(2));
		assertEquals("D", uk.getText(3 + column));
		assertTrue(Styles.REPORT.contains(".s-d { background: #4ade80; color: #0b3d1c; }"), "the report's shade of 'develops'");
		assertEquals(new RGB(0x4a, 0xde, 0x80), uk.getBackground(3 + column).getRGB());
		assertEquals(new RGB(0x0b, 0x3d, 0x1c), uk.getForeground(3 + column).getRGB());
		Set<RGB> shades = new HashSet<>();
		for (TableItem item : table.getItems()) {
			for (int c = 3; c < table.getColumnCount(); c++) {
				if (!item.getText(c).isEmpty()) {
					shades.add(item.getBackground(c).getRGB());
				}
			}
		}
		assertTrue(shades.size() >= 3, "strengths in different shades: " + shades);

		// sorting by status keeps the themes and orders each theme's objectives; again: the other way
		view.sortBy(1);
		assertSortedWithinThemes(view, true);
		view.sortBy(1);
		assertSortedWithinThemes(view, false);
		view.sortBy(-1);
		assertEquals(items, view.shownItems(), "back in course order");

		// the Curriculum Authoring perspective gives the view room for more than a couple of rows
		var before = page().getPerspective();
		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.goldthread.ui.perspective"));
		page().resetPerspective();
		dispatch(300);
		CoverageView inPerspective = (CoverageView) page().showView(CoverageView.ID);
		page().activate(editor);
		waitFor(() -> inPerspective.data() != null, 20_000, "coverage data");
		dispatch(500);
		Table shown = inPerspective.objectivesTable();
		int visibleRows = (shown.getClientArea().height - shown.getHeaderHeight()) / shown.getItemHeight();
		assertTrue(visibleRows >= 7, "rows visible: " + visibleRows);
		dispatch(500);
		screenshot("coverage-view.png");
		page().setPerspective(before);
	}

	@Test
	void showsTheEditorsLiveReportWithoutRunningTheEngineAgain() throws Exception {
		ITextEditor editor = open(eastfield);
		CoverageView view = (CoverageView) page().showView(CoverageView.ID);
		page().activate(editor);
		waitFor(() -> view.data() != null, 20_000, "coverage data");
		IDocument document = document(editor);
		List<ValidationReconciler.Run> runs = new CopyOnWriteArrayList<>();
		Consumer<ValidationReconciler.Run> listener = run -> {
			if (run.document() == document) {
				runs.add(run);
			}
		};
		ValidationReconciler.addRunListener(listener);
		try {
			dispatch(1_000); // whatever opening the editor started has finished
			runs.clear();
			long enginesBefore = ConformanceEngine.runs();
			int shownBefore = view.liveReportsShown();
			int at = document.get().indexOf("Programme launch") + "Programme launch".length();
			for (char c : " day".toCharArray()) {
				document.replace(at++, 0, String.valueOf(c));
				dispatch(30);
			}
			long stamp = ((IDocumentExtension4) document).getModificationStamp();
			waitFor(() -> runs.stream().anyMatch(r -> r.modificationStamp() == stamp), 30_000, "validation of the last keystroke");
			waitFor(() -> view.liveReportsShown() > shownBefore, 20_000, "the view showing the live report");
			dispatch(1_000);
			assertEquals(runs.size(), ConformanceEngine.runs() - enginesBefore,
					"the engine ran once per live validation (" + runs.size() + ") and not for the Coverage view");
			assertEquals("eastfield.pgcertLeadership", view.data().courseId());
			assertEquals(11, view.data().days().size());
		} finally {
			ValidationReconciler.removeRunListener(listener);
		}
	}

	private static void assertSortedWithinThemes(CoverageView view, boolean up) {
		String theme = null;
		int last = up ? -1 : Integer.MAX_VALUE;
		List<String> items = view.shownItems();
		for (String item : items) {
			if (item.startsWith("theme:")) {
				theme = item;
				last = up ? -1 : Integer.MAX_VALUE;
				continue;
			}
			int status = view.data().objectives().stream().filter(r -> r.id().equals(item)).findFirst().orElseThrow().status().ordinal();
			assertTrue(up ? status >= last : status <= last, theme + ": " + items);
			last = status;
		}
	}
}
