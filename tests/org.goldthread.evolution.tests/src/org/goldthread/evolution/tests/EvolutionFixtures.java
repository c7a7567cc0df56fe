package org.goldthread.evolution.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Framework;
import org.goldthread.testing.Repository;

import com.google.inject.Injector;

/**
 * Two versions of a small curriculum in which every kind of change happens once, with change
 * records ({@link #V2}), and the same new version without them ({@link #V2_UNRECORDED}); a course
 * on version 1 that refers to every changed element.
 */
final class EvolutionFixtures {

	static final String V1 = """
			curriculum t.fw "Test curriculum" version "1"
			theme a "Theme A" {
				objective keep "keep this text"
				objective oldName "rename me"
				objective mover "move me"
				objective whole "split me into two"
				objective m1 "first to merge"
				objective m2 "second to merge"
				objective gone "retire me"
				objective gapped "retire me as well"
				objective words "the quick brown fox jumps"
				objective soft "becomes advised"
			}
			theme b "Theme B" {
				objective stay "stays"
			}
			thread t1 "Thread one" {
				expect "weave it"
			}
			""";

	static final String V2 = """
			curriculum t.fw "Test curriculum" version "2" replaces t.fw version "1"
			theme a "Theme A" {
				objective keep "keep this text"
				objective newName "rename me" was renamed from a.oldName
				objective part1 "split me" was split from a.whole
				objective part2 "into two" was split from a.whole
				objective merged "first and second merged" was merged from a.m1, a.m2
				objective words "the quick red fox jumps high" was reworded
				objective soft "becomes advised" advised
				objective fresh "brand new" was added
			}
			theme b "Theme B" {
				objective stay "stays"
				objective mover "move me" was moved from a.mover
			}
			thread t1 "Thread one" {
				expect "weave it"
			}
			retired a.gone because "no longer needed"
			retired a.gapped
			""";

	/** Version 2 as a framework owner who keeps no change records would publish it. */
	static final String V2_UNRECORDED = V2.replace(" replaces t.fw version \"1\"", "").replaceAll(" was [^\\n]*", "")
			.replaceAll("retired [^\\n]*\\n", "");

	static final String COURSE = """
			course c.one "A course on version 1"
				implements t.fw version "1"
			module m "Module" {
				day 1 "Day one" on "2025-10-02" {
					session "First" lecture 1h
						covers a.keep, a.oldName, a.mover, a.whole, a.m1, a.gone, a.words
						weaves t1
					session "Second" seminar 1h
						covers a.m2, a.soft, b.stay
				}
			}
			gap a.gapped because "taught elsewhere"
			""";

	private static Injector injector;

	private EvolutionFixtures() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = GoldthreadStandaloneSetup.doSetup();
		}
		return injector;
	}

	static Resource load(XtextResourceSet set, String uri, String text) {
		Resource r = set.createResource(URI.createURI(uri));
		try {
			r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!r.getErrors().isEmpty()) {
			throw new AssertionError(uri + " does not parse: " + r.getErrors());
		}
		return r;
	}

	/** Parses two framework versions into one resource set. */
	static Framework[] pair(String oldText, String newText) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		Framework a = (Framework) load(set, "memory:/v1.curriculum", oldText).getContents().get(0);
		Framework b = (Framework) load(set, "memory:/v2.curriculum", newText).getContents().get(0);
		return new Framework[] { a, b };
	}

	static Path repositoryRoot() {
		return Repository.root();
	}

	/** The fictional revision of the CYP MH Leadership curriculum. */
	static Path revision() {
		return repositoryRoot().resolve("examples/evolution/cypmh-leadership-2026-fictional.curriculum");
	}

	/** Writes {@code text} to {@code dir/name} and returns the path. */
	static Path write(Path dir, String name, String text) {
		try {
			return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
