package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.goldthread.lang.validation.DocumentDiagnostician;
import org.goldthread.lang.validation.GoldthreadValidator;
import org.goldthread.model.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentDiagnostician} calls the validators for documents only: every {@code @Check}
 * method must therefore take a document. A check on an inner element (a session, an objective)
 * would silently never run; walk the document from a document check instead.
 */
class ValidatorShapeTest {

	@Test
	void everyCheckTakesADocument() {
		List<Method> checks = new ArrayList<>();
		for (Class<?> validator : List.of(GoldthreadValidator.class)) {
			for (Method method : validator.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Check.class)) {
					checks.add(method);
				}
			}
		}
		assertFalse(checks.isEmpty());
		for (Method check : checks) {
			assertTrue(check.getParameterCount() == 1 && Document.class.isAssignableFrom(check.getParameterTypes()[0]),
					check + " must take a Document (see DocumentDiagnostician)");
		}
	}
}
