package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionConverter;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.conformance.Profile;
import org.goldthread.ui.builder.GoldthreadBuilder;
import org.goldthread.ui.builder.GoldthreadNature;
import org.goldthread.ui.commands.Browsers;
import org.goldthread.ui.commands.GenerateHandler;
import org.goldthread.ui.commands.ImpactHandler;
import org.goldthread.ui.model.GoldthreadLanguage;
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
		closeEditorsAndDelete(project, project.getWorkspace().getRoot().getProject("wizardproject"));
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
		assertTrue(hasMarker(course, "GT-ASM-001", "project"), describeMarkers(course));
	}

	/**
	 * Both commands on an example course, then the report on the whole project: the renderers' HTML
	 * and PDF in reports/, the documentation site in docs-site/, each opened through the workbench's
	 * browser support (here an "external browser" that records the URLs it is asked to open).
	 */
	@Test
	void generateReportAndDocumentationRenderThemAndOpenThemInTheBrowser() throws Exception {
		Path opened = recordingBrowser();
		IFile eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		String source = read(eastfield);

		finish(execute(GenerateHandler.Report.ID, eastfield));
		IFolder reports = project.getFolder(GenerateHandler.REPORTS_FOLDER);
		IFile html = reports.getFile("eastfield.pgcertLeadership.html");
		IFile pdf = reports.getFile("eastfield.pgcertLeadership.pdf");
		assertTrue(html.exists(), "the report in the workspace (refreshed)");
		assertTrue(pdf.exists(), "the PDF in the workspace (refreshed)");
		String text = read(html);
		assertTrue(text.startsWith("<!DOCTYPE html>"), text);
		assertTrue(text.contains("Content-Security-Policy"), "self-contained page");
		assertTrue(text.contains("Does not conform"), "the verdict");
		assertTrue(text.contains("GT-COV-001"), "a finding's rule");
		assertTrue(text.contains("evaluation.complaints"), "the objective not covered");
		assertTrue(text.contains("courses/eastfield.course:"), "locations relative to the project");
		assertTrue(text.contains("Goldthread 0.1.0"), "the version, without the build qualifier");
		byte[] pdfBytes = Files.readAllBytes(pdf.getLocation().toFile().toPath());
		assertEquals("%PDF-", new String(pdfBytes, 0, 5, StandardCharsets.ISO_8859_1));
		waitFor(() -> recorded(opened).contains(html.getLocation().toFile().toURI().toString()), 30_000, "the report in the browser");
		assertEquals(source, read(eastfield), "the source file is never written");
		assertEquals(List.of(), sourcesIn(reports), "only reports in reports/");

		finish(execute(GenerateHandler.Documentation.ID, eastfield));
		IFolder site = project.getFolder(GenerateHandler.DOCS_FOLDER);
		IFile index = site.getFile("index.html");
		assertTrue(index.exists(), "the site's index");
		String indexText = read(index);
		assertTrue(indexText.contains("href=\"courses/eastfield.pgcertLeadership.html\""), indexText);
		IFile handbook = site.getFile("courses/eastfield.pgcertLeadership.html");
		assertTrue(handbook.exists());
		assertTrue(read(handbook).contains("landscape.ukPolicy"), "the course's sessions with what they cover");
		assertTrue(site.getFile("frameworks/cypmh.leadership/index.html").exists(), "the implemented curriculum documented with it");
		waitFor(() -> recorded(opened).contains(index.getLocation().toFile().toURI().toString()), 30_000, "the documentation in the browser");

		// the whole project: every course and plan, the editor's unsaved text, an index
		write(project, "plans/inpatient.plan", example("plans/northtown-inpatient-workforce.plan"));
		write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK);
		ITextEditor editor = open(eastfield);
		IDocument document = document(editor);
		document.replace(0, document.getLength(), source.replace("course eastfield.pgcertLeadership", "course eastfield.renamed"));
		finish(execute(GenerateHandler.Report.ID, project));
		assertTrue(reports.getFile("eastfield.renamed.html").exists(), "the editor's text, not the saved file");
		assertTrue(reports.getFile("northtown.inpatientWorkforce.pdf").exists(), "the plan");
		assertFalse(reports.getFile("local.skills.html").exists(), "no report for a framework");
		String summary = read(reports.getFile("index.html"));
		assertTrue(summary.contains("eastfield.renamed.html") && summary.contains("northtown.inpatientWorkforce.html"), summary);
		assertTrue(editor.isDirty(), "the editor's text is left unsaved");
		assertEquals(source, read(eastfield));
		waitFor(() -> recorded(opened).contains(reports.getFile("index.html").getLocation().toFile().toURI().toString()), 30_000,
				"the index in the browser");
		editor.doRevertToSaved();
	}

	/**
	 * Impact of This Framework Version on the fictional revision: the Northtown course of the workspace
	 * (it implements the 2024 version) analysed against it, the page written to goldthread-impact/ and
	 * opened in the browser, the effort summarised; the course itself is not written.
	 */
	@Test
	void impactOfAFrameworkVersionAnalysesTheWorkspaceCoursesAndOpensThePage() throws Exception {
		withOtherProjectsClosed(this::impactOnNorthtown);
	}

	private void impactOnNorthtown() throws Exception {
		Path opened = recordingBrowser();
		IFile northtown = write(project, "courses/northtown.course", example("northtown/northtown-pgcert.course"));
		IFile revision = write(project, "frameworks/cypmh-leadership-2026-fictional.curriculum",
				example("evolution/cypmh-leadership-2026-fictional.curriculum"));
		String source = read(northtown);

		Job job = finish(execute(ImpactHandler.ID, revision));
		IFile page = project.getFolder(ImpactHandler.FOLDER).getFile(ImpactHandler.PAGE);
		assertTrue(page.exists(), "the page in the workspace (refreshed)");
		String html = read(page);
		assertTrue(html.startsWith("<!DOCTYPE html>"), html);
		assertTrue(html.contains("2026-fictional"), "the new version");
		assertTrue(html.contains("northtown.pgcertLeadership"), "the Northtown course");
		assertTrue(html.contains("landscape.trainingDevelopment was renamed to landscape.workforceTraining"), "an automatic consequence");
		assertTrue(html.contains("landscape.ukPolicy was split into landscape.nationalPolicy, landscape.devolvedPolicy"), "one for a person");
		String summary = "1 course: 10 mappings to update (7 by goldthread migrate), 3 new objectives to teach, 16 coverage claims to review";
		assertEquals(summary, job.getResult().getMessage());
		assertEquals(summary, ImpactHandler.lastSummary());
		waitFor(() -> recorded(opened).contains(page.getLocation().toFile().toURI().toString()), 30_000, "the page in the browser");
		assertEquals(source, read(northtown), "the course is never written");
		assertEquals(List.of(ImpactHandler.PAGE), List.of(project.getFolder(ImpactHandler.FOLDER).getLocation().toFile().list()),
				"only the page, written atomically");
	}

	/**
	 * The command is offered on a selected curriculum or framework (the Project Explorer's context menu)
	 * and, in the Goldthread menu, when one is the active editor's file; not for a course.
	 */
	@Test
	void impactIsOfferedForCurriculaAndFrameworks() throws Exception {
		IFile revision = write(project, "frameworks/cypmh-leadership-2026-fictional.curriculum",
				example("evolution/cypmh-leadership-2026-fictional.curriculum"));
		IFile course = write(project, "courses/mini.course", Fixtures.MINI_COURSE);
		Expression fileSelected = reference("org.goldthread.ui.frameworkFileSelected");
		Expression editorActive = reference("org.goldthread.ui.frameworkEditorActive");
		for (IFile file : List.of(revision, course)) {
			EvaluationContext context = new EvaluationContext(null, new Object());
			context.addVariable("selection", new StructuredSelection(file));
			assertEquals(file == revision ? EvaluationResult.TRUE : EvaluationResult.FALSE, fileSelected.evaluate(context), file.getName());
		}
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		open(revision);
		dispatch(200);
		assertEquals(EvaluationResult.TRUE, editorActive.evaluate(handlers.getCurrentState()), "a curriculum in the editor");
		open(course);
		dispatch(200);
		assertEquals(EvaluationResult.FALSE, editorActive.evaluate(handlers.getCurrentState()), "a course in the editor");
	}

	/** An expression that refers to a definition of plugin.xml, as a menu's visibleWhen does. */
	private static Expression reference(String definitionId) throws Exception {
		var element = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument().createElement("reference");
		element.setAttribute("definitionId", definitionId);
		return ExpressionConverter.getDefault().perform(element);
	}

	/**
	 * What the command cannot work from is a clear message, not a stack trace: no course on another
	 * version of the framework, a new version that does not parse, a selection that is no framework.
	 */
	@Test
	void impactErrorsAreClearMessages() throws Exception {
		withOtherProjectsClosed(this::impactErrors);
	}

	private void impactErrors() throws Exception {
		IFile revision = write(project, "frameworks/cypmh-leadership-2026-fictional.curriculum",
				example("evolution/cypmh-leadership-2026-fictional.curriculum"));
		// a course on the new version itself is not one to analyse
		IFile course = write(project, "courses/other.course", Fixtures.MINI_COURSE.replace("version \"2024\"", "version \"2026-fictional\""));
		Display display = PlatformUI.getWorkbench().getDisplay();
		Set<Shell> before = visibleShells();
		List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();
		boolean[] watching = { true };
		// closes (and records) the dialogs: the job's error dialog, the handler's information
		Runnable closer = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && !before.contains(shell) && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
						dialogs.add(shell.getText());
						shell.close();
					}
				}
				if (watching[0]) {
					display.timerExec(200, this);
				}
			}
		};
		display.timerExec(200, closer);
		try {
			IStatus result = failed(execute(ImpactHandler.ID, revision));
			assertTrue(result.getMessage().startsWith("No course in the workspace's open projects implements another version of cypmh.leadership"),
					result.getMessage());
			assertFalse(project.getFolder(ImpactHandler.FOLDER).getFile(ImpactHandler.PAGE).exists());

			IFile broken = write(project, "frameworks/broken.framework", "framework broken.fw \"Broken\"\n\tversion\n");
			result = failed(execute(ImpactHandler.ID, broken));
			assertTrue(result.getMessage().startsWith("/commandstest/frameworks/broken.framework cannot be read as a new version: "), result.getMessage());
			assertTrue(result.getMessage().contains("syntax error"), result.getMessage());

			assertEquals(null, execute(ImpactHandler.ID, course), "no job for a course");
			assertEquals(List.of("Goldthread"), dialogs.stream().filter("Goldthread"::equals).toList(), "the information: select a framework");
		} finally {
			watching[0] = false;
		}
	}

	/** A test body that may throw. */
	private interface Body {
		void run() throws Exception;
	}

	/**
	 * Runs {@code body} with the projects other tests left open closed (the impact command looks at the
	 * courses of every open project), and opens them again afterwards.
	 */
	private void withOtherProjectsClosed(Body body) throws Exception {
		List<IProject> closed = new java.util.ArrayList<>();
		for (IProject other : project.getWorkspace().getRoot().getProjects()) {
			if (other.isOpen() && !other.equals(project)) {
				other.close(null);
				closed.add(other);
			}
		}
		try {
			body.run();
		} finally {
			for (IProject other : closed) {
				other.open(null);
			}
		}
	}

	/** Runs the command's job to its end and returns its error, a message without a stack trace. */
	private static IStatus failed(Object job) {
		assertTrue(job instanceof Job, "the command runs in a job: " + job);
		Job j = (Job) job;
		waitFor(() -> j.getResult() != null, 120_000, j.getName());
		IStatus result = j.getResult();
		assertEquals(IStatus.ERROR, result.getSeverity(), result.toString());
		assertEquals(null, result.getException(), "a message, not a stack trace");
		return result;
	}

	/**
	 * With no browser in the workbench (none configured, no WebKit), the report opens in the desktop's
	 * browser (xdg-open through SWT's Program.launch, recorded here); with none at all, an information
	 * gives the file's path. Never an error dialog: the report was written.
	 */
	@Test
	@SuppressWarnings("restriction")
	void withoutAWorkbenchBrowserTheReportOpensInTheSystemBrowserElseItsPathIsShown() throws Exception {
		var manager = org.eclipse.ui.internal.browser.BrowserManager.getInstance();
		for (var browser : new java.util.ArrayList<>(manager.getWebBrowsers())) {
			browser.delete();
		}
		org.eclipse.ui.internal.browser.WebBrowserPreference.setBrowserChoice(org.eclipse.ui.internal.browser.WebBrowserPreference.EXTERNAL);
		var original = Browsers.systemLauncher;
		List<String> launched = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[] watching = { true };
		Set<Shell> before = visibleShells();
		// closes (and records) any dialog the command opens; it runs inside the dialog's own event loop
		Runnable closer = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && !before.contains(shell) && shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()) {
						dialogs.add(shell.getText() + ": " + Browsers.lastMessage());
						screenshot("report-path-shown.png");
						shell.close();
					}
				}
				if (watching[0]) {
					display.timerExec(200, this);
				}
			}
		};
		display.timerExec(200, closer);
		try {
			Browsers.systemLauncher = path -> launched.add(path);
			IFile eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
			finish(execute(GenerateHandler.Report.ID, eastfield));
			IFile html = project.getFolder(GenerateHandler.REPORTS_FOLDER).getFile("eastfield.pgcertLeadership.html");
			waitFor(() -> launched.contains(html.getLocation().toOSString()), 30_000, "the report in the system browser");
			assertEquals(Browsers.Outcome.SYSTEM_BROWSER, Browsers.lastOutcome());
			assertEquals(List.of(), dialogs, "no dialog when the system browser opens the page");

			Browsers.systemLauncher = path -> false;
			finish(execute(GenerateHandler.Report.ID, eastfield));
			waitFor(() -> Browsers.lastOutcome() == Browsers.Outcome.PATH_SHOWN && !dialogs.isEmpty(), 30_000, "the path shown");
			assertEquals(1, dialogs.size(), dialogs.toString());
			assertTrue(dialogs.get(0).startsWith("Goldthread: The page was written to"), dialogs.get(0));
			assertTrue(dialogs.get(0).contains(html.getLocation().toOSString()), dialogs.get(0));
			assertFalse(dialogs.get(0).contains("cannot be opened"), "information, not an error");
		} finally {
			watching[0] = false;
			Browsers.systemLauncher = original;
		}
	}

	/** Runs the command's job to its end and asserts that it succeeded. */
	private static Job finish(Object job) {
		assertTrue(job instanceof Job, "the command runs in a job: " + job);
		Job j = (Job) job;
		waitFor(() -> j.getResult() != null, 120_000, j.getName());
		assertTrue(j.getResult().isOK(), j.getResult().toString());
		return j;
	}

	/** Goldthread files in a folder (none expected among generated files). */
	private static List<String> sourcesIn(IFolder folder) throws Exception {
		List<String> result = new java.util.ArrayList<>();
		folder.accept(r -> {
			if (r instanceof IFile f && GoldthreadLanguage.isGoldthreadFile(f)) {
				result.add(f.getName());
			}
			return true;
		});
		return result;
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
		for (String done : List.of("GT-SYN-001", "GT-ASM-001", "GT-DEL-001", "GT-DEL-002", "GT-THR-004", "GT-INT-001", "GT-DOC-004", "GT-ASM-007")) {
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
