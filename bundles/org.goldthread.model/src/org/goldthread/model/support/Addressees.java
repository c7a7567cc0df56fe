package org.goldthread.model.support;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.model.Addressee;
import org.goldthread.model.Item;
import org.goldthread.model.Section;

/**
 * Whom a framework addresses a section or item to ({@code to service-provider, commissioner}): the
 * element's own addressees or, when it names none, those of the item or section it belongs to.
 */
public final class Addressees {

	private Addressees() {
	}

	/** The effective addressees of a section or item; empty when neither it nor its containers say. */
	public static List<Addressee> of(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Item item && !item.getAddressees().isEmpty()) {
				return List.copyOf(item.getAddressees());
			}
			if (e instanceof Section section) {
				return List.copyOf(section.getAddressees());
			}
		}
		return List.of();
	}

	/** "service providers", "national bodies": how findings name a kind of organisation. */
	public static String plural(Addressee addressee) {
		return switch (addressee) {
			case NATIONAL_BODY -> "national bodies";
			case COMMISSIONER -> "commissioners";
			case SERVICE_PROVIDER -> "service providers";
			case EDUCATION_PROVIDER -> "education providers";
			case UNSTATED -> "no one in particular";
		};
	}
}
