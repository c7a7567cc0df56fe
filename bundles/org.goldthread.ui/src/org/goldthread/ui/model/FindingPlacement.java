package org.goldthread.ui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.conformance.CourseFacts;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.support.Ids;

/**
 * Where the IDE shows a coverage finding. The engine places findings about framework elements (an
 * objective not covered, a theme partly covered) on the document, that is on the {@code course} line,
 * because the element lives in another file. In the editor and the Problems view such a finding is
 * moved to the most useful line of the course: the justified gap that names the element (or, for a
 * theme, one of its objectives), else the session that teaches most of the element's theme. The
 * rule, message, data and severity stay as they are; only the place changes, and only in the IDE
 * (the command line, reports and the language server keep the engine's locations).
 */
public final class FindingPlacement {

	private FindingPlacement() {
	}

	/** The issues, with coverage findings that sit on the document moved to their most useful line. */
	public static List<Issue> placed(XtextResource resource, List<Issue> issues) {
		if (issues == null || issues.isEmpty() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof Course course)) {
			return issues;
		}
		Framework framework = course.getFramework();
		ICompositeNode root = NodeModelUtils.findActualNodeFor(course);
		if (framework == null || framework.eIsProxy() || root == null) {
			return issues;
		}
		// the course's first line: where the engine puts findings about elements of other files
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		List<org.eclipse.xtext.nodemodel.INode> name = NodeModelUtils.findNodesForFeature(course,
				org.goldthread.model.GoldthreadPackage.Literals.IDENTIFIED__NAME);
		int headerStart = name.isEmpty() ? Math.max(0, Math.min(root.getOffset(), text.length())) : name.get(0).getOffset();
		int headerEnd = text.indexOf('\n', headerStart);
		if (headerEnd < 0) {
			headerEnd = text.length();
		}
		CourseFacts facts = null;
		Map<String, EObject> elements = null;
		List<Issue> result = new ArrayList<>(issues.size());
		for (Issue issue : issues) {
			String code = issue.getCode();
			String elementId = FindingCodes.frameworkElementId(issue);
			boolean onDocument = issue.getOffset() == null || issue.getOffset() <= headerEnd; // the comments above included
			if (code == null || !code.startsWith("GT-COV-") || elementId == null || !onDocument) {
				result.add(issue);
				continue;
			}
			if (facts == null) {
				facts = new CourseFacts(course, framework);
				elements = elementsById(facts);
			}
			ICompositeNode node = bestNode(facts, elements.get(elementId));
			result.add(node == null ? issue : moved(issue, resource, node));
		}
		return result;
	}

	private static Map<String, EObject> elementsById(CourseFacts facts) {
		Map<String, EObject> result = new HashMap<>();
		for (Section theme : facts.themes) {
			result.put(Ids.relativeId(theme), theme);
		}
		for (Item objective : facts.objectives) {
			result.put(Ids.relativeId(objective), objective);
		}
		return result;
	}

	/** The gap naming the element (or one of the theme's objectives), else the session teaching most of its theme. */
	static ICompositeNode bestNode(CourseFacts facts, EObject element) {
		if (element == null) {
			return null;
		}
		JustifiedGap gap = facts.gapFor(element);
		Section theme = element instanceof Section s ? s : element instanceof Item item ? facts.themeOf.get(item) : null;
		if (gap == null && element instanceof Section) {
			for (Map.Entry<org.goldthread.model.FrameworkElement, JustifiedGap> entry : facts.gaps.entrySet()) {
				if (isWithin(entry.getKey(), theme)) {
					gap = entry.getValue();
					break;
				}
			}
		}
		if (gap != null) {
			return NodeModelUtils.findActualNodeFor(gap);
		}
		if (theme == null) {
			return null;
		}
		Map<Session, Integer> taught = new HashMap<>();
		for (Item objective : facts.objectives) {
			if (facts.themeOf.get(objective) == theme) {
				for (CourseFacts.Claim claim : facts.claimsOf(objective)) {
					taught.merge(claim.session(), 1, Integer::sum);
				}
			}
		}
		Session best = null;
		for (Session session : facts.sessions) { // in course order: the first of equals wins
			if (taught.getOrDefault(session, 0) > (best == null ? 0 : taught.get(best))) {
				best = session;
			}
		}
		return best == null ? null : NodeModelUtils.findActualNodeFor(best);
	}

	private static boolean isWithin(EObject element, EObject container) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e == container) {
				return true;
			}
		}
		return false;
	}

	/** A copy of the issue on the first line of {@code node}. */
	private static Issue moved(Issue issue, XtextResource resource, ICompositeNode node) {
		String text = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode().getText();
		int offset = node.getOffset();
		int length = node.getLength();
		if (text != null) {
			int newline = text.indexOf('\n', offset);
			if (newline >= 0 && newline < offset + length) {
				length = newline - offset;
			}
			while (length > 0 && Character.isWhitespace(text.charAt(offset + length - 1))) {
				length--;
			}
		}
		Issue.IssueImpl copy = new Issue.IssueImpl();
		copy.setCode(issue.getCode());
		copy.setData(issue.getData());
		copy.setMessage(issue.getMessage());
		copy.setSeverity(issue.getSeverity());
		copy.setType(issue.getType());
		copy.setUriToProblem(issue.getUriToProblem());
		copy.setSyntaxError(issue.isSyntaxError());
		copy.setOffset(offset);
		copy.setLength(length);
		copy.setLineNumber(node.getStartLine());
		copy.setLineNumberEnd(node.getStartLine());
		int lineStart = text == null ? offset : text.lastIndexOf('\n', offset - 1) + 1;
		copy.setColumn(offset - lineStart + 1);
		copy.setColumnEnd(offset - lineStart + 1 + length);
		return copy;
	}
}
