package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.conformance.Profile;
import org.goldthread.ui.builder.GoldthreadBuilder;
import org.goldthread.ui.builder.GoldthreadNature;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.model.ProjectModel;
import org.goldthread.ui.preferences.GoldthreadPropertyPage;
import org.goldthread.ui.preferences.ProjectSettings;
import org.goldthread.ui.wizards.GoldthreadProjects;
import org.goldthread.ui.wizards.NewCourseWizard;
import org.goldthread.ui.wizards.NewGoldthreadProjectWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Commands (check, report, documentation), the project and course wizards, the settings page. */
public class CommandsAndWizardsTest extends UiTestSupport {

	private IProject project;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("commandstest", false);
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		dispatch(50);
		deleteProject(project);
		deleteProject(project.getWorkspace().getRoot().getProject("wizardproject"));
	}

	private Object execute(String commandId, Object selected) throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		EvaluationContext context = new EvaluationContext(handlers.getCurrentState(), new StructuredSelection(selected));
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(selected));
		return handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand(commandId), null), null, context);
	}

	@Test
	void checkConformanceChecksTheProject() throws Exception {
		IFile course = write(project, "mini.course", Fixtures.MINI_COURSE);
		waitForBuild();
		assertEquals(0, markerCount(course));
		execute("org.goldthread.ui.checkConformance", project);
		waitFor(() -> GoldthreadNature.hasNature(project), 20_000, "the nature");
		waitForBuild();
		waitFor(() -> markerCount(course) > 0, 30_000, "the check's markers");
		assertTrue(hasMarker(course, "GT-ASM-001", "reflexivity"), describeMarkers(course));
	}

	@Test
	void generateReportAndDocumentationWriteMarkdownNextToTheFile() throws Exception {
		IFile eastfield = write(project, "eastfield.course", example("eastfield/eastfield-pgcert.course"));
		IFile framework = write(project, "local.framework", Fixtures.LOCAL_FRAMEWORK);
		execute("org.goldthread.ui.generateReport", eastfield);
		IFile report = project.getFile("eastfield-conformance.md");
		assertTrue(report.exists());
		String text = read(report);
		assertTrue(text.startsWith("# Conformance report: Postgraduate Certificate in Leading Children"), text);
		assertTrue(text.contains("| Verdict | **does not conform** — 3 errors, 4 warnings, 2 information |"), text);
		assertTrue(text.contains("| GT-COV-001 | Learning objective 'evaluation.complaints'"), text);
		assertTrue(text.contains("Add `covers evaluation.complaints` to the session that teaches it"), text);
		assertTrue(text.contains("## Coverage by theme"), text);
		assertTrue(text.contains("| Staff wellbeing | 3, 6, 9 |"), text);

		execute("org.goldthread.ui.generateDocumentation", eastfield);
		String doc = read(project.getFile("eastfield.md"));
		assertTrue(doc.contains("### Day 1: Leadership in CYP MH today (2025-09-24)"), doc);
		assertTrue(doc.contains("  - covers `landscape.ukPolicy` (develops): be aware of the policy landscape in the UK"), doc);
		execute("org.goldthread.ui.generateDocumentation", framework);
		String frameworkDoc = read(project.getFile("local.md"));
		assertTrue(frameworkDoc.contains("## Theme: Basics of local leadership (`basics`)"), frameworkDoc);
		assertTrue(frameworkDoc.contains("- `basics.listening` listen to the people you lead"), frameworkDoc);
	}

	@Test
	void newProjectAndNewCourseFromTheCurriculum() throws Exception {
		WizardDialog projectDialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				new NewGoldthreadProjectWizard());
		projectDialog.setBlockOnOpen(false);
		projectDialog.open();
		dispatch(800);
		screenshot("new-project-wizard.png");
		projectDialog.close();

		IProject created = GoldthreadProjects.create("wizardproject", null, null);
		assertTrue(GoldthreadNature.hasNature(created));
		assertTrue(java.util.Arrays.stream(created.getDescription().getBuildSpec()).anyMatch(c -> GoldthreadBuilder.ID.equals(c.getBuilderName())),
				"the new project's build spec runs the Goldthread builder");
		assertTrue(created.getFolder("courses").exists());
		assertTrue(created.getFile(Profile.FILE_NAME).exists());

		List<ProjectModel.FrameworkEntry> frameworks = ModelManager.get().forProject(created).frameworks();
		ProjectModel.FrameworkEntry curriculum = frameworks.stream().filter(f -> f.id().equals("cypmh.leadership")).findFirst().orElseThrow();
		assertEquals("2024", curriculum.version());

		NewCourseWizard courseWizard = new NewCourseWizard();
		courseWizard.init(PlatformUI.getWorkbench(), new StructuredSelection(created.getFolder("courses")));
		WizardDialog courseDialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), courseWizard);
		courseDialog.setBlockOnOpen(false);
		courseDialog.open();
		dispatch(800);
		screenshot("new-course-wizard.png");
		courseDialog.close();

		IFile course = NewCourseWizard.create(created.getFolder("courses"), "test.course", curriculum, "test.pgcert", "Test PGCert",
				"Test University", "pgcert");
		String text = read(course);
		assertTrue(text.startsWith("course test.pgcert \"Test PGCert\"\n\tprovider \"Test University\"\n\timplements cypmh.leadership version \"2024\"\n\tpathway pgcert\n"), text);
		ITextEditor editor = open(course);
		ISourceViewer viewer = viewer(editor);
		waitFor(() -> hasLive(viewer, "GT-COV-001", null), 30_000, "the new course's findings");
		// it has the structure the curriculum asks for: only the content is left to write
		for (String done : List.of("GT-SYN-001", "GT-ASM-001", "GT-DEL-001", "GT-DEL-002", "GT-THR-004", "GT-INT-001", "GT-DOC-004")) {
			assertFalse(hasLive(viewer, done, null), done + " in\n" + describeLive(viewer));
		}
	}

	@Test
	void settingsPageEditsTheProjectsSettingsFile() throws Exception {
		ProjectSettings settings = ProjectSettings.parse("profile = accreditation\nrule.GT-COV-001 = warning\nthreads.minDayShare = 0.5\ncustom = kept\n");
		assertEquals("accreditation", settings.profile());
		assertEquals("warning", settings.severity("GT-COV-001"));
		assertEquals(0.5, settings.minThreadDayShare());
		settings.setSeverity("GT-THR-002", "off");
		settings.setSeverity("GT-COV-001", "");
		String text = settings.toText();
		assertTrue(text.contains("profile = accreditation\nthreads.minDayShare = 0.5\nrule.GT-THR-002 = off\ncustom = kept\n"), text);
		assertFalse(text.contains("GT-COV-001"), text);

		// what the page writes is what the builder (and the command line) reads
		ProjectSettings written = ProjectSettings.parse("");
		written.setProfile("default");
		written.setSeverity("GT-THR-001", "off");
		GoldthreadPropertyPage.write(GoldthreadPropertyPage.settingsFile(project), written.toText());
		IFile course = write(project, "mini.course", Fixtures.MINI_COURSE);
		GoldthreadNature.addTo(project, null);
		waitForBuild();
		waitFor(() -> markerCount(course) > 0, 30_000, "markers");
		assertFalse(hasMarker(course, "GT-THR-001", null), "switched off: " + describeMarkers(course));
		assertFalse(hasMarker(course, "GT-DOC-006", null), "a valid settings file: " + describeMarkers(course));
		assertTrue(hasMarker(course, "GT-ASM-001", null), describeMarkers(course));

		PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				project, "org.goldthread.ui.propertyPage", null, null);
		assertNotNull(dialog);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dispatch(800);
		assertTrue(dialog.getSelectedPage() instanceof GoldthreadPropertyPage, String.valueOf(dialog.getSelectedPage()));
		screenshot("settings-page.png");
		dialog.close();
	}
}
