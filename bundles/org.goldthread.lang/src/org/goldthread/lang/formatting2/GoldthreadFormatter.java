package org.goldthread.lang.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.PlanAction;
import org.goldthread.model.Quote;
import org.goldthread.model.Session;
import org.goldthread.model.StudyDay;

/**
 * The one canonical layout of Goldthread files:
 * <ul>
 * <li>one space between tokens, none before ',' '%' or 'h' (hours);</li>
 * <li>the document's header clauses, each on its own line, indented;</li>
 * <li>a blank line between top-level blocks (consecutive one-liners such as study days or gaps
 * stay together);</li>
 * <li>every element inside a block on its own line, blocks indented by one tab;</li>
 * <li>a session's, outcome's or action's clauses ({@code covers}, {@code weaves}, {@code relates},
 * {@code owner} ...) each on its own line, indented under it.</li>
 * </ul>
 */
public class GoldthreadFormatter extends AbstractJavaFormatter {

	/** Keywords that start a clause on a line of its own inside a block. */
	private static final String[] LINE_KEYWORDS = { "aim", "about", "intro", "teaching", "study", "advises", "assesses", "addresses",
			"reaches", "aligns" };

	/** Keywords that start a document header clause. */
	private static final String[] HEADER_KEYWORDS = { "version", "published", "year", "source", "about", "aim", "provider", "implements",
			"pathway", "credits", "level", "organisation", "for", "period", "entry", "replaces" };

	/** Top-level elements that stay on consecutive lines when they follow one of their kind. */
	private static final Set<Class<?>> ONE_LINERS = Set.of(StudyDay.class, JustifiedGap.class, LearningOutcome.class, Quote.class,
			PlanAction.class,
			org.goldthread.model.Retirement.class);

	@Override
	public void format(Object obj, IFormattableDocument document) {
		if (obj instanceof Document root) {
			formatTokens(root, document);
			formatHeader(root, document);
			formatMembers(root, document);
		}
		if (obj instanceof EObject element) {
			formatBlocks(element, document);
			formatClauses(element, document);
			for (EObject child : element.eContents()) {
				format(child, document);
			}
		} else {
			super.format(obj, document);
		}
	}

	private void formatTokens(Document root, IFormattableDocument document) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(root)) {
			document.prepend(region, it -> {
				it.oneSpace();
				it.lowPriority();
			});
		}
		ISemanticRegionsFinder all = textRegionExtensions.allRegionsFor(root);
		for (ISemanticRegion region : all.keywords(",", "%", "h")) {
			ISemanticRegion previous = region.getPreviousSemanticRegion();
			if (region.getText().equals("h") && previous != null && previous.getText().equals("tbc")) {
				continue; // `tbc h`, not `tbch`
			}
			document.prepend(region, it -> it.noSpace());
		}
		ISemanticRegion first = textRegionExtensions.regionFor(root).feature(org.goldthread.model.GoldthreadPackage.Literals.IDENTIFIED__NAME);
		if (first != null && first.getPreviousSemanticRegion() != null) {
			document.prepend(first.getPreviousSemanticRegion(), it -> it.noSpace());
		}
	}

	/** Header clauses of a framework, course or plan: each on its own indented line. */
	private void formatHeader(Document root, IFormattableDocument document) {
		ISemanticRegion title = textRegionExtensions.regionFor(root).feature(org.goldthread.model.GoldthreadPackage.Literals.DOCUMENT__TITLE);
		if (title == null) {
			return;
		}
		ISemanticRegion last = title;
		ISemanticRegionsFinder header = textRegionExtensions.regionFor(root);
		ISemanticRegion replaces = header.keyword("replaces");
		for (ISemanticRegion keyword : header.keywords(HEADER_KEYWORDS)) {
			if (!(root instanceof Framework) && keyword.getText().equals("version")) {
				continue; // `implements x version "v"` stays together
			}
			if (replaces != null && keyword.getText().equals("version") && keyword.getOffset() > replaces.getOffset()) {
				continue; // `replaces x version "v"` stays together
			}
			document.prepend(keyword, it -> it.newLine());
		}
		for (ISemanticRegion r = title.getNextSemanticRegion(); r != null && r.getSemanticElement() == root; r = r.getNextSemanticRegion()) {
			last = r;
		}
		if (last != title) {
			document.set(title.getNextHiddenRegion(), last.getNextHiddenRegion(), it -> it.indent());
		}
	}

	/** A blank line before each top-level block. */
	private void formatMembers(Document root, IFormattableDocument document) {
		EObject previous = null;
		for (EObject member : root.eContents()) {
			ISemanticRegion first = firstRegion(member);
			if (first != null) {
				boolean together = previous != null && previous.eClass() == member.eClass()
						&& ONE_LINERS.stream().anyMatch(c -> c.isInstance(member));
				document.prepend(first, it -> it.setNewLines(together ? 1 : 2));
			}
			previous = member;
		}
		ISemanticRegion lastRegion = lastRegion(root);
		if (lastRegion != null) {
			document.append(lastRegion, it -> it.setNewLines(1));
		}
	}

	/** Braces: contents indented, each element inside on its own line. */
	private void formatBlocks(EObject element, IFormattableDocument document) {
		ISemanticRegionsFinder own = textRegionExtensions.regionFor(element);
		for (Pair<ISemanticRegion, ISemanticRegion> braces : own.keywordPairs("{", "}")) {
			document.interior(braces, it -> it.indent());
			document.append(braces.getKey(), it -> it.newLine());
			document.prepend(braces.getValue(), it -> it.newLine());
		}
		if (element instanceof org.goldthread.model.Pathway) {
			for (ISemanticRegion keyword : own.keywords("assessment")) {
				document.prepend(keyword, it -> it.newLine()); // `assessment advisory`
			}
		}
		for (ISemanticRegion keyword : own.keywords(LINE_KEYWORDS)) {
			if (element instanceof Document || element instanceof org.goldthread.model.Resource) {
				continue; // header clauses are handled in formatHeader; a resource's about stays on its line
			}
			if (keyword.getText().equals("study") && !(element instanceof org.goldthread.model.DeliveryRequirement)) {
				continue;
			}
			if (partlyAddresses(keyword)) {
				continue;
			}
			document.prepend(keyword, it -> it.newLine());
		}
		if (element instanceof org.goldthread.model.CourseAssessment) {
			for (ISemanticRegion keyword : own.keywords("weaves")) {
				document.prepend(keyword, it -> it.newLine()); // an assessment's `weaves`, inside its block
			}
		}
		if (element.eContainer() != null && !(element.eContainer() instanceof Document) && !(element instanceof Coverage)
				&& !(element instanceof org.goldthread.model.ExternalResource) && !(element instanceof org.goldthread.model.ChangeRecord)) {
			ISemanticRegion first = firstRegion(element);
			if (first != null) {
				document.prepend(first, it -> it.newLine());
			}
		}
	}

	/** Clauses after an element's header line go on their own lines, indented under it. */
	private void formatClauses(EObject element, IFormattableDocument document) {
		String[] clauses;
		if (element instanceof Session) {
			clauses = new String[] { "with", "covers", "weaves", "uses" };
		} else if (element instanceof LearningOutcome) {
			clauses = new String[] { "relates" };
		} else if (element instanceof PlanAction) {
			clauses = new String[] { "addresses", "partly", "with", "owner", "starts", "due", "status", "progress" };
		} else {
			return;
		}
		List<ISemanticRegion> keywords = textRegionExtensions.regionFor(element).keywords(clauses);
		ISemanticRegion firstChild = element instanceof PlanAction action && !action.getMeasures().isEmpty() ? firstRegion(action.getMeasures().get(0))
				: element instanceof PlanAction action && !action.getMilestones().isEmpty() ? firstRegion(action.getMilestones().get(0)) : null;
		if (keywords.isEmpty() && firstChild == null) {
			return;
		}
		for (ISemanticRegion keyword : keywords) {
			if (partlyAddresses(keyword)) {
				continue;
			}
			document.prepend(keyword, it -> it.newLine());
		}
		ISemanticRegion last = lastRegion(element);
		ISemanticRegion first = keywords.isEmpty() || firstChild != null && firstChild.getOffset() < keywords.get(0).getOffset() ? firstChild
				: keywords.get(0);
		IHiddenRegion from = first.getPreviousHiddenRegion();
		document.set(from, last.getNextHiddenRegion(), it -> it.indent());
	}

	/** The {@code addresses} of a plan action's {@code partly addresses}, which stays on the line of {@code partly}. */
	private static boolean partlyAddresses(ISemanticRegion keyword) {
		ISemanticRegion previous = keyword.getPreviousSemanticRegion();
		return keyword.getText().equals("addresses") && previous != null && previous.getText().equals("partly");
	}

	private ISemanticRegion firstRegion(EObject element) {
		var region = textRegionExtensions.regionForEObject(element);
		return region == null ? null : region.getPreviousHiddenRegion().getNextSemanticRegion();
	}

	private ISemanticRegion lastRegion(EObject element) {
		var region = textRegionExtensions.regionForEObject(element);
		return region == null ? null : region.getNextHiddenRegion().getPreviousSemanticRegion();
	}
}
