package org.goldthread.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Eclipse m2e reads {@code META-INF/m2e/lifecycle-mapping-metadata.xml} from the plugin's jar to know
 * what to do with each goal in a workspace build; a goal it does not find there is reported as
 * "plugin execution not covered by lifecycle configuration". Every goal of the plugin's descriptor is
 * mapped, exactly once, to an action m2e knows.
 */
class LifecycleMappingMetadataTest {

	private static final String METADATA = "META-INF/m2e/lifecycle-mapping-metadata.xml";

	@Test
	void everyGoalOfThePluginIsMappedOnceToAnActionM2eKnows() throws Exception {
		Map<String, String> actions = actions();
		List<String> goals = goals();
		assertTrue(goals.containsAll(List.of("check", "report", "docs", "site-report", "package-framework")), goals.toString());
		assertEquals(new TreeSet<>(goals), new TreeSet<>(actions.keySet()), "the goals mapped in " + METADATA + " are the plugin's goals");
	}

	@Test
	void theFrameworkJarIsWrittenInTheWorkspaceAndTheChecksAreLeftToTheEditor() throws Exception {
		Map<String, String> actions = actions();
		// a workspace project that depends on the framework project reads its target/classes
		assertEquals("execute runOnConfiguration=true runOnIncremental=true", actions.get("package-framework"));
		for (String goal : List.of("check", "report", "docs", "site-report", "help")) {
			assertEquals("ignore", actions.get(goal), goal);
		}
	}

	/** Goal to "ignore" or "execute runOnConfiguration=… runOnIncremental=…"; fails on a goal mapped twice or an unknown action. */
	private static Map<String, String> actions() throws Exception {
		Document doc;
		try (InputStream in = LifecycleMappingMetadataTest.class.getClassLoader().getResourceAsStream(METADATA)) {
			assertNotNull(in, METADATA + " is on the plugin's class path (in its jar)");
			doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
		assertEquals("lifecycleMappingMetadata", doc.getDocumentElement().getTagName());
		Map<String, String> actions = new HashMap<>();
		NodeList executions = doc.getElementsByTagName("pluginExecution");
		assertTrue(executions.getLength() > 0);
		for (int i = 0; i < executions.getLength(); i++) {
			Element execution = (Element) executions.item(i);
			Element filter = child(execution, "pluginExecutionFilter");
			Element action = child(execution, "action");
			assertNotNull(filter, "pluginExecutionFilter");
			assertNotNull(action, "action");
			String what;
			Element execute = child(action, "execute");
			if (execute != null) {
				what = "execute runOnConfiguration=" + text(execute, "runOnConfiguration") + " runOnIncremental=" + text(execute, "runOnIncremental");
			} else {
				assertNotNull(child(action, "ignore"), "an action is <execute> or <ignore>");
				what = "ignore";
			}
			NodeList goals = filter.getElementsByTagName("goal");
			assertTrue(goals.getLength() > 0, "a filter names goals");
			for (int g = 0; g < goals.getLength(); g++) {
				String goal = goals.item(g).getTextContent().trim();
				assertEquals(null, actions.put(goal, what), goal + " is mapped twice");
			}
		}
		return actions;
	}

	/** The goals of the descriptor maven-plugin-plugin generated into target/classes (process-classes, before the tests). */
	private static List<String> goals() throws Exception {
		Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
		assertTrue(Files.isRegularFile(descriptor), descriptor.toAbsolutePath() + " (run the tests through Maven)");
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor.toFile());
		List<String> goals = new ArrayList<>();
		NodeList mojos = doc.getElementsByTagName("mojo");
		for (int i = 0; i < mojos.getLength(); i++) {
			goals.add(child((Element) mojos.item(i), "goal").getTextContent().trim());
		}
		return goals;
	}

	private static Element child(Element parent, String name) {
		for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static String text(Element parent, String name) {
		Element e = child(parent, name);
		return e == null ? "false" : e.getTextContent().trim();
	}
}
