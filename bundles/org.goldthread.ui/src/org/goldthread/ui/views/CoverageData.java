package org.goldthread.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.conformance.CourseFacts;
import org.goldthread.conformance.CoverageRules;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.CoverageStatus;
import org.goldthread.model.findings.CoverageSummary;
import org.goldthread.model.findings.ObjectiveCoverage;
import org.goldthread.model.findings.SessionCoverage;
import org.goldthread.model.findings.ThemeCoverage;
import org.goldthread.model.findings.ThreadWeave;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.support.Ids;

/**
 * What the Coverage view shows, detached from the model (plain values and source offsets): the
 * course's leaf objectives × sessions, and its golden threads × teaching days, read from the
 * engine's coverage model (not computed again here, so the view and the reports agree).
 */
public record CoverageData(String courseId, List<SessionColumn> sessions, List<Integer> days, List<ObjectiveRow> objectives,
		List<ThreadRow> threads, List<String> themes) {

	/** A session column: "3.2" is day 3's second session. */
	public record SessionColumn(String label, String title, int day, int offset, int length) {
	}

	/** A cell of the matrix: the claim's strength ("develops", or "" for a plain claim) and its place in the text. */
	public record Cell(String strength, int offset, int length) {
	}

	/** One leaf objective: its status and the sessions covering it (by column index). */
	public record ObjectiveRow(String id, String text, String themeId, String themeTitle, CoverageRules.Status status,
			Map<Integer, Cell> cells, int gapOffset, int gapLength) {
	}

	/** One golden thread: the sessions weaving it per teaching day (by index in {@link CoverageData#days()}). */
	public record ThreadRow(String id, String title, Map<Integer, List<Cell>> days) {
	}

	/**
	 * The course's coverage as the engine computed it (its {@link CoverageSummary}, the model the
	 * reports draw), or null when the resource holds no course with a resolved framework.
	 */
	public static CoverageData of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Course course)) {
			return null;
		}
		Framework framework = course.getFramework();
		if (framework == null || framework.eIsProxy()) {
			return null;
		}
		return of(GoldthreadLanguage.conformance().engineReport(course));
	}

	/** What the view shows of an engine report's coverage; null when the report has none (no course, no framework). */
	public static CoverageData of(ConformanceReport report) {
		CoverageSummary coverage = report.getCoverage();
		if (coverage == null || !(report.getDocument() instanceof Course course)) {
			return null;
		}
		List<SessionColumn> columns = new ArrayList<>();
		Map<Session, Integer> index = new LinkedHashMap<>();
		Map<Integer, Integer> perDay = new LinkedHashMap<>();
		for (Session session : coverage.getSessions()) {
			int day = dayOf(session);
			int n = perDay.merge(day, 1, Integer::sum);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(session);
			index.put(session, columns.size());
			columns.add(new SessionColumn(day + "." + n, session.getTitle(), day, node == null ? 0 : node.getOffset(),
					node == null ? 0 : Math.min(node.getLength(), 8)));
		}
		Map<String, Section> themesById = new LinkedHashMap<>();
		for (ThemeCoverage theme : coverage.getThemes()) {
			themesById.putIfAbsent(theme.getThemeId(), theme.getTheme());
		}
		List<ObjectiveRow> rows = new ArrayList<>();
		for (ObjectiveCoverage row : coverage.getObjectives()) {
			Item objective = row.getObjective();
			if (objective == null || !CourseFacts.isLeaf(objective)) {
				continue;
			}
			Map<Integer, Cell> cells = new LinkedHashMap<>();
			for (SessionCoverage cell : row.getCells()) {
				Integer column = index.get(cell.getSession());
				if (column == null) {
					continue;
				}
				ICompositeNode node = NodeModelUtils.findActualNodeFor(claim(cell.getSession(), objective));
				cells.put(column, new Cell(cell.getStrength() == null ? "" : cell.getStrength().getLiteral(),
						node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength()));
			}
			Section theme = themesById.get(row.getThemeId());
			JustifiedGap gap = row.getGap();
			ICompositeNode gapNode = gap == null ? null : NodeModelUtils.findActualNodeFor(gap);
			rows.add(new ObjectiveRow(Ids.relativeId(objective), objective.getText(), row.getThemeId(), theme == null ? null : theme.getTitle(),
					status(row.getStatus()), cells, gapNode == null ? -1 : gapNode.getOffset(), gapNode == null ? 0 : gapNode.getLength()));
		}
		List<Integer> days = new ArrayList<>(coverage.getTeachingDays());
		List<ThreadRow> threads = new ArrayList<>();
		for (ThreadWeave weave : coverage.getThreads()) {
			GoldenThread thread = weave.getThread();
			Map<Integer, List<Cell>> byDay = new LinkedHashMap<>();
			for (Session session : coverage.getSessions()) {
				if (session.getThreads().contains(thread)) {
					int dayIndex = days.indexOf(dayOf(session));
					ICompositeNode node = NodeModelUtils.findActualNodeFor(session);
					byDay.computeIfAbsent(dayIndex, k -> new ArrayList<>())
							.add(new Cell(session.getTitle(), node == null ? 0 : node.getOffset(), node == null ? 0 : Math.min(node.getLength(), 8)));
				}
			}
			threads.add(new ThreadRow(weave.getThreadId(), thread == null ? null : thread.getTitle(), byDay));
		}
		List<String> themes = new ArrayList<>();
		coverage.getThemes().forEach(t -> themes.add(t.getThemeId() + " – " + (t.getTheme() == null ? "" : t.getTheme().getTitle())));
		return new CoverageData(course.getName(), columns, days, rows, threads, themes);
	}

	private static int dayOf(Session session) {
		return session.eContainer() instanceof TeachingDay day ? day.getNumber() : 0;
	}

	/** The session's claim on the objective (where the cell links to in the text). */
	private static Coverage claim(Session session, Item objective) {
		Coverage found = null;
		for (Coverage coverage : session.getCoverage()) {
			if (coverage.getObjective() == objective) {
				found = coverage; // the last claim, as a cell shows one
			}
		}
		return found;
	}

	private static CoverageRules.Status status(CoverageStatus status) {
		return switch (status) {
			case COVERED -> CoverageRules.Status.COVERED;
			case PARTLY -> CoverageRules.Status.PARTLY;
			case JUSTIFIED_GAP -> CoverageRules.Status.GAP;
			default -> CoverageRules.Status.NOT_COVERED;
		};
	}
}
