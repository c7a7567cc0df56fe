package org.goldthread.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.goldthread.lang.naming.GoldthreadQualifiedNameProvider;
import org.goldthread.lang.validation.GoldthreadIssueCodes;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.ItemKind;
import org.goldthread.model.support.Labels;

import com.google.inject.Inject;

/**
 * Unresolved ids explain themselves. An id that names an element of the wrong kind says so
 * ({@value GoldthreadIssueCodes#WRONG_KIND_REFERENCE}); an unknown id names the framework searched
 * and suggests the closest existing id ({@value GoldthreadIssueCodes#UNKNOWN_REFERENCE}, with the
 * suggestion as issue data for the quick fix).
 */
public class GoldthreadLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private FrameworkScopes frameworkScopes;

	@Inject
	private IScopeProvider scopeProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EReference reference = context.getReference();
		EObject owner = context.getContext();
		String id = context.getLinkText();
		if (reference == GoldthreadPackage.Literals.COURSE__FRAMEWORK || reference == GoldthreadPackage.Literals.LOCAL_PLAN__FRAMEWORK) {
			List<String> known = new ArrayList<>();
			for (IEObjectDescription d : scopeProvider.getScope(owner, reference).getAllElements()) {
				known.add(d.getName().toString());
			}
			String hint = known.isEmpty() ? "no framework is available: add the framework's file, or pass it with --framework"
					: "available: " + String.join(", ", known.stream().distinct().sorted().toList());
			String suggestion = closest(id, known);
			return new DiagnosticMessage("Unknown framework '" + id + "' (" + hint + ").", Severity.ERROR,
					GoldthreadIssueCodes.UNKNOWN_FRAMEWORK, suggestion == null ? new String[0] : new String[] { suggestion });
		}
		if (!GoldthreadPackage.Literals.FRAMEWORK_ELEMENT.isSuperTypeOf(reference.getEReferenceType())) {
			return super.getUnresolvedProxyMessage(context);
		}
		String wanted = FrameworkScopes.wantsObjectives(reference) ? Labels.itemKind(ItemKind.OBJECTIVE)
				: Labels.typeName(reference.getEReferenceType());
		Framework framework = FrameworkScopes.frameworkOf(owner);
		if (framework == null) {
			return new DiagnosticMessage("Cannot resolve '" + id + "': this document does not implement a known framework.",
					Severity.ERROR, GoldthreadIssueCodes.UNKNOWN_REFERENCE);
		}
		QualifiedName name = QualifiedName.create(id.split("\\."));
		for (IEObjectDescription d : frameworkScopes.allElements(framework)) {
			if (d.getName().equals(name)) {
				EObject found = d.getEObjectOrProxy();
				return new DiagnosticMessage("'" + id + "' is a " + Labels.kindOf(found) + ", not a " + wanted
						+ ": '" + keyword(reference) + "' takes " + plural(wanted) + ".", Severity.ERROR,
						GoldthreadIssueCodes.WRONG_KIND_REFERENCE, id);
			}
		}
		List<String> candidates = new ArrayList<>();
		for (IEObjectDescription d : frameworkScopes.scopeFor(framework, reference).getAllElements()) {
			candidates.add(d.getName().toString());
		}
		String suggestion = closest(id, candidates);
		return new DiagnosticMessage("No " + wanted + " '" + id + "' in " + GoldthreadQualifiedNameProvider.label(framework)
				+ (suggestion == null ? "." : ". Did you mean '" + suggestion + "'?"), Severity.ERROR,
				GoldthreadIssueCodes.UNKNOWN_REFERENCE, suggestion == null ? new String[0] : new String[] { suggestion });
	}

	private static String keyword(EReference reference) {
		GoldthreadPackage p = GoldthreadPackage.eINSTANCE;
		if (reference == p.getCoverage_Objective()) {
			return "covers";
		} else if (reference == p.getCourseAssessment_Objectives()) {
			return "reaches";
		} else if (reference == p.getSession_Threads() || reference == p.getDeliveryPractice_Threads()) {
			return "weaves";
		} else if (reference == p.getCourseAssessment_Outcomes()) {
			return "assesses";
		} else if (reference == p.getCourseAssessment_Elements() || reference == p.getPlanAction_Addresses()) {
			return "addresses";
		} else if (reference == p.getCourseAssessment_Fulfils()) {
			return "fulfils";
		} else if (reference == p.getSession_Resources()) {
			return "uses";
		} else if (reference == p.getJustifiedGap_Element()) {
			return "gap";
		} else if (reference == p.getPathway_Advised()) {
			return "advises";
		}
		return reference.getName();
	}

	private static String plural(String kind) {
		return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
	}

	/** The candidate nearest to {@code id} by edit distance, if it is near enough to be a likely typo. */
	public static String closest(String id, List<String> candidates) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String c : candidates) {
			int d = distance(id.toLowerCase(), c.toLowerCase());
			if (d < bestDistance) {
				best = c;
				bestDistance = d;
			}
		}
		return best != null && bestDistance <= Math.max(2, id.length() / 3) ? best : null;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] t = previous;
			previous = current;
			current = t;
		}
		return previous[b.length()];
	}
}
