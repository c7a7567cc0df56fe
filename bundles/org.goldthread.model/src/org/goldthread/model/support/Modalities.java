package org.goldthread.model.support;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.Appendix;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.AssessmentStatus;
import org.goldthread.model.ContentIdea;
import org.goldthread.model.DeliveryRequirement;
import org.goldthread.model.Expectation;
import org.goldthread.model.Framework;
import org.goldthread.model.FrameworkKind;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.Modal;
import org.goldthread.model.Modality;
import org.goldthread.model.RequiredAssessment;
import org.goldthread.model.Resource;
import org.goldthread.model.Section;

/**
 * How strongly a framework element applies: what the framework says ({@code required "…"},
 * {@code advised}, {@code example}, {@code guidance}) or, when it says nothing, the default of the
 * element's kind, chosen to match how the seed frameworks use them:
 * <ul>
 * <li>sections (themes, recommendations, steps, areas), golden threads, key learning outcomes,
 * required assessments, their forms, teaching and study days, teaching formats and the oral and
 * written mix: <b>required</b>; a section inside an appendix takes the appendix's modality;</li>
 * <li>items and golden-thread expectations: their container's modality (an objective of a required
 * theme is required); key findings: <b>guidance</b>;</li>
 * <li>the listed elements of a required assessment ("a combination of the following"): <b>advised</b>;</li>
 * <li>an assessment that is {@code advisory}: <b>advised</b>;</li>
 * <li>content ideas ("ideas for content that courses might include"): <b>example</b>;
 * resources (policies, models, tools): <b>guidance</b>.</li>
 * </ul>
 */
public final class Modalities {

	private Modalities() {
	}

	/** The effective modality of a framework element (never {@link Modality#UNSTATED}). */
	public static Modality of(EObject element) {
		if (element instanceof RequiredAssessment assessment) {
			return assessment.getStatus() == AssessmentStatus.ADVISORY ? Modality.ADVISED : Modality.REQUIRED;
		}
		if (element instanceof Modal modal && modal.getModality() != Modality.UNSTATED) {
			return modal.getModality();
		}
		if (element instanceof ContentIdea) {
			return Modality.EXAMPLE;
		} else if (element instanceof Resource) {
			return Modality.GUIDANCE;
		} else if (element instanceof Item item) {
			if (item.getKind() == ItemKind.FINDING) {
				return Modality.GUIDANCE;
			}
			return item.eContainer() == null ? Modality.REQUIRED : of(item.eContainer());
		} else if (element instanceof Expectation) {
			return element.eContainer() == null ? Modality.REQUIRED : of(element.eContainer());
		} else if (element instanceof AssessmentElement) {
			return Modality.ADVISED;
		} else if (element instanceof Section section) {
			if (section.eContainer() instanceof Appendix appendix && appendix.getModality() != Modality.UNSTATED) {
				return appendix.getModality();
			}
			return Modality.REQUIRED;
		} else if (element instanceof Appendix) {
			return Modality.REQUIRED;
		}
		return Modality.REQUIRED;
	}

	/** Whether the element has its own {@code required|advised|example|guidance} clause. */
	public static boolean stated(EObject element) {
		return element instanceof Modal modal && modal.getModality() != Modality.UNSTATED;
	}

	/** The framework's words that say how strongly the element applies, or null. */
	public static String phrase(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Modal modal) {
				if (modal.getModalPhrase() != null && !modal.getModalPhrase().isBlank()) {
					return modal.getModalPhrase();
				}
				if (modal.getModality() != Modality.UNSTATED && !(e instanceof RequiredAssessment)) {
					return null; // stated here without a quote: a container's quote is not about this element
				}
			}
		}
		return null;
	}

	/** The effective modality of the framework's teaching days. */
	public static Modality teachingDays(DeliveryRequirement delivery) {
		return delivery.getTeachingDaysModality() == Modality.UNSTATED ? Modality.REQUIRED : delivery.getTeachingDaysModality();
	}

	/** The effective modality of the framework's study days. */
	public static Modality studyDays(DeliveryRequirement delivery) {
		return delivery.getStudyDaysModality() == Modality.UNSTATED ? Modality.REQUIRED : delivery.getStudyDaysModality();
	}

	/** Whether a check of the element can fail a course or plan at all (required or advised). */
	public static boolean checked(Modality modality) {
		return modality == Modality.REQUIRED || modality == Modality.ADVISED;
	}

	/**
	 * How a finding names the modality: "required by the curriculum", "advised by the framework",
	 * "listed as an example in the curriculum", "guidance in the toolkit".
	 */
	public static String describe(Modality modality, Framework framework) {
		String source = "the " + (framework == null ? "framework" : kindName(framework.getKind()));
		return switch (modality) {
			case REQUIRED, UNSTATED -> "required by " + source;
			case ADVISED -> "advised by " + source;
			case EXAMPLE -> "listed as an example in " + source;
			case GUIDANCE -> "guidance in " + source + ", not a requirement";
		};
	}

	private static String kindName(FrameworkKind kind) {
		return kind == null ? "framework" : kind.getLiteral();
	}

	/** The framework an element belongs to, or null. */
	public static Framework frameworkOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Framework framework) {
				return framework;
			}
		}
		return null;
	}
}
