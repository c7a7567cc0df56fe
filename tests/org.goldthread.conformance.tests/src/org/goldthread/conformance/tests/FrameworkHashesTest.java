package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.FrameworkHashes;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;

/**
 * The framework hash that ties a report to the framework text: kept in the resource's cache, it is
 * still the hash of the text the framework was parsed from after the text changes (an editor's
 * reparse), never a stale one.
 */
class FrameworkHashesTest {

	@Test
	void theHashFollowsTheTextThroughAReparse() throws IOException {
		XtextResourceSet set = Fixtures.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/test.curriculum"));
		resource.load(new ByteArrayInputStream(Fixtures.CURRICULUM.getBytes(StandardCharsets.UTF_8)), null);
		Framework framework = (Framework) resource.getContents().get(0);
		String hash = FrameworkHashes.of(framework);
		assertEquals(FrameworkHashes.sha256(Fixtures.CURRICULUM), hash);
		assertEquals(hash, FrameworkHashes.of(framework), "asked again");

		String changed = Fixtures.CURRICULUM.replace("first beta objective", "first beta objective, revised");
		assertNotEquals(Fixtures.CURRICULUM, changed, "the fixture has the text this test changes");
		resource.reparse(changed);
		Framework reparsed = (Framework) resource.getContents().get(0);
		assertEquals(FrameworkHashes.sha256(changed), FrameworkHashes.of(reparsed));
		assertNotEquals(hash, FrameworkHashes.of(reparsed));
	}
}
