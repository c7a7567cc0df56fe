package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.goldthread.ui.builder.GoldthreadBuilder;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.builder.GoldthreadNature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workspace builder: markers with rule ids, cross-file linking, incremental re-checks, the nature command. */
public class GoldthreadBuilderTest extends UiTestSupport {

	private IProject project;
	private IFile eastfield;
	private IFile localFramework;
	private IFile localCourse;

	@BeforeEach
	void setUp() throws Exception {
		project = project("buildertest", true);
		eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		localFramework = write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK);
		localCourse = write(project, "courses/local.course", Fixtures.LOCAL_COURSE);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
	}

	@AfterEach
	void tearDown() throws Exception {
		page().closeAllEditors(false);
		deleteProject(project);
		deleteProject(project.getWorkspace().getRoot().getProject("plainproject"));
	}

	@Test
	void findingsBecomeProblemMarkersWithRuleAndElement() throws Exception {
		// exactly what the example's "expect:" lines list, linked against the shipped curriculum
		assertTrue(hasMarker(eastfield, "GT-COV-001", "landscape.trainingDevelopment"), describeMarkers(eastfield));
		assertTrue(hasMarker(eastfield, "GT-COV-001", "evaluation.complaints"), describeMarkers(eastfield));
		assertTrue(hasMarker(eastfield, "GT-COV-003", "workforceDesign.futureConsiderations"), describeMarkers(eastfield));
		assertTrue(hasMarker(eastfield, "GT-THR-002", "wellbeing"), describeMarkers(eastfield));
		assertTrue(hasMarker(eastfield, "GT-ASM-003", "project.sustainability"), describeMarkers(eastfield));
		assertTrue(hasMarker(eastfield, "GT-DEL-001", null), describeMarkers(eastfield));
		assertEquals(8, markers(eastfield).size(), describeMarkers(eastfield));
		IMarker marker = markers(eastfield).stream().filter(m -> "GT-COV-001".equals(GoldthreadMarkers.ruleId(m))).findFirst().orElseThrow();
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
		assertTrue(marker.isSubtypeOf(IMarker.TEXT));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		// not on the course line (14): on the session that teaches most of the objective's theme
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		assertTrue(line > 14, "line " + line);
		String text = read(eastfield).lines().toList().get(line - 1).strip();
		assertTrue(text.startsWith("session "), text);
		// the project's own framework links across files: no unknown framework, no unknown ids
		assertFalse(hasMarker(localCourse, "GT-DOC-004", null), describeMarkers(localCourse));
		assertFalse(hasMarker(localCourse, "GT-INT-001", null), describeMarkers(localCourse));
		assertTrue(hasMarker(localCourse, "GT-COV-003", "basics.deciding"), describeMarkers(localCourse));
	}

	@Test
	void aChangedFrameworkRechecksItsCoursesAndNothingElse() throws Exception {
		write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK.replace("objective deciding",
				"objective reflecting \"reflect on what happened\"\n\tobjective deciding"));
		waitForBuild();
		assertEquals(List.of("frameworks/local.framework", "courses/local.course"), GoldthreadBuilder.lastChecked(project));
		assertTrue(hasMarker(localCourse, "GT-COV-001", "basics.reflecting"), describeMarkers(localCourse));

		// a course change checks that course only
		write(project, "courses/local.course", Fixtures.LOCAL_COURSE.replace("covers basics.listening", "covers basics.listening, basics.reflecting"));
		waitForBuild();
		assertEquals(List.of("courses/local.course"), GoldthreadBuilder.lastChecked(project));
		assertFalse(hasMarker(localCourse, "GT-COV-001", "basics.reflecting"), describeMarkers(localCourse));

		// a framework id that disappears is noticed by the courses naming it
		write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK.replace("local.skills", "local.other"));
		waitForBuild();
		assertTrue(GoldthreadBuilder.lastChecked(project).contains("courses/local.course"), GoldthreadBuilder.lastChecked(project)::toString);
		assertFalse(GoldthreadBuilder.lastChecked(project).contains("courses/eastfield.course"));
		assertTrue(hasMarker(localCourse, "GT-DOC-004", null), describeMarkers(localCourse));

		// ... and the one that comes back too
		write(project, "frameworks/local.framework", Fixtures.LOCAL_FRAMEWORK);
		waitForBuild();
		assertFalse(hasMarker(localCourse, "GT-DOC-004", null), describeMarkers(localCourse));
		localFramework.delete(true, null);
		waitForBuild();
		assertTrue(hasMarker(localCourse, "GT-DOC-004", null), describeMarkers(localCourse));
	}

	@Test
	void settingsFilesChangeTheSeverities() throws Exception {
		write(project, "courses/goldthread.properties", "rule.GT-COV-001 = warning\n");
		waitForBuild();
		IMarker marker = markers(eastfield).stream().filter(m -> "GT-COV-001".equals(GoldthreadMarkers.ruleId(m))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		project.getFile("courses/goldthread.properties").delete(true, null);
		waitForBuild();
		marker = markers(eastfield).stream().filter(m -> "GT-COV-001".equals(GoldthreadMarkers.ruleId(m))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	void addGoldthreadNatureCommandInstallsTheBuilder() throws Exception {
		IProject plain = project("plainproject", false);
		IFile course = write(plain, "mini.course", Fixtures.MINI_COURSE);
		waitForBuild();
		assertTrue(markers(course).isEmpty());
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		EvaluationContext context = new EvaluationContext(handlers.getCurrentState(), new StructuredSelection(plain));
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(plain));
		handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand("org.goldthread.ui.addNature"), null), null,
				context);
		waitFor(() -> GoldthreadNature.hasNature(plain), 20_000, "the nature");
		waitForBuild();
		waitFor(() -> hasMarker(course, "GT-ASM-001", "project"), 30_000, "markers in the new Goldthread project");
		assertTrue(List.of(plain.getDescription().getBuildSpec()).stream().anyMatch(c -> GoldthreadBuilder.ID.equals(c.getBuilderName())));
	}
}
