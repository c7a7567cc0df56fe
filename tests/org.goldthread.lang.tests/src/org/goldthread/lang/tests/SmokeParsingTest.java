package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class SmokeParsingTest {

	@Inject
	private ParseHelper<Framework> parser;

	@Test
	void parsesATheme() throws Exception {
		Framework f = parser.parse("""
				curriculum demo.leadership "Demo" version "1"
				theme landscape "Landscape" {
					aim "Be aware."
					objective ukPolicy "be aware of the policy landscape"
				}
				""");
		assertTrue(f.eResource().getErrors().isEmpty(), () -> f.eResource().getErrors().toString());
		assertEquals("ukPolicy", f.getSections().get(0).getItems().get(0).getName());
	}
}
