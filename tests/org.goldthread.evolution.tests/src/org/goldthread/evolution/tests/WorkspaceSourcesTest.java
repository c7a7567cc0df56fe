package org.goldthread.evolution.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.evolution.Evolution;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.evolution.Impact;
import org.goldthread.model.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Framework versions given as resources (a Maven dependency's {@code frameworks/} jar entries) beside
 * files and the shipped ones: the first source of an id and version wins, and what is left out says why.
 */
class WorkspaceSourcesTest {

	@TempDir
	Path dir;

	@Test
	void aVersionFromAJarEntryIsAvailableAndAnalysed() throws Exception {
		URL v2 = jarEntry("v2.jar", "v2.curriculum", EvolutionFixtures.V2);
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(EvolutionFixtures.write(dir, "v1.curriculum", EvolutionFixtures.V1)),
				List.of(v2), false);
		Framework target = ws.resolve("t.fw@2");
		assertEquals(v2.toString(), ws.source(target));
		Impact.CourseImpact impact = new Evolution(ws).impact(target, List.of(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE))).get(0);
		assertNull(impact.problem());
		assertTrue(impact.summary().contains("by goldthread migrate"), impact.summary());
	}

	/** What the IDE's impact command picks its frameworks and courses by: the parser's reading of a file's head, whatever its layout. */
	@Test
	void aHeadingIsReadByTheParserWhateverTheLayout() throws Exception {
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(), false);
		assertEquals(new EvolutionWorkspace.Heading("t.fw", "1", null, null, true), ws.heading(EvolutionFixtures.write(dir, "v1.curriculum", EvolutionFixtures.V1)));
		assertEquals(new EvolutionWorkspace.Heading("c.one", null, "t.fw", "1", false), ws.heading(EvolutionFixtures.write(dir, "c.course", EvolutionFixtures.COURSE)));
		// one line, a comment in between: a pattern over lines would miss it, the language does not
		String oneLine = EvolutionFixtures.COURSE.replace("\"A course on version 1\"\n\timplements", "\"A course on version 1\" /* v1 */ implements");
		assertTrue(oneLine.contains("/* v1 */ implements t.fw"), oneLine);
		assertEquals(new EvolutionWorkspace.Heading("c.one", null, "t.fw", "1", false), ws.heading(EvolutionFixtures.write(dir, "one-line.course", oneLine)));
		// a course that names no version, and files that are none of the language's documents or cannot be read
		String noVersion = EvolutionFixtures.COURSE.replace(" version \"1\"", "");
		assertEquals(new EvolutionWorkspace.Heading("c.one", null, "t.fw", null, false), ws.heading(EvolutionFixtures.write(dir, "no-version.course", noVersion)));
		assertNull(ws.heading(EvolutionFixtures.write(dir, "empty.course", "")));
		assertNull(ws.heading(dir.resolve("missing.course")));
		// reading a curriculum's heading does not make it one of the workspace's frameworks
		assertEquals(List.of(), ws.loaded(), "no framework loaded");
	}

	@Test
	void aFileWinsOverAResourceOfTheSameVersionAndBadResourcesAreLeftOutWithTheirReason() throws Exception {
		Path file = EvolutionFixtures.write(dir, "v2.curriculum", EvolutionFixtures.V2);
		URL same = jarEntry("same.jar", "v2.curriculum", EvolutionFixtures.V2);
		URL broken = jarEntry("broken.jar", "broken.curriculum", "curriculum t.fw \"T\" version");
		URL missing = URI.create(same.toString().replace("v2.curriculum", "missing.curriculum")).toURL();
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(file), List.of(same, broken, missing), false);
		assertTrue(ws.source(ws.framework("t.fw", "2")).startsWith("file:"));
		List<EvolutionWorkspace.PassedOver> left = ws.passedOver();
		assertEquals(3, left.size(), left.toString());
		assertTrue(left.get(0).shadowed() && left.get(0).reason().contains("t.fw version \"2\" is already loaded from file:"), left.toString());
		assertTrue(!left.get(1).shadowed() && left.get(1).reason().contains("syntax error"), left.toString());
		assertTrue(!left.get(2).shadowed() && left.get(2).reason().contains("cannot be read"), left.toString());
	}

	@Test
	void aResourceWinsOverTheShippedCopyOfTheSameVersion() throws Exception {
		String shipped;
		try (InputStream in = ShippedFrameworks.open("cypmh-leadership.curriculum")) {
			shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		URL copy = jarEntry("curricula.jar", "cypmh-leadership.curriculum", shipped);
		EvolutionWorkspace ws = new EvolutionWorkspace(EvolutionFixtures.injector(), List.of(), List.of(copy), true);
		Framework f = ws.framework("cypmh.leadership", "2024");
		assertNotNull(f);
		assertEquals(copy.toString(), ws.source(f));
		assertEquals(List.of("2024"), ws.versions("cypmh.leadership"));
	}

	private URL jarEntry(String jarName, String name, String text) throws IOException {
		Path jar = dir.resolve(jarName);
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
			zip.putNextEntry(new JarEntry("frameworks/" + name));
			zip.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return URI.create("jar:" + jar.toUri() + "!/frameworks/" + name).toURL();
	}
}
