package org.goldthread.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.curricula.ShippedFrameworks;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Every shipped framework parses and validates cleanly, round-trips through the serializer and is canonically formatted. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GoldthreadInjectorProvider.class)
class ShippedFrameworksTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private ISerializer serializer;

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	ValidationTestHelper validation;

	static Stream<String> shipped() {
		return ShippedFrameworks.names().stream();
	}

	@org.junit.jupiter.api.Test
	void theIndexListsEveryShippedFile() throws Exception {
		java.nio.file.Path folder = null;
		for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath(); dir != null && folder == null; dir = dir.getParent()) {
			java.nio.file.Path candidate = dir.resolve("bundles/org.goldthread.curricula/frameworks");
			if (java.nio.file.Files.isDirectory(candidate)) {
				folder = candidate;
			}
		}
		org.junit.jupiter.api.Assertions.assertNotNull(folder, "the repository's frameworks folder");
		try (var files = java.nio.file.Files.list(folder)) {
			List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.txt")).sorted().toList();
			assertEquals(onDisk, ShippedFrameworks.names().stream().sorted().toList(), "frameworks/index.txt lists every shipped file");
		}
	}

	/** The checker finds a shipped framework by the id and version in the index, without parsing it: they must be the file's. */
	@org.junit.jupiter.api.Test
	void theIndexGivesEachFilesIdAndVersion() throws Exception {
		Map<String, Resource> all = Shipped.load(resourceSets.get());
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			org.goldthread.model.Framework framework = (org.goldthread.model.Framework) all.get(entry.name()).getContents().get(0);
			assertEquals(framework.getName(), entry.id(), "the id of " + entry.name() + " in frameworks/index.txt");
			assertEquals(framework.getVersion(), entry.version(), "the version of " + entry.name() + " in frameworks/index.txt");
		}
	}

	@ParameterizedTest
	@MethodSource("shipped")
	void parsesWithZeroErrorsAndZeroWarnings(String name) throws Exception {
		XtextResourceSet set = resourceSets.get();
		Map<String, Resource> all = Shipped.load(set);
		Resource resource = all.get(name);
		EcoreUtil2.resolveAll(set);
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(List.of(), issues.stream().map(Issue::toString).toList());
	}

	@ParameterizedTest
	@MethodSource("shipped")
	void serializerRoundTrips(String name) throws Exception {
		XtextResourceSet set = resourceSets.get();
		Resource original = Shipped.load(set).get(name);
		EObject model = original.getContents().get(0);
		String serialized = serializer.serialize(model);
		Resource reparsed = set.createResource(URI.createURI("memory:/reparsed-" + name));
		reparsed.load(new ByteArrayInputStream(serialized.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		assertTrue(reparsed.getErrors().isEmpty(), () -> reparsed.getErrors().toString());
		assertTrue(EcoreUtil.equals(model, reparsed.getContents().get(0)), "serialize + parse gives an equal model");
	}

	@ParameterizedTest
	@MethodSource("shipped")
	void isInCanonicalLayout(String name) throws Exception {
		XtextResourceSet set = resourceSets.get();
		XtextResource resource = (XtextResource) Shipped.load(set).get(name);
		String text = Shipped.text(name);
		String formatted = Formatting.format(resource, formatters.get(), requests.get(), regionAccess.get());
		assertEquals(text, formatted, name + " is not in the canonical layout (format it with the formatter)");
	}
}
