package org.goldthread.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldthreadPackage;
import org.goldthread.model.LocalPlan;

/**
 * Courses and plans that implement a framework id and version that no framework source provides.
 * The language reports these as findings too (GT-DOC-004, GT-INT-003); in a Maven build they mean a
 * dependency is missing, so the build stops with a message that says which and how to add it.
 */
final class MissingFrameworks {

	private MissingFrameworks() {
	}

	/** The message to fail with, or null when every implemented framework was found. */
	static String describe(List<CheckedFile> checked, List<String> searched, Path baseDir, String pluginVersion) {
		List<String> missing = new ArrayList<>();
		TreeSet<String> available = new TreeSet<>();
		for (CheckedFile file : checked) {
			Document document = file.document();
			Framework framework;
			String version;
			EReference feature;
			if (document instanceof Course course) {
				framework = course.getFramework();
				version = course.getFrameworkVersion();
				feature = GoldthreadPackage.Literals.COURSE__FRAMEWORK;
			} else if (document instanceof LocalPlan plan) {
				framework = plan.getFramework();
				version = plan.getFrameworkVersion();
				feature = GoldthreadPackage.Literals.LOCAL_PLAN__FRAMEWORK;
			} else {
				continue;
			}
			if (framework == null) {
				continue; // implements nothing: a finding of its own (GT-DOC-003)
			}
			String id;
			if (framework.eIsProxy()) {
				id = linkText(document, feature);
			} else if (version != null && !version.equals(framework.getVersion())) {
				id = framework.getName();
			} else {
				continue;
			}
			missing.add(shown(baseDir, file.path()) + " implements " + id + (version == null ? "" : " version \"" + version + "\""));
			available.addAll(availableFrameworks(document));
		}
		if (missing.isEmpty()) {
			return null;
		}
		StringBuilder message = new StringBuilder();
		message.append("Goldthread: no framework source provides the framework").append(missing.size() == 1 ? "" : "s").append(" ")
				.append(missing.size() == 1 ? "this file implements" : "these files implement").append(":\n");
		for (String m : missing) {
			message.append("  - ").append(m).append("\n");
		}
		message.append("Frameworks available: ").append(available.isEmpty() ? "none" : String.join("; ", available)).append("\n");
		message.append("Looked in: ").append(String.join("; ", searched)).append(".\n");
		message.append("Add the artifact that publishes the framework (a jar with frameworks/index.txt) as a dependency of this project, e.g.\n")
				.append("    <dependency>\n")
				.append("      <groupId>org.goldthread</groupId>\n")
				.append("      <artifactId>org.goldthread.curricula</artifactId>\n")
				.append("      <version>").append(pluginVersion).append("</version>  <!-- a version that ships the framework -->\n")
				.append("    </dependency>\n")
				.append("or list the framework's file in the plugin's <frameworks> parameter.");
		return message.toString();
	}

	/** The framework id as written after {@code implements}. */
	private static String linkText(Document document, EReference feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(document, feature);
		return nodes.isEmpty() ? "(unknown)" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	/** The frameworks loaded beside the document: "id "version" (where from)". */
	private static List<String> availableFrameworks(Document document) {
		List<String> available = new ArrayList<>();
		if (document.eResource() == null || document.eResource().getResourceSet() == null) {
			return available;
		}
		for (Resource resource : document.eResource().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Framework f) {
				available.add(f.getName() + " \"" + f.getVersion() + "\" (" + origin(resource.getURI()) + ")");
			}
		}
		return available;
	}

	private static String origin(URI uri) {
		if ("goldthread".equals(uri.scheme())) {
			return "shipped with the plugin";
		}
		if (uri.isArchive()) {
			String archive = uri.authority(); // file:/…/x.jar!
			String jar = archive == null ? uri.toString() : archive.substring(0, archive.length() - 1);
			return jar.substring(jar.lastIndexOf('/') + 1);
		}
		return uri.isFile() ? uri.toFileString() : uri.toString();
	}

	private static String shown(Path base, Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path b = base.toAbsolutePath().normalize();
		return absolute.startsWith(b) ? b.relativize(absolute).toString() : absolute.toString();
	}
}
