package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.goldthread.curricula.ShippedFrameworks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resolving all of a document's links at once (as validation does, GoldthreadResource) links
 * every reference to the same element, and reports the same unresolved ones, as resolving them one
 * by one through EMF and Xtext's linker — also when some links fail part-way through.
 */
class LinkResolutionTest {

	@ParameterizedTest
	@ValueSource(strings = { "examples/eastfield/eastfield-pgcert.course", "examples/northtown/northtown-pgcert.course",
			"examples/westbridge-cpd/westbridge-cpd.course", "examples/plans/northtown-inpatient-workforce.plan" })
	void resolvingAllAtOnceLinksAsResolvingOneByOne(String example) throws Exception {
		String text = Files.readString(CatalogueAgreementTest.repositoryRoot().resolve(example), StandardCharsets.UTF_8);
		assertSameLinks(example, text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "covers ", "weaves " })
	void resolvingAllAtOnceReportsTheSameUnknownIds(String clause) throws Exception {
		String text = Files.readString(CatalogueAgreementTest.repositoryRoot().resolve("examples/eastfield/eastfield-pgcert.course"),
				StandardCharsets.UTF_8);
		int second = text.indexOf(clause, text.indexOf(clause) + 1) + clause.length();
		String broken = text.substring(0, second) + "noSuchId" + text.substring(second).replaceFirst("^[\\w.]+", "");
		List<String> errors = assertSameLinks("broken.course", broken);
		assertFalse(errors.isEmpty(), "the unknown id is reported");
	}

	/** Returns the resource's errors, after asserting that both ways give the same links and errors. */
	private static List<String> assertSameLinks(String name, String text) throws Exception {
		Resource oneByOne = load(name, text);
		EcoreUtil2.resolveAll(oneByOne);
		Resource allAtOnce = load(name, text);
		EcoreUtil2.resolveLazyCrossReferences(allAtOnce, CancelIndicator.NullImpl);
		assertEquals(links(oneByOne), links(allAtOnce));
		List<String> errors = allAtOnce.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList();
		assertEquals(oneByOne.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList(), errors);
		return errors;
	}

	private static Resource load(String name, String text) throws Exception {
		XtextResourceSet set = Fixtures.injector().getInstance(XtextResourceSet.class);
		for (String shipped : ShippedFrameworks.names()) {
			Resource framework = set.createResource(URI.createURI("goldthread:/shipped/" + shipped));
			try (InputStream in = ShippedFrameworks.open(shipped)) {
				framework.load(in, set.getLoadOptions());
			}
		}
		Resource resource = set.createResource(URI.createURI("memory:/" + Path.of(name).getFileName()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		return resource;
	}

	/** Every reference of the document: where it is, and what it links to (a target's URI, or "unresolved"). */
	private static List<String> links(Resource resource) {
		List<String> links = new ArrayList<>();
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject source = it.next();
			for (EReference reference : source.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
					continue;
				}
				List<?> values = reference.isMany() ? (List<?>) source.eGet(reference, false) : List.of(source.eGet(reference, false) == null ? "" : source.eGet(reference, false));
				for (Object value : values) {
					String target = value instanceof EObject e ? (e.eIsProxy() ? "unresolved" : EcoreUtil.getURI(e).toString()) : "none";
					links.add(EcoreUtil.getURI(source).fragment() + "." + reference.getName() + " -> " + target);
				}
			}
		}
		return links;
	}
}
