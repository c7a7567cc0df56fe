package org.goldthread.reports.docs;

import java.util.HashMap;
import org.goldthread.reports.ReportNames;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.Appendix;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Pathway;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.Section;
import org.goldthread.model.support.Ids;

/**
 * Where everything lives in the documentation site, as paths from the site's root:
 *
 * <pre>
 * index.html                                   frameworks, courses and plans documented
 * frameworks/&lt;id&gt;/index.html                  a framework: about, aims, delivery, contents
 * frameworks/&lt;id&gt;/sections/&lt;section&gt;.html    a theme (recommendation, step ...): objectives, content ideas
 * frameworks/&lt;id&gt;/threads.html                golden threads
 * frameworks/&lt;id&gt;/assessment.html             outcomes, required assessments, pathways
 * frameworks/&lt;id&gt;/appendix-&lt;n&gt;.html           an appendix
 * courses/&lt;id&gt;.html                           a course handbook
 * plans/&lt;id&gt;.html                             a local plan
 * </pre>
 *
 * Elements inside a page are anchored by their id relative to the framework
 * ({@code #inclusion.concepts.equity}), the id course files use.
 */
final class SiteLinks {

	private final Map<Document, String> folders = new HashMap<>();

	SiteLinks(List<Framework> frameworks, List<Course> courses, List<LocalPlan> plans) {
		Set<String> taken = new HashSet<>();
		for (Framework f : frameworks) {
			String base = "frameworks/" + unique(taken, ReportNames.safeName(f.getName()), f.getVersion());
			folders.put(f, base);
		}
		Set<String> docs = new HashSet<>();
		for (Course c : courses) {
			folders.put(c, "courses/" + unique(docs, ReportNames.safeName(c.getName()), null));
		}
		docs.clear();
		for (LocalPlan p : plans) {
			folders.put(p, "plans/" + unique(docs, ReportNames.safeName(p.getName()), null));
		}
	}

	private static String unique(Set<String> taken, String base, String version) {
		if (taken.add(base)) {
			return base;
		}
		if (version != null && taken.add(base + "-" + ReportNames.safeName(version))) {
			return base + "-" + ReportNames.safeName(version);
		}
		for (int n = 2;; n++) {
			if (taken.add(base + "-" + n)) {
				return base + "-" + n;
			}
		}
	}

	boolean documented(Framework framework) {
		return framework != null && folders.containsKey(framework);
	}

	String frameworkIndex(Framework f) {
		return folders.get(f) + "/index.html";
	}

	String section(Section s) {
		Framework f = framework(s);
		return f == null ? null : folders.get(f) + "/sections/" + ReportNames.safeName(s.getName()) + ".html";
	}

	String threads(Framework f) {
		return folders.get(f) + "/threads.html";
	}

	String assessment(Framework f) {
		return folders.get(f) + "/assessment.html";
	}

	String appendix(Appendix a) {
		Framework f = framework(a);
		return f == null ? null : folders.get(f) + "/appendix-" + a.getNumber() + ".html";
	}

	/** A course's or plan's page. */
	String page(Document d) {
		return folders.get(d) + ".html";
	}

	/** The page (and anchor) documenting a framework element; null when its framework is not in the site. */
	String href(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		Framework f = framework(element);
		if (f == null) {
			return null;
		}
		if (element instanceof Framework) {
			return frameworkIndex(f);
		}
		if (element instanceof Section s && s.getName() != null) {
			return section(s);
		}
		String anchor = "#" + anchor(element);
		if (element instanceof GoldenThread) {
			return threads(f) + anchor;
		}
		if (element instanceof LearningOutcome || element instanceof RequiredAssessment || element instanceof AssessmentElement
				|| element instanceof Pathway) {
			return assessment(f) + anchor;
		}
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Section s && s.getName() != null) {
				return section(s) + anchor;
			}
			if (e instanceof Appendix a) {
				return appendix(a) + anchor;
			}
		}
		return frameworkIndex(f) + anchor;
	}

	/** The anchor of an element: its id relative to its document. */
	static String anchor(EObject element) {
		String id = Ids.relativeId(element);
		return id == null ? "" : id;
	}

	private Framework framework(EObject element) {
		Document d = Ids.documentOf(element);
		return d instanceof Framework f && folders.containsKey(f) ? f : null;
	}

	/** The path to {@code to} from the page at {@code from} (both from the site's root). */
	static String relative(String from, String to) {
		if (to == null) {
			return null;
		}
		String[] fromParts = from.split("/");
		String[] toParts = to.split("/");
		int common = 0;
		while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
			common++;
		}
		StringBuilder b = new StringBuilder();
		for (int i = common; i < fromParts.length - 1; i++) {
			b.append("../");
		}
		for (int i = common; i < toParts.length; i++) {
			b.append(toParts[i]);
			if (i < toParts.length - 1) {
				b.append('/');
			}
		}
		return b.toString();
	}
}
