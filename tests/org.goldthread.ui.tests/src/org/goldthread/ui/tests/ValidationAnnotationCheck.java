package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.text.source.ISourceViewer;

final class ValidationAnnotationCheck {
	private ValidationAnnotationCheck() {
	}

	static void assertMessage(ISourceViewer viewer, String ruleId, String fragment) {
		assertTrue(UiTestSupport.liveAnnotations(viewer).stream()
				.anyMatch(a -> ruleId.equals(a.getRuleId()) && a.getText() != null && a.getText().contains(fragment)),
				() -> UiTestSupport.describeLive(viewer));
	}
}
