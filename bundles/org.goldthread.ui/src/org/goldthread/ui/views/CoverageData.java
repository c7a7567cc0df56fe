package org.goldthread.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.conformance.CourseFacts;
import org.goldthread.conformance.rules.CoverageRules;
import org.goldthread.model.Course;
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
 * course's leaf objectives × sessions, and its golden threads × teaching days.
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

	/** The course's coverage, or null when the resource holds no course with a resolved framework. */
	public static CoverageData of(XtextResource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Course course)) {
			return null;
		}
		Framework framework = course.getFramework();
		if (framework == null || framework.eIsProxy()) {
			return null;
		}
		CourseFacts facts = new CourseFacts(course, framework);
		List<SessionColumn> columns = new ArrayList<>();
		Map<Session, Integer> index = new LinkedHashMap<>();
		Map<TeachingDay, Integer> perDay = new LinkedHashMap<>();
		for (Session session : facts.sessions) {
			TeachingDay day = facts.dayOf.get(session);
			int n = perDay.merge(day, 1, Integer::sum);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(session);
			index.put(session, columns.size());
			columns.add(new SessionColumn(day.getNumber() + "." + n, session.getTitle(), day.getNumber(), node == null ? 0 : node.getOffset(),
					node == null ? 0 : Math.min(node.getLength(), 8)));
		}
		List<ObjectiveRow> rows = new ArrayList<>();
		for (Item objective : facts.objectives) {
			if (!CourseFacts.isLeaf(objective)) {
				continue;
			}
			Map<Integer, Cell> cells = new LinkedHashMap<>();
			for (CourseFacts.Claim claim : facts.claimsOf(objective)) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(claim.coverage());
				cells.put(index.get(claim.session()), new Cell(claim.coverage().getStrength() == null ? "" : claim.coverage().getStrength().getLiteral(),
						node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength()));
			}
			Section theme = facts.themeOf.get(objective);
			JustifiedGap gap = facts.gapFor(objective);
			ICompositeNode gapNode = gap == null ? null : NodeModelUtils.findActualNodeFor(gap);
			rows.add(new ObjectiveRow(Ids.relativeId(objective), objective.getText(), theme.getName(), theme.getTitle(),
					CoverageRules.status(facts, objective), cells, gapNode == null ? -1 : gapNode.getOffset(),
					gapNode == null ? 0 : gapNode.getLength()));
		}
		List<Integer> days = new ArrayList<>();
		facts.days.forEach(d -> days.add(d.getNumber()));
		List<ThreadRow> threads = new ArrayList<>();
		for (GoldenThread thread : framework.getThreads()) {
			Map<Integer, List<Cell>> byDay = new LinkedHashMap<>();
			for (Session session : facts.sessions) {
				if (session.getThreads().contains(thread)) {
					int dayIndex = days.indexOf(facts.dayOf.get(session).getNumber());
					ICompositeNode node = NodeModelUtils.findActualNodeFor(session);
					byDay.computeIfAbsent(dayIndex, k -> new ArrayList<>())
							.add(new Cell(session.getTitle(), node == null ? 0 : node.getOffset(), node == null ? 0 : Math.min(node.getLength(), 8)));
				}
			}
			threads.add(new ThreadRow(thread.getName(), thread.getTitle(), byDay));
		}
		List<String> themes = new ArrayList<>();
		facts.themes.forEach(t -> themes.add(t.getName() + " – " + t.getTitle()));
		return new CoverageData(course.getName(), columns, days, rows, threads, themes);
	}
}
