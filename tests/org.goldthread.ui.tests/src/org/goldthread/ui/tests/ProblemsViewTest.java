package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.goldthread.conformance.Rule;
import org.goldthread.ui.builder.GoldthreadMarkers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Problems view shows Goldthread findings with their rule (a column, and Group By > Goldthread
 * Rule), the engine's fix hint (a marker attribute, in the quick fixes' descriptions), and coverage
 * findings on the line where they can be acted on rather than on the course line.
 */
public class ProblemsViewTest extends UiTestSupport {

	private IProject project;
	private IFile eastfield;
	private List<String> lines;

	@BeforeEach
	void setUp() throws Exception {
		maximiseWindow();
		project = project("problemstest", true);
		eastfield = write(project, "courses/eastfield.course", example("eastfield/eastfield-pgcert.course"));
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		waitForBuild();
		lines = read(eastfield).lines().toList();
	}

	@AfterEach
	void tearDown() throws Exception {
		closeEditorsAndDelete(project);
	}

	private IMarker marker(String ruleId, String elementId) throws Exception {
		return markers(eastfield).stream()
				.filter(m -> ruleId.equals(GoldthreadMarkers.ruleId(m)) && elementId.equals(GoldthreadMarkers.frameworkElementId(m)))
				.findFirst().orElseThrow(() -> new AssertionError(ruleId + " " + elementId + " not in\n" + describeMarkers(eastfield)));
	}

	private String lineOf(IMarker marker) {
		return lines.get(marker.getAttribute(IMarker.LINE_NUMBER, -1) - 1).strip();
	}

	@Test
	void coverageFindingsSitOnTheSessionOrGapWhereTheyCanBeActedOn() throws Exception {
		// an objective not covered: the session teaching most of its theme ("evaluation"), not the course line
		IMarker complaints = marker("GT-COV-001", "evaluation.complaints");
		String line = lineOf(complaints);
		assertTrue(line.startsWith("session "), line + " @" + complaints.getAttribute(IMarker.CHAR_START, -1));
		int lineNumber = complaints.getAttribute(IMarker.LINE_NUMBER, -1);
		assertTrue(lines.get(lineNumber).contains("covers evaluation."), "the session covers the theme: " + lines.get(lineNumber));
		// still clickable: the marker's characters are on that session line (the engine marks the session's title)
		int start = complaints.getAttribute(IMarker.CHAR_START, -1);
		int end = complaints.getAttribute(IMarker.CHAR_END, -1);
		String marked = read(eastfield).substring(start, end).strip();
		assertTrue(!marked.isEmpty() && line.contains(marked), marked + " in " + line);
		// a justified gap: on the gap line
		assertTrue(lineOf(marker("GT-COV-003", "workforceDesign.futureConsiderations")).startsWith("gap workforceDesign.futureConsiderations"));
		// a theme partly covered (and no gap in it): the session teaching most of the theme
		IMarker landscape = marker("GT-COV-002", "landscape");
		assertTrue(lineOf(landscape).startsWith("session "), lineOf(landscape));
		assertTrue(lines.get(landscape.getAttribute(IMarker.LINE_NUMBER, -1)).contains("covers landscape."));
		// other findings keep the engine's place (the course line for a missing teaching day)
		IMarker days = markers(eastfield).stream().filter(m -> "GT-DEL-001".equals(GoldthreadMarkers.ruleId(m))).findFirst().orElseThrow();
		assertTrue(lineOf(days).startsWith("course "), lineOf(days));
	}

	@Test
	void theFixHintIsAMarkerAttributeAndPartOfTheQuickFixDescription() throws Exception {
		IMarker complaints = marker("GT-COV-001", "evaluation.complaints");
		assertEquals("Add `covers evaluation.complaints` to the session that teaches it, or declare `gap evaluation.complaints because \"…\"`.",
				GoldthreadMarkers.fixHint(complaints));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(complaints);
		assertTrue(resolutions.length > 0);
		String description = ((IMarkerResolution2) resolutions[0]).getDescription();
		assertTrue(description.contains("How to fix: Add `covers evaluation.complaints`"), description);
	}

	@Test
	void theProblemsViewHasARuleColumn() throws Exception {
		IViewPart view = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		page().activate(view);
		expandProblemsView();
		Tree tree = findProblemsTree(view.getSite().getShell());
		assertNotNull(tree, "the Problems view's tree");
		List<String> headers = Arrays.stream(tree.getColumns()).map(TreeColumn::getText).toList();
		int rule = headers.indexOf("Rule");
		assertTrue(rule >= 0, headers.toString());
		List<String> rules = new ArrayList<>();
		waitFor(() -> {
			rules.clear();
			collect(tree.getItems(), rule, rules);
			return rules.contains("GT-COV-001");
		}, 20_000, "GT-COV-001 in the Rule column, got " + rules);
		assertTrue(rules.contains("GT-THR-002"), rules.toString());
		screenshot("problems-rule-column.png");
	}

	@Test
	void everyRuleHasAGroupInGroupByGoldthreadRule() {
		Set<String> mapped = new HashSet<>();
		Set<String> entries = new HashSet<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.ide.markerSupport")) {
			if ("markerGrouping".equals(element.getName()) && "org.goldthread.ui.ruleGrouping".equals(element.getAttribute("id"))) {
				for (IConfigurationElement entry : element.getChildren("markerGroupingEntry")) {
					entries.add(entry.getAttribute("id"));
					// the group's label is the rule's id and its title in the catalogue
					Rule rule = Rule.byId(entry.getAttribute("id").substring("org.goldthread.ui.rule.".length()));
					assertTrue(rule != null && (rule.id() + " " + rule.title()).equals(entry.getAttribute("label")), entry.getAttribute("label"));
				}
				for (IConfigurationElement grouping : element.getChildren("markerAttributeGrouping")) {
					assertEquals(GoldthreadMarkers.RULE_ID, grouping.getAttribute("attribute"));
					assertEquals(GoldthreadMarkers.PROBLEM, grouping.getAttribute("markerType"));
					for (IConfigurationElement mapping : grouping.getChildren("markerAttributeMapping")) {
						assertTrue(entries.contains(mapping.getAttribute("markerGroupingEntry")), mapping.getAttribute("value"));
						mapped.add(mapping.getAttribute("value"));
					}
				}
			}
		}
		Set<String> all = new HashSet<>();
		for (Rule r : Rule.values()) {
			all.add(r.id());
		}
		assertEquals(all, mapped, "every rule of the catalogue, and nothing else, has a group");
	}

	private static void collect(TreeItem[] items, int column, List<String> into) {
		for (TreeItem item : items) {
			into.add(item.getText(column));
			collect(item.getItems(), column, into);
		}
	}

	private static Tree findProblemsTree(Composite root) {
		for (Control child : root.getChildren()) {
			if (child instanceof Tree tree && child.isVisible() && tree.getColumnCount() >= 3 && "Description".equals(tree.getColumn(0).getText())) {
				return tree;
			}
			if (child instanceof Composite composite) {
				Tree found = findProblemsTree(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
