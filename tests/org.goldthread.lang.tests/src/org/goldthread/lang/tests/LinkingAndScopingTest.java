package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.goldthread.model.Course;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** A course links to its framework's elements across files, by framework id and version, and sees only what makes sense. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class LinkingAndScopingTest {

	@Inject
	private Provider<XtextResourceSet> sets;

	@Inject
	private IScopeProvider scopes;

	private static final String FRAMEWORK = """
			curriculum demo.leadership "Demo" version "%s"

			theme landscape "Landscape" {
				objective ukPolicy "be aware of the policy landscape"
				consideration note "not an objective"
			}

			thread edi "EDI" {
				expect delivery "in how the programme is delivered"
			}
			""";

	private static final String COURSE = """
			course uni.pg "PG"
				implements demo.leadership version "%s"

			module m1 "M1" {
				day 1 "D1" {
					session s1 "Policy" lecture 2h
						covers landscape.ukPolicy
						weaves edi
				}
			}
			""";

	private Resource load(XtextResourceSet set, String uri, String text) throws Exception {
		Resource r = set.createResource(URI.createURI(uri));
		r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return r;
	}

	private Course course(XtextResourceSet set, String version) throws Exception {
		Course course = (Course) load(set, "memory:/pg.course", COURSE.formatted(version)).getContents().get(0);
		EcoreUtil2.resolveAll(course);
		return course;
	}

	@Test
	void linksAcrossFiles() throws Exception {
		XtextResourceSet set = sets.get();
		Framework framework = (Framework) load(set, "memory:/demo.curriculum", FRAMEWORK.formatted("2024")).getContents().get(0);
		Course course = course(set, "2024");
		assertSame(framework, course.getFramework());
		Session s1 = course.getModules().get(0).getDays().get(0).getSessions().get(0);
		assertSame(framework.getSections().get(0).getItems().get(0), s1.getCoverage().get(0).getObjective());
		assertSame(framework.getThreads().get(0), s1.getThreads().get(0));
		assertTrue(course.eResource().getErrors().isEmpty(), () -> course.eResource().getErrors().toString());
	}

	@Test
	void linksReferencesWrittenWithSpacesOrCommentsInside() throws Exception {
		XtextResourceSet set = sets.get();
		Framework framework = (Framework) load(set, "memory:/demo.curriculum", FRAMEWORK.formatted("2024")).getContents().get(0);
		for (String written : List.of("landscape . ukPolicy", "landscape./* the policy one */ukPolicy", "landscape\n\t\t.ukPolicy ")) {
			Course course = (Course) load(set, "memory:/spaced" + set.getResources().size() + ".course",
					COURSE.formatted("2024").replace("covers landscape.ukPolicy", "covers " + written)).getContents().get(0);
			EcoreUtil2.resolveAll(course);
			Session s1 = course.getModules().get(0).getDays().get(0).getSessions().get(0);
			assertSame(framework.getSections().get(0).getItems().get(0), s1.getCoverage().get(0).getObjective(), written);
			assertTrue(course.eResource().getErrors().isEmpty(), () -> written + ": " + course.eResource().getErrors());
		}
	}

	@Test
	void resolvesAgainAfterAPartialReparse() throws Exception {
		XtextResourceSet set = sets.get();
		Framework framework = (Framework) load(set, "memory:/demo.curriculum", FRAMEWORK.formatted("2024")).getContents().get(0);
		XtextResource resource = (XtextResource) load(set, "memory:/pg.course", COURSE.formatted("2024"));
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		String text = resource.getParseResult().getRootNode().getText();
		int at = text.indexOf("ukPolicy");

		resource.update(at, "ukPolicy".length(), "unknownPolicy"); // as the editor does on typing
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		Session s1 = ((Course) resource.getContents().get(0)).getModules().get(0).getDays().get(0).getSessions().get(0);
		assertTrue(s1.getCoverage().get(0).getObjective().eIsProxy());
		assertEquals(1, resource.getErrors().size(), () -> resource.getErrors().toString());
		assertSame(framework.getThreads().get(0), s1.getThreads().get(0), "the other links of the session resolve again");

		resource.update(at, "unknownPolicy".length(), "ukPolicy");
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		Session again = ((Course) resource.getContents().get(0)).getModules().get(0).getDays().get(0).getSessions().get(0);
		assertSame(framework.getSections().get(0).getItems().get(0), again.getCoverage().get(0).getObjective());
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
	}

	@Test
	void picksTheVersionTheCourseImplements() throws Exception {
		XtextResourceSet set = sets.get();
		load(set, "memory:/old.curriculum", FRAMEWORK.formatted("2023"));
		Framework current = (Framework) load(set, "memory:/new.curriculum", FRAMEWORK.formatted("2024")).getContents().get(0);
		assertSame(current, course(set, "2024").getFramework());
	}

	@Test
	void linksToTheAvailableVersionWhenTheRequestedOneIsMissing() throws Exception {
		XtextResourceSet set = sets.get();
		Framework only = (Framework) load(set, "memory:/demo.curriculum", FRAMEWORK.formatted("2024")).getContents().get(0);
		assertSame(only, course(set, "2023").getFramework(), "linked, so that the validator can name both versions");
	}

	@Test
	void coversOffersOnlyLearningObjectivesAndWeavesOnlyThreads() throws Exception {
		XtextResourceSet set = sets.get();
		load(set, "memory:/demo.curriculum", FRAMEWORK.formatted("2024"));
		Course course = course(set, "2024");
		Session s1 = course.getModules().get(0).getDays().get(0).getSessions().get(0);
		assertEquals(List.of("landscape.ukPolicy"), names(scopes.getScope(s1.getCoverage().get(0), GoldthreadPackage.Literals.COVERAGE__OBJECTIVE)
				.getAllElements()));
		assertEquals(List.of("edi"), names(scopes.getScope(s1, GoldthreadPackage.Literals.SESSION__THREADS).getAllElements()));
		List<String> gapTargets = names(scopes.getScope(course, GoldthreadPackage.Literals.JUSTIFIED_GAP__ELEMENT).getAllElements());
		assertTrue(gapTargets.containsAll(List.of("landscape", "landscape.ukPolicy", "landscape.note", "edi")), gapTargets.toString());
	}

	@Test
	void aCourseWithoutAFrameworkSeesNothing() throws Exception {
		XtextResourceSet set = sets.get();
		Course course = course(set, "2024");
		assertFalse(course.eResource().getErrors().isEmpty(), "the unknown framework is reported");
		Session s1 = course.getModules().get(0).getDays().get(0).getSessions().get(0);
		assertEquals(List.of(), names(scopes.getScope(s1, GoldthreadPackage.Literals.SESSION__THREADS).getAllElements()));
	}

	private static List<String> names(Iterable<IEObjectDescription> descriptions) {
		return StreamSupport.stream(descriptions.spliterator(), false).map(d -> d.getName().toString()).sorted().toList();
	}
}
