package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.testing.ExampleFindings;
import org.goldthread.ui.builder.GoldthreadBuilder;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.goldthread.ui.commands.GenerateHandler;
import org.goldthread.ui.model.ModelManager;
import org.goldthread.ui.views.CoverageData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Eclipse IDE checks through the same session as the command line: the builder's markers (with
 * fix hints) and the Coverage view's data for the examples are the committed expectation made from
 * the command line's JSON (tests/org.goldthread.testing), and the builder and the report command run
 * the engine once per file.
 */
public class CrossFrontEndUiTest extends UiTestSupport {

	private IProject project;
	private final List<String> documents = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		project = project("crossfrontend", true);
		try (Stream<Path> files = Files.walk(examples())) {
			for (Path file : files.filter(p -> p.toString().endsWith(".course") || p.toString().endsWith(".plan")
					|| p.getFileName().toString().equals("goldthread.properties")).sorted().toList()) {
				// the settings files too: a course is checked under the profile of its folder
				String relative = examples().relativize(file).toString().replace('\\', '/');
				if (!relative.endsWith(".properties")) {
					documents.add(relative);
				}
				write(project, relative, Files.readString(file));
			}
		}
		documents.sort(Comparator.naturalOrder());
		waitForBuild();
	}

	@AfterEach
	void tearDown() throws Exception {
		closeEditorsAndDelete(project);
	}

	@Test
	void markersAndCoverageAreTheCommandLinesAndTheBuilderRunsTheEngineOncePerFile() throws Exception {
		long before = ConformanceEngine.runs();
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
		assertEquals(documents.size(), GoldthreadBuilder.lastChecked(project).size(), GoldthreadBuilder.lastChecked(project).toString());
		assertEquals(documents.size(), ConformanceEngine.runs() - before, "a full build runs the engine once per file");

		List<String> actual = new ArrayList<>();
		for (String document : documents) {
			IFile file = project.getFile(document);
			actual.add(ExampleFindings.document(document));
			List<IMarker> markers = new ArrayList<>(markers(file));
			markers.sort(Comparator.<IMarker>comparingInt(m -> m.getAttribute(IMarker.LINE_NUMBER, 0))
					.thenComparingInt(m -> m.getAttribute(IMarker.CHAR_START, 0))
					.thenComparing(m -> String.valueOf(GoldthreadMarkers.ruleId(m)))
					.thenComparing(m -> m.getAttribute(IMarker.MESSAGE, "")));
			for (IMarker m : markers) {
				int severity = m.getAttribute(IMarker.SEVERITY, -1);
				actual.add(ExampleFindings.finding(m.getAttribute(IMarker.LINE_NUMBER, 0), GoldthreadMarkers.ruleId(m),
						severity == IMarker.SEVERITY_ERROR ? "error" : severity == IMarker.SEVERITY_WARNING ? "warning" : "info",
						m.getAttribute(IMarker.MESSAGE, ""), GoldthreadMarkers.fixHint(m)));
			}
			CoverageData coverage = ModelManager.get().forProject(project).readFile(file, CoverageData::of);
			if (coverage != null) {
				for (CoverageData.ObjectiveRow row : coverage.objectives()) {
					actual.add(ExampleFindings.coverage(row.id(), switch (row.status()) {
						case COVERED -> "covered";
						case PARTLY -> "partly covered";
						case GAP -> "justified gap";
						case NOT_COVERED -> "not covered";
					}));
				}
			}
		}
		ExampleFindings.assertSame(ExampleFindings.expected(), actual, "eclipse");
	}

	@Test
	void theReportCommandRunsTheEngineOncePerCourse() throws Exception {
		IFile eastfield = project.getFile("eastfield/eastfield-pgcert.course");
		assertTrue(eastfield.exists());
		Path opened = recordingBrowser(); // no browser, no dialog: the report's page is recorded
		long before = ConformanceEngine.runs();
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		EvaluationContext context = new EvaluationContext(handlers.getCurrentState(), new StructuredSelection(eastfield));
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(eastfield));
		Object job = handlers.executeCommandInContext(ParameterizedCommand.generateCommand(commands.getCommand(GenerateHandler.Report.ID), null),
				null, context);
		assertTrue(job instanceof Job, "the command runs in a job: " + job);
		Job j = (Job) job;
		waitFor(() -> j.getResult() != null, 120_000, j.getName());
		assertTrue(j.getResult().isOK(), j.getResult().toString());
		waitForBuild(); // the written reports are no Goldthread files: nothing is checked again
		assertEquals(1, ConformanceEngine.runs() - before, "Generate Conformance Report runs the engine once for the course");
		waitFor(() -> recorded(opened).contains("eastfield.pgcertLeadership.html"), 30_000, "the report in the browser");
	}
}
