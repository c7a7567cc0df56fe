package org.goldthread.lang.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Identified;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.PlanAction;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Labels;

/**
 * The documents' own rules: unique ids, no empty texts, a known framework of the right version.
 * Each document is walked once. The curriculum rules are the conformance engine's.
 */
@org.eclipse.xtext.validation.ComposedChecks(validators = ChangeRecordValidator.class)
public class GoldthreadValidator extends AbstractGoldthreadValidator {

	private static final GoldthreadPackage GT = GoldthreadPackage.eINSTANCE;

	@Check
	public void checkIdsAndTexts(Document document) {
		Map<String, Identified> seen = new HashMap<>();
		check(document, seen);
		for (Iterator<EObject> it = document.eAllContents(); it.hasNext();) {
			check(it.next(), seen);
		}
	}

	/** The largest value each whole-number attribute may take (docs/security.md); none may be negative. */
	private static final Map<String, Integer> MAXIMUM = Map.of("number", 1000, "credits", 1000, "level", 12, "words", 1_000_000,
			"minutes", 100_000, "weight", 100, "teachingDays", 1000, "studyDays", 1000, "year", 2200);
	/** Hours of one day or one session. */
	private static final double MAXIMUM_HOURS = 24;
	/** How deeply elements may be nested (objectives in objectives, content ideas in content ideas). */
	public static final int MAXIMUM_DEPTH = 32;

	private void checkLimits(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			Object value = element.eGet(attribute);
			if (value instanceof Integer n) {
				Integer max = MAXIMUM.get(attribute.getName());
				if (max != null && (n > max || n < 0)) {
					error("The " + attribute.getName() + " " + n + " is out of range: Goldthread takes 0 to " + max + " here.", element,
							attribute, GoldthreadIssueCodes.LIMIT);
				}
			} else if (value instanceof Double h && attribute.getName().equals("hours") && !(h >= 0 && h <= MAXIMUM_HOURS)) {
				error("The hours " + h + " are out of range: a day or session takes 0 to " + (int) MAXIMUM_HOURS + " hours.", element,
						attribute, GoldthreadIssueCodes.LIMIT);
			}
		}
		if (element.eContainer() != null && element.eContainer().eContainer() != null && depth(element) == MAXIMUM_DEPTH + 1) {
			error("Elements are nested more than " + MAXIMUM_DEPTH + " deep here; Goldthread reads up to " + MAXIMUM_DEPTH
					+ " levels. Flatten the structure.", element, null, GoldthreadIssueCodes.LIMIT);
		}
	}

	private static int depth(EObject element) {
		int depth = 0;
		for (EObject e = element; e.eContainer() != null && depth <= MAXIMUM_DEPTH + 1; e = e.eContainer()) {
			depth++;
		}
		return depth;
	}

	private void check(EObject element, Map<String, Identified> seen) {
		checkLimits(element);
		if (element instanceof Identified identified && identified.getName() != null && !(element instanceof Document)) {
			String id = Ids.relativeId(element);
			Identified first = seen.putIfAbsent(id, identified);
			if (first != null) {
				error("Duplicate id '" + id + "': it already names the " + Labels.kindOf(first) + " at line " + line(first)
						+ ". Ids must be unique within a document.", element, GT.getIdentified_Name(),
						GoldthreadIssueCodes.DUPLICATE_ID, id);
			}
		}
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING || attribute == GT.getIdentified_Name()) {
				continue;
			}
			if (attribute.isMany()) {
				var values = (java.util.List<?>) element.eGet(attribute);
				for (int i = 0; i < values.size(); i++) {
					if (values.get(i) instanceof String s && s.isBlank()) {
						error("Empty " + attribute.getName() + " text: write it out, or remove the clause.", element, attribute, i,
								GoldthreadIssueCodes.EMPTY_TEXT);
					}
				}
			} else if (element.eGet(attribute) instanceof String s && s.isBlank()) {
				error("Empty " + attribute.getName() + ": " + (attribute == GT.getJustifiedGap_Reason()
						? "a justified gap needs its reason." : "write it out, or remove the clause."), element, attribute,
						GoldthreadIssueCodes.EMPTY_TEXT);
			}
		}
	}

	/** A second delivery block would silently replace the first one: say so. */
	@Check
	public void checkSingleBlocks(Document document) {
		org.eclipse.emf.ecore.EReference delivery = document instanceof Course ? GT.getCourse_Delivery()
				: document instanceof Framework ? GT.getFramework_Delivery() : null;
		if (delivery != null && NodeModelUtils.findNodesForFeature(document, delivery).size() > 1) {
			error("The delivery block is declared more than once; only the last one would count. Merge them into one block.",
					document, delivery, GoldthreadIssueCodes.DUPLICATE_BLOCK);
		}
		if (document instanceof Framework && NodeModelUtils.findNodesForFeature(document, GT.getFramework_Mix()).size() > 1) {
			error("'mix oral and written' is declared more than once; only the last one would count. Keep one.",
					document, GT.getFramework_Mix(), GoldthreadIssueCodes.DUPLICATE_BLOCK);
		}
	}

	/**
	 * The clauses of a course's or plan's header and of a plan's action may come in any order; one that
	 * holds a single value and is given twice would silently keep only the last: say so.
	 */
	@Check
	public void checkSingleClauses(Course course) {
		checkSingleClauses(course, COURSE_CLAUSES);
	}

	@Check
	public void checkSingleClauses(LocalPlan plan) {
		checkSingleClauses(plan, PLAN_CLAUSES);
		for (PlanAction action : plan.getActions()) {
			checkSingleClauses(action, ACTION_CLAUSES);
		}
	}

	/** The single-valued clauses of a course's header, a plan's header and an action, with their keywords, in the grammar's order. */
	private static final List<Map.Entry<EStructuralFeature, String>> COURSE_CLAUSES = List.of(Map.entry(GT.getCourse_Provider(), "provider"),
			Map.entry(GT.getCourse_Framework(), "implements"), Map.entry(GT.getCourse_FrameworkVersion(), "version"),
			Map.entry(GT.getCourse_Pathway(), "pathway"), Map.entry(GT.getCourse_Credits(), "credits"), Map.entry(GT.getCourse_Level(), "level"));
	private static final List<Map.Entry<EStructuralFeature, String>> PLAN_CLAUSES = List.of(Map.entry(GT.getLocalPlan_Organisation(), "organisation"),
			Map.entry(GT.getLocalPlan_Audience(), "for"), Map.entry(GT.getLocalPlan_Framework(), "implements"),
			Map.entry(GT.getLocalPlan_FrameworkVersion(), "version"), Map.entry(GT.getLocalPlan_Period(), "period"));
	private static final List<Map.Entry<EStructuralFeature, String>> ACTION_CLAUSES = List.of(Map.entry(GT.getPlanAction_Owner(), "owner"),
			Map.entry(GT.getPlanAction_Start(), "starts"), Map.entry(GT.getPlanAction_Due(), "due"), Map.entry(GT.getPlanAction_Status(), "status"));

	private void checkSingleClauses(EObject element, List<Map.Entry<EStructuralFeature, String>> clauses) {
		for (Map.Entry<EStructuralFeature, String> clause : clauses) {
			if (NodeModelUtils.findNodesForFeature(element, clause.getKey()).size() > 1) {
				error("'" + clause.getValue() + "' is given more than once; only the last one would count. Keep one.", element, clause.getKey(),
						GoldthreadIssueCodes.DUPLICATE_BLOCK);
			}
		}
	}

	@Check
	public void checkImplementedFramework(Course course) {
		checkImplementedFramework(course, course.getFramework(), course.getFrameworkVersion(), GT.getCourse_Framework(),
				GT.getCourse_FrameworkVersion(), "course");
	}

	@Check
	public void checkImplementedFramework(LocalPlan plan) {
		checkImplementedFramework(plan, plan.getFramework(), plan.getFrameworkVersion(), GT.getLocalPlan_Framework(),
				GT.getLocalPlan_FrameworkVersion(), "plan");
	}

	private void checkImplementedFramework(Document document, Framework framework, String version,
			org.eclipse.emf.ecore.EReference frameworkFeature, EAttribute versionFeature, String what) {
		if (framework == null) {
			if (document.eResource() instanceof XtextResource resource && resource.getParseResult() != null
					&& resource.getParseResult().hasSyntaxErrors()) {
				return; // the parser may have stopped before `implements`: the syntax error is the finding, not this
			}
			String example = what.equals("plan") ? "implements cypmh.workforceToolkit version \"1.0\"" : "implements cypmh.leadership version \"2024\"";
			error("This " + what + " does not say which framework it implements: add 'implements <framework id> version \"<version>\"' "
					+ "after its title (e.g. " + example + ").", document, GT.getIdentified_Name(),
					GoldthreadIssueCodes.MISSING_FRAMEWORK);
			return;
		}
		if (framework.eIsProxy() || version == null) {
			return; // unresolved: the linker reports it
		}
		if (!version.equals(framework.getVersion())) {
			error("This " + what + " implements " + framework.getName() + " version \"" + version + "\", but the available version is \""
					+ framework.getVersion() + "\". Update the " + what + " to version \"" + framework.getVersion()
					+ "\", or add version \"" + version + "\" of the framework.", document, versionFeature,
					GoldthreadIssueCodes.FRAMEWORK_VERSION_MISMATCH, framework.getVersion());
		}
	}

	private static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? 0 : node.getStartLine();
	}
}
