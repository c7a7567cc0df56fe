package org.goldthread.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Coverage;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Identified;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Module;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.support.Ids;

/**
 * The quick fixes of Goldthread's findings that are plain text edits, editor-neutral (the
 * language server's code actions; the same fixes as the Eclipse IDE's, whose session chooser is
 * the one thing left out, as a text edit cannot ask):
 * <ul>
 * <li>GT-COV-001: cover the objective in one of the best-suited sessions (those teaching the same
 * theme first), or declare it a justified gap with a reason to write;</li>
 * <li>GT-THR-001/002/003: weave the golden thread into a session on a day (or in the module) that
 * lacks it;</li>
 * <li>GT-ASM-001: add the skeleton of the missing required assessment;</li>
 * <li>GT-INT-001: replace an unknown id with the closest existing one.</li>
 * </ul>
 * Offsets are those of the resource's text, which must be the document's current text.
 */
public final class TextFixes {

	public static final String COVERAGE = "GT-COV-001";
	public static final String THREAD_ABSENT = "GT-THR-001";
	public static final String THREAD_SPREAD = "GT-THR-002";
	public static final String THREAD_MODULE = "GT-THR-003";
	public static final String ASSESSMENT_MISSING = "GT-ASM-001";
	public static final String UNKNOWN_REFERENCE = "GT-INT-001";

	/** How many sessions are proposed. */
	static final int DIRECT_SESSIONS = 3;

	/** The placeholder of a justified gap's reason. */
	public static final String GAP_PLACEHOLDER = "Why the course does not cover this: …";

	private static final Set<String> FIXABLE = Set.of(COVERAGE, THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE, ASSESSMENT_MISSING,
			UNKNOWN_REFERENCE);

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	/** One replacement in the text. */
	public record Edit(int offset, int length, String text) {
	}

	/** A fix: its title (what the user picks) and its edits. */
	public record Fix(String title, List<Edit> edits) {
	}

	/** A finding to fix: its rule, its framework element (for GT-INT-001, the suggested id), and its range in the text. */
	public record Finding(String ruleId, String elementId, int offset, int length) {
	}

	private TextFixes() {
	}

	public static boolean hasFixes(String ruleId, String elementId) {
		return ruleId != null && FIXABLE.contains(ruleId) && elementId != null && !elementId.isEmpty();
	}

	/** The fixes for a finding in a resource (its current text). */
	public static List<Fix> fixesFor(XtextResource resource, Finding finding) {
		List<Fix> fixes = new ArrayList<>();
		if (!hasFixes(finding.ruleId(), finding.elementId()) || resource.getParseResult() == null) {
			return fixes;
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (finding.ruleId().equals(UNKNOWN_REFERENCE)) {
			replaceUnknownId(text, finding, fixes);
			return fixes;
		}
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (!(root instanceof Course course)) {
			return fixes;
		}
		String id = finding.elementId();
		switch (finding.ruleId()) {
			case COVERAGE -> {
				if (!id.contains(".")) {
					fixes.add(justifiedGap(course, id)); // a whole theme not taught: no one session covers it
					return fixes;
				}
				for (Session session : rankForObjective(course, id)) {
					fixes.add(new Fix("Cover '" + id + "' in " + describe(session), List.of(coverageEdit(session, id, text))));
				}
				fixes.add(justifiedGap(course, id));
			}
			case THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE -> {
				Module module = finding.ruleId().equals(THREAD_MODULE) ? moduleAt(resource, finding.offset()) : null;
				for (Session session : rankForThread(course, id, module)) {
					fixes.add(new Fix("Weave '" + id + "' into " + describe(session), List.of(threadEdit(session, id, text))));
				}
			}
			case ASSESSMENT_MISSING -> {
				RequiredAssessment required = requiredAssessment(course, id);
				if (required != null) {
					fixes.add(assessmentSkeleton(course, required));
				}
			}
			default -> {
			}
		}
		return fixes;
	}

	// ------------------------------------------------------------------ GT-INT-001

	private static void replaceUnknownId(String text, Finding finding, List<Fix> fixes) {
		String suggestion = finding.elementId();
		if (finding.offset() < 0 || finding.length() <= 0 || finding.offset() + finding.length() > text.length()) {
			return;
		}
		String original = text.substring(finding.offset(), finding.offset() + finding.length());
		if (original.equals(suggestion)) {
			return;
		}
		fixes.add(new Fix("Change '" + original + "' to '" + suggestion + "'", List.of(new Edit(finding.offset(), finding.length(), suggestion))));
	}

	// ------------------------------------------------------------------ GT-COV-001

	/**
	 * Sessions ranked for an objective: those covering most objectives of the same theme first, then
	 * those with the fewest claims (a session nothing is mapped to yet), then in source order.
	 */
	public static List<Session> rankForObjective(Course course, String objectiveId) {
		String theme = objectiveId.contains(".") ? objectiveId.substring(0, objectiveId.indexOf('.')) + "." : objectiveId + ".";
		Map<Session, Integer> score = new LinkedHashMap<>();
		for (Session session : sessions(course)) {
			int n = 0;
			boolean already = false;
			for (Coverage coverage : session.getCoverage()) {
				String covered = linkText(coverage, GT.getCoverage_Objective());
				n += covered.startsWith(theme) ? 1 : 0;
				already |= covered.equals(objectiveId);
			}
			if (!already) {
				score.put(session, n);
			}
		}
		List<Session> ranked = new ArrayList<>(score.keySet());
		ranked.sort(Comparator.comparingInt((Session s) -> -score.get(s)).thenComparingInt(s -> s.getCoverage().size()));
		return ranked.subList(0, Math.min(DIRECT_SESSIONS, ranked.size()));
	}

	/** The edit that adds {@code covers objectiveId} to a session. */
	public static Edit coverageEdit(Session session, String objectiveId, String text) {
		List<Coverage> coverage = session.getCoverage();
		if (!coverage.isEmpty()) {
			return insert(lastLeafEnd(coverage.get(coverage.size() - 1)), ", " + objectiveId);
		}
		ILeafNode clause = firstKeyword(session, "weaves", "uses");
		if (clause != null) {
			return insert(clause.getOffset(), "covers " + objectiveId + "\n" + indentOfLine(text, clause.getOffset()));
		}
		int start = NodeModelUtils.findActualNodeFor(session).getOffset();
		return insert(lastLeafEnd(session), "\n" + indentOfLine(text, start) + unit(text, start) + "covers " + objectiveId);
	}

	private static Fix justifiedGap(Course course, String objectiveId) {
		return new Fix("Declare '" + objectiveId + "' a justified gap (write the reason)", List.of(gapEdit(course, objectiveId)));
	}

	/** The edit that adds {@code gap elementId because "…"} after the course's last gap (or at its end), with {@link #GAP_PLACEHOLDER} as the reason. */
	public static Edit gapEdit(Course course, String elementId) {
		List<JustifiedGap> gaps = course.getGaps();
		int at;
		String prefix;
		if (!gaps.isEmpty()) {
			at = lastLeafEnd(gaps.get(gaps.size() - 1));
			prefix = "\n";
		} else {
			at = lastLeafEnd(course);
			prefix = "\n\n";
		}
		return insert(at, prefix + "gap " + elementId + " because \"" + GAP_PLACEHOLDER + "\"");
	}

	// ------------------------------------------------------------------ GT-THR-00x

	/** Sessions that do not weave the thread yet, on days that lack it, spread across the course (or the module). */
	public static List<Session> rankForThread(Course course, String thread, Module module) {
		List<Session> candidates = new ArrayList<>();
		Set<EObject> daysWithThread = new HashSet<>();
		for (Session session : sessions(course)) {
			if (threadNames(session).contains(thread) && session.eContainer() instanceof TeachingDay day) {
				daysWithThread.add(day);
			}
		}
		for (Session session : sessions(course)) {
			if (module != null && EcoreUtil2.getContainerOfType(session, Module.class) != module) {
				continue;
			}
			if (!threadNames(session).contains(thread) && !daysWithThread.contains(session.eContainer())) {
				candidates.add(session);
			}
		}
		// one session per day, spread: first, middle and last of the candidate days
		List<Session> onePerDay = new ArrayList<>();
		Set<EObject> days = new HashSet<>();
		for (Session s : candidates) {
			if (days.add(s.eContainer())) {
				onePerDay.add(s);
			}
		}
		if (onePerDay.size() <= DIRECT_SESSIONS) {
			return onePerDay;
		}
		return List.of(onePerDay.get(0), onePerDay.get(onePerDay.size() / 2), onePerDay.get(onePerDay.size() - 1));
	}

	/** The edit that adds {@code weaves thread} to a session. */
	public static Edit threadEdit(Session session, String thread, String text) {
		List<INode> threads = NodeModelUtils.findNodesForFeature(session, GT.getSession_Threads());
		if (!threads.isEmpty()) {
			return insert(threads.get(threads.size() - 1).getEndOffset(), ", " + thread);
		}
		ILeafNode uses = firstKeyword(session, "uses");
		if (uses != null) {
			return insert(uses.getOffset(), "weaves " + thread + "\n" + indentOfLine(text, uses.getOffset()));
		}
		int start = NodeModelUtils.findActualNodeFor(session).getOffset();
		return insert(lastLeafEnd(session), "\n" + indentOfLine(text, start) + unit(text, start) + "weaves " + thread);
	}

	/** The module that holds the element at an offset, or null. */
	public static Module moduleAt(XtextResource resource, int offset) {
		EObject element = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, Math.max(0, offset));
		return EcoreUtil2.getContainerOfType(element, Module.class);
	}

	// ------------------------------------------------------------------ GT-ASM-001

	/** The required assessment of the course's framework with this id, or null. */
	public static RequiredAssessment requiredAssessment(Course course, String id) {
		Framework framework = course.getFramework();
		if (framework == null || framework.eIsProxy()) {
			return null;
		}
		for (RequiredAssessment required : framework.getAssessments()) {
			if (id.equals(required.getName())) {
				return required;
			}
		}
		return null;
	}

	private static Fix assessmentSkeleton(Course course, RequiredAssessment required) {
		String title = required.getTitle() == null ? required.getName() : required.getTitle();
		return new Fix("Add the required assessment '" + title + "'", List.of(assessmentEdit(course, required)));
	}

	/**
	 * The edit that adds a skeleton of the course assessment fulfilling {@code required} (its first
	 * allowed form, the elements it should address) after the course's assessments; the title is the
	 * first quoted text of the inserted text.
	 */
	public static Edit assessmentEdit(Course course, RequiredAssessment required) {
		String name = required.getName();
		String title = required.getTitle() == null ? name : required.getTitle();
		Set<String> ids = new HashSet<>();
		course.eAllContents().forEachRemaining(e -> {
			String eid = e instanceof Identified ? Ids.relativeId(e) : null;
			if (eid != null) {
				ids.add(eid);
			}
		});
		String id = ids.contains(name) ? name + "Assessment" : name;
		String form = required.getForms().isEmpty() ? "written-report" : required.getForms().get(0).getForm().getLiteral();
		StringBuilder sb = new StringBuilder();
		sb.append("assessment ").append(id).append(" \"").append(title).append("\" fulfils ").append(name).append(" form ").append(form);
		List<String> elements = new ArrayList<>();
		for (AssessmentElement element : required.getElements()) {
			elements.add(Ids.relativeId(element));
		}
		if (!elements.isEmpty()) {
			sb.append(" {\n\taddresses ").append(String.join(", ", elements)).append("\n}");
		}
		List<CourseAssessment> assessments = course.getAssessments();
		int at = assessments.isEmpty() ? lastNonGapEnd(course) : lastLeafEnd(assessments.get(assessments.size() - 1));
		return insert(at, "\n\n" + sb);
	}

	/** The end of the last module, study day or delivery block (assessments go before the gaps). */
	private static int lastNonGapEnd(Course course) {
		int end = -1;
		for (EObject e : course.eContents()) {
			if (!(e instanceof JustifiedGap)) {
				end = Math.max(end, lastLeafEnd(e));
			}
		}
		return end < 0 ? lastLeafEnd(course) : end;
	}

	// ------------------------------------------------------------------ helpers

	/** The course's sessions in source order. */
	public static List<Session> sessions(Course course) {
		List<Session> result = new ArrayList<>();
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				result.addAll(day.getSessions());
			}
		}
		return result;
	}

	/** "session 'title' (day n)", for a fix's title. */
	public static String describe(Session session) {
		String title = session.getTitle() == null ? "" : session.getTitle();
		String day = session.eContainer() instanceof TeachingDay d ? " (day " + d.getNumber() + ")" : "";
		return "session '" + (title.length() > 60 ? title.substring(0, 59) + "…" : title) + "'" + day;
	}

	private static List<String> threadNames(Session session) {
		List<String> names = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(session, GT.getSession_Threads())) {
			names.add(NodeModelUtils.getTokenText(node));
		}
		return names;
	}

	private static String linkText(EObject object, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
		return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static ILeafNode firstKeyword(EObject object, String... keywords) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		if (node == null) {
			return null;
		}
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k) {
				for (String keyword : keywords) {
					if (keyword.equals(k.getValue())) {
						return leaf;
					}
				}
			}
		}
		return null;
	}

	/** The end of an element's last visible token (trailing comments and white space excluded). */
	static int lastLeafEnd(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		int end = node.getOffset();
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				end = leaf.getEndOffset();
			}
		}
		return end;
	}

	static String indentOfLine(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int i = lineStart;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(lineStart, i);
	}

	/** One level of indentation, as the file writes it. */
	private static String unit(String text, int offset) {
		String indent = indentOfLine(text, offset);
		return !indent.isEmpty() && !indent.contains("\t") ? "    " : "\t";
	}

	private static Edit insert(int offset, String text) {
		return new Edit(offset, 0, text);
	}
}
