package org.goldthread.conformance.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.ConformanceEngine;
import org.goldthread.conformance.Profile;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Document;
import org.goldthread.model.findings.ConformanceReport;

import com.google.inject.Injector;

/**
 * A small curriculum that has one of everything the rules read (delivery, themes with a nested
 * objective, a delivery thread, a cross-theme thread, outcomes, required assessments with forms and
 * elements, an advisory pathway), and a course that conforms to it exactly. Rule tests mutate the
 * course (or the plan) and look for the rule's finding.
 */
final class Fixtures {

	static final String CURRICULUM = fixture("test-core.curriculum");

	static final String COURSE = fixture("test-course.course");

	static final String WORKFORCE = fixture("test-workforce.framework");

	static final String PLAN = fixture("test-plan.plan");

	private static Injector injector;

	/**
	 * A fixture file of {@code tests/org.goldthread.conformance.tests/fixtures/}; the command line's
	 * tests read the same files.
	 */
	static String fixture(String name) {
		try {
			return Files.readString(CatalogueAgreementTest.repositoryRoot().resolve("tests/org.goldthread.conformance.tests/fixtures").resolve(name),
					StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the fixture " + name, e);
		}
	}

	private Fixtures() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = GoldthreadStandaloneSetup.doSetup();
		}
		return injector;
	}

	/** Parses the framework and the document into one resource set and runs the engine. */
	static ConformanceReport check(String framework, String document, Profile profile) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		load(set, "memory:/framework.curriculum", framework);
		Resource resource = load(set, document.trim().startsWith("plan") ? "memory:/doc.plan" : "memory:/doc.course", document);
		EcoreUtil2.resolveAll(resource);
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError("Fixture does not parse: " + resource.getErrors());
		}
		return new ConformanceEngine().check((Document) resource.getContents().get(0), profile);
	}

	static ConformanceReport course(String course) {
		return check(CURRICULUM, course, Profile.DEFAULT);
	}

	static ConformanceReport plan(String plan) {
		return check(WORKFORCE, plan, Profile.DEFAULT);
	}

	private static Resource load(XtextResourceSet set, String uri, String text) {
		Resource resource = set.createResource(URI.createURI(uri));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
		return resource;
	}

	/** Replaces {@code from} (which must occur) by {@code to}. */
	static String change(String text, String from, String to) {
		if (!text.contains(from)) {
			throw new AssertionError("The fixture does not contain: " + from);
		}
		return text.replace(from, to);
	}
}
