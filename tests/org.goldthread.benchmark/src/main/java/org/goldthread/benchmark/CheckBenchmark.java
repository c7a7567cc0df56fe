package org.goldthread.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.model.AssessmentElement;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.ItemKind;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.support.Ids;

import com.google.inject.Injector;

/**
 * Checks N synthetic ~300-line courses (default 1,000) and compares with parsing the same files
 * without linking, validation or conformance, in one JVM after a warm-up, in five rounds that
 * alternate the two. Prints each round and a Markdown table for docs/performance.md.
 */
public final class CheckBenchmark {

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path dir = Path.of(args.length > 1 ? args[1] : "target/benchmark");
		GoldthreadChecker checker = new GoldthreadChecker();
		List<Path> files = generate(checker.injector(), dir, count);
		long lines = 0;
		for (Path f : files) {
			lines += Files.readAllLines(f).size();
		}
		// warm-up: JIT, Guice, EMF registries
		for (int i = 0; i < 3; i++) {
			parse(checker.injector(), files.subList(0, Math.min(200, count)));
			checker.check(files.subList(0, Math.min(200, count)), List.of(), null);
		}
		// Rounds alternate the two measures, so that a change in the machine's load hits both alike.
		int rounds = 5;
		long[] parse = new long[rounds];
		long[] full = new long[rounds];
		long[] parseGc = new long[rounds];
		long[] fullGc = new long[rounds];
		int findings = 0;
		for (int run = 0; run < rounds; run++) {
			System.gc();
			long g0 = gcMillis();
			long t0 = System.nanoTime();
			parse(checker.injector(), files);
			parse[run] = System.nanoTime() - t0;
			parseGc[run] = gcMillis() - g0;
			System.gc();
			long g1 = gcMillis();
			long t1 = System.nanoTime();
			List<CheckedFile> checked = checker.check(files, List.of(), null);
			full[run] = System.nanoTime() - t1;
			fullGc[run] = gcMillis() - g1;
			findings = checked.stream().mapToInt(c -> c.report().getFindings().size()).sum();
			int errors = checked.stream().mapToInt(c -> c.report().count(Severity.ERROR)).sum();
			if (errors > 0) {
				System.out.println("note: the synthetic courses produced " + errors + " errors");
			}
			System.out.printf("round %d: bare parse %.2f s (GC %.2f s), full check %.2f s (GC %.2f s), ratio %.2f%n", run + 1, parse[run] / 1e9,
					parseGc[run] / 1e3, full[run] / 1e9, fullGc[run] / 1e3, (double) full[run] / parse[run]);
		}
		double[] ratios = new double[rounds];
		double[] cpuRatios = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			ratios[i] = (double) full[i] / parse[i];
			cpuRatios[i] = (full[i] - fullGc[i] * 1e6) / (parse[i] - parseGc[i] * 1e6);
		}
		long bestParse = java.util.Arrays.stream(parse).min().orElseThrow();
		long bestFull = java.util.Arrays.stream(full).min().orElseThrow();
		System.out.println();
		System.out.println("| measure | value |");
		System.out.println("|---|---|");
		System.out.printf("| courses | %d (%.0f lines each on average) |%n", count, (double) lines / count);
		System.out.printf("| bare parse (no linking, validation or conformance), best of %d | %.2f s |%n", rounds, bestParse / 1e9);
		System.out.printf("| full check (parse, link, validate, conformance), best of %d | %.2f s |%n", rounds, bestFull / 1e9);
		System.out.printf("| per course, full check | %.1f ms |%n", bestFull / 1e6 / count);
		System.out.printf("| ratio full check / bare parse, best times | %.2f |%n", (double) bestFull / bestParse);
		System.out.printf("| ratio full check / bare parse, median of the %d rounds (lowest, highest) | %.2f (%.2f, %.2f) |%n", rounds, median(ratios),
				java.util.Arrays.stream(ratios).min().orElseThrow(), java.util.Arrays.stream(ratios).max().orElseThrow());
		System.out.printf("| the same ratio without garbage-collection time, median | %.2f |%n", median(cpuRatios));
		System.out.printf("| findings reported | %d |%n", findings);
		System.out.printf("| JVM | %s, %d processors, max heap %d MiB, %s |%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				String.join(" + ", java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList()));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	static long gcMillis() {
		return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
	}

	/** Loads (parses) the files into a fresh resource set without resolving anything. */
	static void parse(Injector injector, List<Path> files) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		for (Path f : files) {
			Resource r = set.createResource(URI.createFileURI(f.toAbsolutePath().toString()));
			r.load(new java.io.ByteArrayInputStream(Files.readAllBytes(f)), set.getLoadOptions());
		}
	}

	static List<Path> generate(Injector injector, Path dir, int count) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource r = set.createResource(URI.createURI("goldthread:/shipped/cypmh-leadership.curriculum"));
		try (InputStream in = ShippedFrameworks.open("cypmh-leadership.curriculum")) {
			r.load(in, set.getLoadOptions());
		}
		Framework curriculum = (Framework) r.getContents().get(0);
		List<String> objectives = new ArrayList<>();
		List<String> elements = new ArrayList<>();
		for (Iterator<EObject> it = curriculum.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Item item && item.getKind() == ItemKind.OBJECTIVE
					&& item.getChildren().stream().noneMatch(c -> c.getKind() == ItemKind.OBJECTIVE)) {
				objectives.add(Ids.relativeId(item));
			} else if (e instanceof AssessmentElement element) {
				elements.add(Ids.relativeId(element));
			}
		}
		List<String> threads = curriculum.getThreads().stream().map(GoldenThread::getName).toList();
		SyntheticCourses generator = new SyntheticCourses(objectives, threads, elements);
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Path f = dir.resolve("course" + i + ".course");
			Files.writeString(f, generator.course(i), StandardCharsets.UTF_8);
			files.add(f);
		}
		return files;
	}
}
