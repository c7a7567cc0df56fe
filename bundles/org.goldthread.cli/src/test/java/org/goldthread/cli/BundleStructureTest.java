package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The structure the architecture (docs/architecture.md) promises, checked on the sources: manifests
 * state what each bundle uses (no re-exports), every feature brings the Goldthread bundles its
 * bundles require, and no bundle's packages import each other in a cycle.
 */
class BundleStructureTest {

	private static final Path ROOT = Repository.root();

	private static List<Path> manifests() throws IOException {
		List<Path> found = new ArrayList<>();
		for (String folder : List.of("bundles", "tests")) {
			try (Stream<Path> dirs = Files.list(ROOT.resolve(folder))) {
				for (Path dir : dirs.sorted().toList()) {
					Path manifest = dir.resolve("META-INF/MANIFEST.MF");
					if (Files.exists(manifest)) {
						found.add(manifest);
					}
				}
			}
		}
		return found;
	}

	private static List<String> requiredBundles(Path manifest) throws IOException {
		String value;
		try (var in = Files.newInputStream(manifest)) {
			value = new Manifest(in).getMainAttributes().getValue("Require-Bundle");
		}
		List<String> names = new ArrayList<>();
		if (value != null) {
			// split on commas outside quoted version ranges
			for (String clause : value.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				names.add(clause.trim().split(";")[0].trim());
			}
		}
		return names;
	}

	@Test
	void noManifestReExportsWhatItRequires() throws IOException {
		List<String> reexports = new ArrayList<>();
		for (Path manifest : manifests()) {
			if (Files.readString(manifest).contains("reexport")) {
				reexports.add(ROOT.relativize(manifest).toString());
			}
		}
		assertEquals(List.of(), reexports, "each bundle requires what it uses itself");
	}

	@Test
	void featuresContainTheGoldthreadBundlesTheirBundlesRequire() throws IOException {
		Map<String, String> features = new TreeMap<>();
		try (Stream<Path> dirs = Files.list(ROOT.resolve("features"))) {
			for (Path dir : dirs.toList()) {
				Path xml = dir.resolve("feature.xml");
				if (Files.exists(xml)) {
					features.put(dir.getFileName().toString(), Files.readString(xml));
				}
			}
		}
		Map<String, Path> bundleManifests = new HashMap<>();
		for (Path manifest : manifests()) {
			bundleManifests.put(manifest.getParent().getParent().getFileName().toString(), manifest);
		}
		List<String> missing = new ArrayList<>();
		for (String feature : features.keySet()) {
			Set<String> plugins = plugins(feature, features, new LinkedHashSet<>());
			for (String plugin : plugins) {
				Path manifest = bundleManifests.get(plugin);
				assertTrue(manifest != null, feature + " names " + plugin + ", which is not a bundle of this repository");
				for (String required : requiredBundles(manifest)) {
					if (required.startsWith("org.goldthread.") && !plugins.contains(required)) {
						missing.add(feature + ": " + plugin + " requires " + required);
					}
				}
			}
		}
		assertEquals(List.of(), missing, "features that would install a bundle without what it requires");
	}

	private static final Pattern PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"");
	private static final Pattern INCLUDES = Pattern.compile("<includes\\s+id=\"([^\"]+)\"");

	/** The plug-ins of a feature and of the features it includes. */
	private static Set<String> plugins(String feature, Map<String, String> features, Set<String> into) {
		String xml = features.get(feature);
		assertTrue(xml != null, "no feature " + feature);
		for (Matcher m = PLUGIN.matcher(xml); m.find();) {
			into.add(m.group(1));
		}
		for (Matcher m = INCLUDES.matcher(xml); m.find();) {
			plugins(m.group(1), features, into);
		}
		return into;
	}

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]", Pattern.MULTILINE);
	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([a-z0-9_.]+);", Pattern.MULTILINE);

	@Test
	void noBundleHasAnImportCycleBetweenItsPackages() throws IOException {
		List<String> cycles = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(ROOT.resolve("bundles"))) {
			for (Path bundle : dirs.sorted().toList()) {
				Map<String, Set<String>> graph = new TreeMap<>();
				for (String sources : List.of("src", "src/main/java")) {
					Path dir = bundle.resolve(sources);
					if (!Files.isDirectory(dir)) {
						continue;
					}
					try (Stream<Path> files = Files.walk(dir)) {
						for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
							String text = Files.readString(file);
							Matcher p = PACKAGE.matcher(text);
							if (!p.find()) {
								continue;
							}
							Set<String> edges = graph.computeIfAbsent(p.group(1), k -> new TreeSet<>());
							for (Matcher m = IMPORT.matcher(text); m.find();) {
								edges.add(m.group(1));
							}
						}
					}
				}
				graph.values().forEach(edges -> edges.retainAll(graph.keySet()));
				graph.forEach((pkg, edges) -> edges.remove(pkg));
				for (Set<String> component : stronglyConnected(graph)) {
					if (component.size() > 1) {
						cycles.add(bundle.getFileName() + ": " + component);
					}
				}
			}
		}
		// Known and open (issue #20): the engine in the same package as the facts its rules read.
		assertEquals(List.of(), cycles, "packages of one bundle that import each other in a cycle");
	}

	/** Tarjan's strongly connected components. */
	private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new java.util.HashSet<>();
		List<Set<String>> result = new ArrayList<>();
		int[] counter = { 0 };
		for (String node : graph.keySet()) {
			if (!index.containsKey(node)) {
				connect(node, graph, index, low, stack, onStack, result, counter);
			}
		}
		return result;
	}

	private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
			Deque<String> stack, Set<String> onStack, List<Set<String>> result, int[] counter) {
		index.put(node, counter[0]);
		low.put(node, counter[0]);
		counter[0]++;
		stack.push(node);
		onStack.add(node);
		for (String next : graph.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				connect(next, graph, index, low, stack, onStack, result, counter);
				low.put(node, Math.min(low.get(node), low.get(next)));
			} else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			Set<String> component = new TreeSet<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				component.add(member);
			} while (!member.equals(node));
			result.add(component);
		}
	}
}
