package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.FrameworkFacts;
import org.goldthread.conformance.Profile;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;

/**
 * A framework's themes and objectives are gathered once for all the courses checked against it,
 * and gathered again when the framework changes (as it does in the editor), so that a course is
 * never checked against a stale framework.
 */
class FrameworkFactsTest {

	@Test
	void sharedByCoursesAndGatheredAgainAfterTheFrameworkChanges() throws Exception {
		XtextResourceSet set = Fixtures.injector().getInstance(XtextResourceSet.class);
		XtextResource framework = (XtextResource) load(set, "memory:/framework.curriculum", Fixtures.CURRICULUM);
		Course first = (Course) load(set, "memory:/first.course", Fixtures.COURSE).getContents().get(0);
		Course second = (Course) load(set, "memory:/second.course", Fixtures.change(Fixtures.COURSE, "course uni.course", "course uni.other")).getContents().get(0);
		EcoreUtil2.resolveAll(set);
		FrameworkFacts facts = FrameworkFacts.of(first.getFramework());
		assertSame(facts, FrameworkFacts.of(second.getFramework()));
		assertEquals(List.of(), uncovered(first));

		// as the editor does on a keystroke: a partial re-parse of the changed region
		String text = framework.getParseResult().getRootNode().getText();
		int at = text.indexOf("objective b1");
		framework.update(at, 0, "objective b0 \"a new beta objective\"\n\t");
		Framework changed = (Framework) framework.getContents().get(0);
		assertNotSame(facts, FrameworkFacts.of(changed));
		Course relinked = (Course) load(set, "memory:/relinked.course", Fixtures.COURSE).getContents().get(0);
		EcoreUtil2.resolveAll(relinked);
		assertEquals(List.of("beta.b0"), uncovered(relinked));
	}

	private static List<String> uncovered(Course course) {
		return new ConformanceEngine().check(course, Profile.DEFAULT).getFindings().stream()
				.filter(f -> "GT-COV-001".equals(f.getRuleId())).map(f -> f.getFrameworkElementId()).toList();
	}

	private static Resource load(XtextResourceSet set, String uri, String text) throws Exception {
		Resource r = set.createResource(URI.createURI(uri));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return r;
	}
}
