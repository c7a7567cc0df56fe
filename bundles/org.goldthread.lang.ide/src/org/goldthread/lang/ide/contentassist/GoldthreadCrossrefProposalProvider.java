package org.goldthread.lang.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.goldthread.lang.documentation.ElementDescriptions;
import org.goldthread.lang.scoping.GoldthreadResourceDescriptionStrategy;

/**
 * Proposals for references say what they propose: an objective's text and theme as the
 * description, its full description as documentation; a framework's version. Which elements are
 * proposed is scoping's decision (a course sees the elements of the framework it implements, of the
 * kind the clause takes).
 */
public class GoldthreadCrossrefProposalProvider extends IdeCrossrefProposalProvider {

	/**
	 * A session covers leaf objectives: an objective with sub-objectives is met through them (claiming
	 * it is finding GT-COV-005), so {@code covers} proposes the sub-objectives, not the parent.
	 */
	@Override
	public void lookupCrossReference(org.eclipse.xtext.scoping.IScope scope, CrossReference crossReference, ContentAssistContext context,
			org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor acceptor,
			com.google.common.base.Predicate<IEObjectDescription> filter) {
		com.google.common.base.Predicate<IEObjectDescription> combined = filter;
		if (org.eclipse.xtext.GrammarUtil.getReference(crossReference) == org.goldthread.model.GoldthreadPackage.Literals.COVERAGE__OBJECTIVE) {
			combined = d -> (filter == null || filter.apply(d)) && !isParentObjective(d);
		}
		super.lookupCrossReference(scope, crossReference, context, acceptor, combined);
	}

	private static boolean isParentObjective(IEObjectDescription description) {
		return description.getEObjectOrProxy() instanceof org.goldthread.model.Item item && !item.eIsProxy()
				&& item.getChildren().stream().anyMatch(c -> c.getKind() == org.goldthread.model.ItemKind.OBJECTIVE);
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		try {
			EObject element = candidate.getEObjectOrProxy();
			if (element != null && !element.eIsProxy()) {
				String summary = ElementDescriptions.summary(element);
				if (summary != null) {
					entry.setDescription(summary);
				}
				String documentation = ElementDescriptions.describe(element);
				if (documentation != null) {
					entry.setDocumentation(documentation);
				}
			} else {
				String version = candidate.getUserData(GoldthreadResourceDescriptionStrategy.VERSION);
				if (version != null && !version.isEmpty()) {
					entry.setDescription("version " + version);
				}
			}
		} catch (RuntimeException e) {
			// the proposal stays, without its description
		}
		return entry;
	}
}
