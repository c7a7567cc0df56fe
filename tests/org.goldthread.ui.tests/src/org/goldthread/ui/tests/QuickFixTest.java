package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each quick fix, from the Problems view's marker and with Ctrl+1 in the editor: the edit goes
 * through the editor's document (undoable, the file saved only by the user), and the finding goes
 * away, live at once and as a marker once saved.
 */
public class QuickFixTest extends UiTestSupport {

	private IProject project;
	private IFile mini;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("quickfixtest", true);
		mini = write(project, "mini.course", Fixtures.MINI_COURSE);
		waitForBuild();
	}

	@AfterEach
	void tearDown() throws Exception {
		closeEditorsAndDelete(project);
	}

	@Test
	void coverAnUncoveredObjectiveInTheSessionThatTeachesItsTheme() throws Exception {
		ITextEditor editor = applyMarkerFix("GT-COV-001", "landscape.trainingDevelopment",
				"Cover 'landscape.trainingDevelopment' in session 'National policy timeline' (day 1)");
		assertTrue(document(editor).get().contains("covers landscape.ukPolicy develops, landscape.policyTimeline, landscape.trainingDevelopment\n"),
				document(editor).get());
		assertFixed(editor, "GT-COV-001", "landscape.trainingDevelopment");
		dispatch(300);
		screenshot("quick-fix-applied.png");
	}

	@Test
	void coverInASessionWithoutCoverageGoesBeforeItsOtherClauses() throws Exception {
		write(project, "mini.course", Fixtures.MINI_COURSE.replace("\t\t\tcovers transformation.localStrategy\n", ""));
		waitForBuild();
		// (a theme partly taught: findings per objective; a theme not taught at all has one finding for the theme)
		ITextEditor editor = applyMarkerFix("GT-COV-001", "landscape.workforcePlanning",
				"Cover 'landscape.workforcePlanning' in session 'Change theory' (day 3)");
		assertTrue(document(editor).get().contains("\"Change theory\" workshop 3h\n\t\t\tcovers landscape.workforcePlanning\n\t\t\tweaves edi"),
				document(editor).get());
		assertFixed(editor, "GT-COV-001", "landscape.workforcePlanning");
	}

	@Test
	void declareAJustifiedGapWithAReasonToWrite() throws Exception {
		ITextEditor editor = applyMarkerFix("GT-COV-001", "landscape.trainingDevelopment", "Declare 'landscape.trainingDevelopment' a justified gap (write the reason)");
		String text = document(editor).get();
		assertTrue(text.endsWith("\n\ngap landscape.trainingDevelopment because \"Why the course does not cover this: …\"\n"), text);
		// the placeholder is selected, ready to be typed over
		assertEquals("Why the course does not cover this: …",
				((org.eclipse.jface.text.ITextSelection) editor.getSelectionProvider().getSelection()).getText());
		assertFixed(editor, "GT-COV-001", "landscape.trainingDevelopment");
		assertTrue(hasLive(viewer(editor), "GT-COV-003", "landscape.trainingDevelopment"), "now a justified gap: " + describeLive(viewer(editor)));
	}

	@Test
	void weaveAnAbsentThreadIntoASession() throws Exception {
		ITextEditor editor = applyMarkerFix("GT-THR-001", "participation", null);
		assertFixed(editor, "GT-THR-001", "participation");
	}

	@Test
	void weaveAThreadIntoTheModuleThatLacksIt() throws Exception {
		ITextEditor editor = applyMarkerFix("GT-THR-003", "evidence", "Weave 'evidence' into session 'Change theory' (day 3)");
		assertTrue(document(editor).get().contains("weaves edi, evidence\n\t\t\tuses futureInMind"), document(editor).get());
		assertFixed(editor, "GT-THR-003", "evidence");
	}

	@Test
	void addTheSkeletonOfAMissingRequiredAssessment() throws Exception {
		ITextEditor editor = applyMarkerFix("GT-ASM-001", "project", "Add the required assessment 'Transformation project implementation and outcomes'");
		String text = document(editor).get();
		assertTrue(text.contains("\n\nassessment project \"Transformation project implementation and outcomes\" fulfils project form "), text);
		assertTrue(text.contains("\taddresses project.rationale, project.drivers"), text);
		assertFixed(editor, "GT-ASM-001", "project");
		// one undo takes the whole fix back
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		assertEquals(Fixtures.MINI_COURSE, document(editor).get());
	}

	@Test
	void replaceAnUnknownIdWithTheClosestOne() throws Exception {
		write(project, "mini.course", Fixtures.MINI_COURSE.replace("covers landscape.populationNeeds", "covers landscape.populationNeed"));
		waitForBuild();
		ITextEditor editor = applyMarkerFix("GT-INT-001", "landscape.populationNeeds",
				"Change 'landscape.populationNeed' to 'landscape.populationNeeds'");
		assertEquals(Fixtures.MINI_COURSE, document(editor).get());
		assertFixed(editor, "GT-INT-001", null);
	}

	@Test
	void ctrl1FixesALiveFindingWhileTyping() throws Exception {
		ITextEditor editor = open(mini);
		ISourceViewer viewer = viewer(editor);
		IDocument document = document(editor);
		waitFor(() -> hasLive(viewer, "GT-ASM-001", "project"), 30_000, "live findings");
		int at = document.get().indexOf("landscape.populationNeeds") + "landscape.populationNeeds".length() - 1;
		document.replace(at, 1, ""); // landscape.populationNeed: unknown, not saved, so no marker
		waitFor(() -> hasLive(viewer, "GT-INT-001", "landscape.populationNeeds"), 20_000, "the live unknown id");
		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) viewer).getQuickAssistAssistant();
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(viewer, at - 3, 0));
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertEquals(List.of("Change 'landscape.populationNeed' to 'landscape.populationNeeds'"), labels);
		proposals[0].apply(document);
		assertEquals(Fixtures.MINI_COURSE, document.get());
		waitFor(() -> !hasLive(viewer, "GT-INT-001", null), 20_000, "the fixed id");

		// Ctrl+1 on the course's name offers the fixes of its markers (from the Problems view's resolutions)
		int name = document.get().indexOf("mini.pgcert") + 2;
		List<String> onName = Arrays.stream(assistant.getQuickAssistProcessor().computeQuickAssistProposals(
				new TextInvocationContext(viewer, name, 0))).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(onName.contains("Add the required assessment 'Transformation project implementation and outcomes'"), onName::toString);
		assertEquals(onName.size(), onName.stream().distinct().count(), "no fix offered twice: " + onName);
	}

	/** Version 2 of a small framework, which replaces version 1 (not in the workspace) and records a rename. */
	private static final String T_FW_2 = """
			curriculum t.fw "Test curriculum" version "2" replaces t.fw version "1"
			theme a "Theme A" {
				objective keep "keep this text"
				objective newName "rename me" was renamed from a.oldName
			}
			""";

	private static final String ON_VERSION_1 = """
			course c.old "A course on version 1"
				implements t.fw version "1"
			module m "Module" {
				day 1 "Day one" on "2025-10-02" {
					session "First" lecture 1h
						covers a.keep, a.oldName
				}
			}
			""";

	@Test
	void migrateACourseToTheVersionThatReplacesTheOneItNames() throws Exception {
		write(project, "t-fw-2.curriculum", T_FW_2);
		IFile course = write(project, "old.course", ON_VERSION_1);
		waitForBuild();
		IMarker marker = markers(course).stream().filter(m -> "GT-INT-003".equals(GoldthreadMarkers.ruleId(m))).findFirst()
				.orElseThrow(() -> new AssertionError("GT-INT-003 not in\n" + describeMarkers(course)));
		assertTrue(hasMarker(course, "GT-INT-001", null), "a.oldName is not in version 2: " + describeMarkers(course));
		List<String> labels = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
		assertEquals(List.of("Migrate to version 2 (1 reference rewritten, 0 need a person)"), labels);
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		IDE.getMarkerHelpRegistry().getResolutions(marker)[0].run(marker);
		dispatch(200);
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertTrue(editor.isDirty(), "the fix edits the editor's document; the user saves");
		assertEquals(ON_VERSION_1, read(course), "the file is not written by the fix");
		String migrated = ON_VERSION_1.replace("implements t.fw version \"1\"", "implements t.fw version \"2\" // migrated from t.fw version \"1\"")
				.replace("covers a.keep, a.oldName", "covers a.keep, a.newName // migrated from a.oldName (renamed)");
		assertEquals(migrated, document(editor).get());
		// one undo takes the whole migration back, and redo applies it again
		ITextOperationTarget operations = (ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class);
		operations.doOperation(ITextOperationTarget.UNDO);
		assertEquals(ON_VERSION_1, document(editor).get());
		operations.doOperation(ITextOperationTarget.REDO);
		assertEquals(migrated, document(editor).get());
		editor.doSave(null);
		waitForBuild();
		waitFor(() -> !hasMarker(course, "GT-INT-003", null), 30_000, "GT-INT-003 to go");
		assertFalse(hasMarker(course, "GT-INT-001", null), describeMarkers(course));
	}

	@Test
	void noMigrationIsOfferedWithoutChangeRecordsForTheNamedVersion() throws Exception {
		write(project, "t-fw-2.curriculum", T_FW_2.replace(" replaces t.fw version \"1\"", "").replace(" was renamed from a.oldName", ""));
		IFile course = write(project, "old.course", ON_VERSION_1);
		waitForBuild();
		IMarker marker = markers(course).stream().filter(m -> "GT-INT-003".equals(GoldthreadMarkers.ruleId(m))).findFirst()
				.orElseThrow(() -> new AssertionError("GT-INT-003 not in\n" + describeMarkers(course)));
		assertEquals(0, IDE.getMarkerHelpRegistry().getResolutions(marker).length, "no migration applies: nothing is offered");
	}

	// ------------------------------------------------------------------ helpers

	/** Finds the marker, checks the resolution (by label, or the first), runs it; returns the editor it opened. */
	private ITextEditor applyMarkerFix(String ruleId, String elementId, String label) throws Exception {
		IMarker marker = markers(mini).stream()
				.filter(m -> ruleId.equals(GoldthreadMarkers.ruleId(m)) && elementId.equals(GoldthreadMarkers.frameworkElementId(m)))
				.findFirst().orElseThrow(() -> new AssertionError(ruleId + " " + elementId + " not in\n" + describeMarkers(mini)));
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		List<String> labels = Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList();
		IMarkerResolution chosen = label == null ? resolutions[0]
				: Arrays.stream(resolutions).filter(r -> r.getLabel().equals(label)).findFirst()
						.orElseThrow(() -> new AssertionError("no '" + label + "' in " + labels));
		page().showView(IPageLayout.ID_PROBLEM_VIEW);
		chosen.run(marker);
		dispatch(200);
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		assertTrue(editor.isDirty(), "a fix edits the editor's document; the user saves");
		assertTrue(!read(mini).equals(document(editor).get()), "the file is not written by the fix");
		return editor;
	}

	/** The finding is gone live at once, and as a marker once the user saves. */
	private void assertFixed(ITextEditor editor, String ruleId, String elementId) throws Exception {
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> !liveAnnotations(viewer).isEmpty() && !hasLive(viewer, ruleId, elementId), 30_000,
				"the live finding " + ruleId + " " + elementId + " to go");
		editor.doSave(null);
		waitForBuild();
		waitFor(() -> {
			try {
				return !hasMarker(mini, ruleId, elementId);
			} catch (Exception e) {
				return false;
			}
		}, 30_000, "the marker " + ruleId + " " + elementId + " to go");
		assertFalse(hasMarker(mini, ruleId, elementId), describeMarkers(mini));
	}
}
