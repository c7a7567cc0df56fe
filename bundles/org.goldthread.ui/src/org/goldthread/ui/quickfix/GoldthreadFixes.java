package org.goldthread.ui.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
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
import org.goldthread.ui.GoldthreadImages;
import org.goldthread.ui.editor.EditorEdits.Edit;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * The quick fixes of Goldthread's findings, shared by the Problems view (marker resolutions) and
 * Ctrl+1 in the editor:
 * <ul>
 * <li>GT-COV-001: cover the objective in a session (the sessions teaching the same theme first), or
 * declare it a justified gap with a reason to write;</li>
 * <li>GT-THR-001/002/003: weave the golden thread into a session (on a day, or in the module, that
 * lacks it);</li>
 * <li>GT-ASM-001: add the skeleton of the missing required assessment;</li>
 * <li>GT-INT-001: replace an unknown id with the closest existing one.</li>
 * </ul>
 */
public final class GoldthreadFixes {

	public static final String COVERAGE = "GT-COV-001";
	public static final String THREAD_ABSENT = "GT-THR-001";
	public static final String THREAD_SPREAD = "GT-THR-002";
	public static final String THREAD_MODULE = "GT-THR-003";
	public static final String ASSESSMENT_MISSING = "GT-ASM-001";
	public static final String UNKNOWN_REFERENCE = GoldthreadIssueCodes.UNKNOWN_REFERENCE;

	/** How many sessions are proposed directly; the rest are reached through "a session of your choice". */
	static final int DIRECT_SESSIONS = 3;

	private static final Set<String> FIXABLE = Set.of(COVERAGE, THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE, ASSESSMENT_MISSING,
			UNKNOWN_REFERENCE);

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	private GoldthreadFixes() {
	}

	public static boolean hasFixes(String ruleId, String frameworkElementId) {
		return ruleId != null && FIXABLE.contains(ruleId) && frameworkElementId != null;
	}

	/** The fixes for a finding in a document (its current text). */
	public static List<Fix> fixesFor(IDocument document, FindingRef finding) throws Exception {
		if (!hasFixes(finding.ruleId(), finding.frameworkElementId())) {
			return List.of();
		}
		List<Fix> fixes = ModelManager.get().read(document, resource -> fixesFor(resource, finding));
		return fixes == null ? List.of() : fixes;
	}

	static List<Fix> fixesFor(XtextResource resource, FindingRef finding) {
		List<Fix> fixes = new ArrayList<>();
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (finding.ruleId().equals(UNKNOWN_REFERENCE)) {
			replaceUnknownId(resource, finding, fixes);
			return fixes;
		}
		if (!(root instanceof Course course)) {
			return fixes;
		}
		String id = finding.frameworkElementId();
		switch (finding.ruleId()) {
			case COVERAGE -> {
				if (id != null && !id.contains(".")) {
					fixes.add(justifiedGap(id)); // a whole theme not taught: no one session covers it
					return fixes;
				}
				for (Session session : rankForObjective(course, id)) {
					fixes.add(coverIn(session, id));
				}
				fixes.add(new Fix("Cover '" + id + "' in a session of your choice…",
						"Adds 'covers " + id + "' to a session you pick from the course's sessions.", GoldthreadImages.SESSION,
						(r, text) -> chooseSession(r, "Cover '" + id + "' in session", s -> coverageEdit(s, id, text))));
				fixes.add(justifiedGap(id));
			}
			case THREAD_ABSENT, THREAD_SPREAD, THREAD_MODULE -> {
				Module module = finding.ruleId().equals(THREAD_MODULE) ? moduleAt(resource, finding.offset()) : null;
				for (Session session : rankForThread(course, id, module)) {
					fixes.add(weaveInto(session, id));
				}
				fixes.add(new Fix("Weave '" + id + "' into a session of your choice…",
						"Adds 'weaves " + id + "' to a session you pick.", GoldthreadImages.THREAD,
						(r, text) -> chooseSession(r, "Weave '" + id + "' into session", s -> threadEdit(s, id, text))));
			}
			case ASSESSMENT_MISSING -> {
				RequiredAssessment required = requiredAssessment(course, id);
				if (required != null) {
					fixes.add(assessmentSkeleton(required));
				}
			}
			default -> {
			}
		}
		return fixes;
	}

	// ------------------------------------------------------------------ GT-INT-001

	private static void replaceUnknownId(XtextResource resource, FindingRef finding, List<Fix> fixes) {
		String suggestion = finding.data() != null && finding.data().length > 0 ? finding.data()[0] : null;
		if (suggestion == null || suggestion.isEmpty()) {
			return;
		}
		String text = resource.getParseResult().getRootNode().getText();
		if (finding.offset() < 0 || finding.offset() + finding.length() > text.length() || finding.length() == 0) {
			return;
		}
		String original = text.substring(finding.offset(), finding.offset() + finding.length());
		fixes.add(new Fix("Change '" + original + "' to '" + suggestion + "'",
				"Replaces the unknown id with the closest existing one.", GoldthreadImages.QUICKFIX, (r, current) -> {
					int start = finding.offset();
					int end = start + finding.length();
					if (end > current.length() || !current.substring(start, end).equals(original)) {
						return Fix.Change.none(); // the text moved on: do nothing rather than the wrong thing
					}
					return new Fix.Change(List.of(new Edit(start, original.length(), suggestion)), start, suggestion.length());
				}));
	}

	// ------------------------------------------------------------------ GT-COV-001

	/**
	 * Sessions ranked for an objective: those covering most objectives of the same theme first, then
	 * those with the fewest claims (a session nothing is mapped to yet), then in source order.
	 */
	static List<Session> rankForObjective(Course course, String objectiveId) {
		String theme = objectiveId.contains(".") ? objectiveId.substring(0, objectiveId.indexOf('.')) + "." : objectiveId + ".";
		List<Session> sessions = sessions(course);
		Map<Session, Integer> score = new LinkedHashMap<>();
		for (Session session : sessions) {
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

	private static Fix coverIn(Session session, String objectiveId) {
		String fragment = session.eResource().getURIFragment(session);
		String label = "Cover '" + objectiveId + "' in " + describe(session);
		return new Fix(label, "Adds 'covers " + objectiveId + "' to the session.", GoldthreadImages.OBJECTIVE,
				(r, text) -> {
					Session target = sessionAt(r, fragment, session.getTitle());
					return target == null ? Fix.Change.none() : coverageEdit(target, objectiveId, text);
				});
	}

	static Fix.Change coverageEdit(Session session, String objectiveId, String text) {
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

	private static Fix justifiedGap(String objectiveId) {
		String placeholder = "Why the course does not cover this: …";
		return new Fix("Declare '" + objectiveId + "' a justified gap (write the reason)",
				"Adds 'gap " + objectiveId + " because \"…\"': a reviewer will read the reason, so replace the placeholder.",
				GoldthreadImages.GAP, (r, text) -> {
					Course course = (Course) r.getContents().get(0);
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
					String insert = prefix + "gap " + objectiveId + " because \"" + placeholder + "\"";
					int select = at + insert.indexOf(placeholder);
					return new Fix.Change(List.of(new Edit(at, 0, insert)), select, placeholder.length());
				});
	}

	// ------------------------------------------------------------------ GT-THR-00x

	/** Sessions that do not weave the thread yet, on days that lack it, spread across the course (or the module). */
	static List<Session> rankForThread(Course course, String thread, Module module) {
		List<Session> candidates = new ArrayList<>();
		Set<TeachingDay> daysWithThread = new HashSet<>();
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

	private static Fix weaveInto(Session session, String thread) {
		String fragment = session.eResource().getURIFragment(session);
		return new Fix("Weave '" + thread + "' into " + describe(session), "Adds 'weaves " + thread + "' to the session.",
				GoldthreadImages.THREAD, (r, text) -> {
					Session target = sessionAt(r, fragment, session.getTitle());
					return target == null ? Fix.Change.none() : threadEdit(target, thread, text);
				});
	}

	static Fix.Change threadEdit(Session session, String thread, String text) {
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

	private static Module moduleAt(XtextResource resource, int offset) {
		EObject element = GoldthreadLanguage.get(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, Math.max(0, offset));
		return EcoreUtil2.getContainerOfType(element, Module.class);
	}

	// ------------------------------------------------------------------ GT-ASM-001

	private static RequiredAssessment requiredAssessment(Course course, String id) {
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

	private static Fix assessmentSkeleton(RequiredAssessment required) {
		String name = required.getName();
		String title = required.getTitle() == null ? name : required.getTitle();
		return new Fix("Add the required assessment '" + title + "'",
				"Adds 'assessment … fulfils " + name + "' with an allowed form and the elements it should address; fill in the details.",
				GoldthreadImages.ASSESSMENT, (r, text) -> {
					Course course = (Course) r.getContents().get(0);
					RequiredAssessment current = requiredAssessment(course, name);
					if (current == null) {
						return Fix.Change.none();
					}
					Set<String> ids = new HashSet<>();
					course.eAllContents().forEachRemaining(e -> {
						String eid = e instanceof Identified ? Ids.relativeId(e) : null;
						if (eid != null) {
							ids.add(eid);
						}
					});
					String id = ids.contains(name) ? name + "Assessment" : name;
					String form = current.getForms().isEmpty() ? "written-report" : current.getForms().get(0).getForm().getLiteral();
					StringBuilder sb = new StringBuilder();
					sb.append("assessment ").append(id).append(" \"").append(title).append("\" fulfils ").append(name).append(" form ").append(form);
					List<String> elements = new ArrayList<>();
					for (AssessmentElement element : current.getElements()) {
						elements.add(Ids.relativeId(element));
					}
					if (!elements.isEmpty()) {
						sb.append(" {\n\taddresses ").append(String.join(", ", elements)).append("\n}");
					}
					List<CourseAssessment> assessments = course.getAssessments();
					int at = assessments.isEmpty() ? lastNonGapEnd(course) : lastLeafEnd(assessments.get(assessments.size() - 1));
					String insert = "\n\n" + sb;
					int select = at + insert.indexOf('"') + 1;
					return new Fix.Change(List.of(new Edit(at, 0, insert)), select, title.length());
				});
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

	/** Lets the user pick a session (UI thread), then computes the edit for it. */
	private static Fix.Change chooseSession(XtextResource resource, String title, java.util.function.Function<Session, Fix.Change> edit) {
		Course course = (Course) resource.getContents().get(0);
		List<Session> sessions = sessions(course);
		Session chosen = SessionChooser.choose(title, sessions);
		return chosen == null ? Fix.Change.none() : edit.apply(chosen);
	}

	/** The course's sessions in source order. */
	static List<Session> sessions(Course course) {
		List<Session> result = new ArrayList<>();
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				result.addAll(day.getSessions());
			}
		}
		return result;
	}

	static String describe(Session session) {
		String title = session.getTitle() == null ? "" : session.getTitle();
		String day = session.eContainer() instanceof TeachingDay d ? " (day " + d.getNumber() + ")" : "";
		return "session '" + (title.length() > 60 ? title.substring(0, 59) + "…" : title) + "'" + day;
	}

	private static Session sessionAt(XtextResource resource, String fragment, String title) {
		EObject object = resource.getEObject(fragment);
		return object instanceof Session s && java.util.Objects.equals(s.getTitle(), title) ? s : null;
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

	private static Fix.Change insert(int offset, String text) {
		return Fix.Change.of(new Edit(offset, 0, text));
	}
}
