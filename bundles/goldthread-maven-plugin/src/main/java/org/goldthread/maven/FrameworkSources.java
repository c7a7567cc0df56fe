package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.logging.Log;
import org.goldthread.curricula.ShippedFrameworks;

/**
 * Where the plugin finds the frameworks a course implements, in the order they are linked against
 * (the first source of a framework id and version wins):
 * <ol>
 * <li>local framework files (the {@code frameworks} parameter),</li>
 * <li>the project's dependencies, of any scope, that hold {@value ShippedFrameworks#INDEX} (a jar
 * such as {@code org.goldthread.curricula}, or a folder in a reactor build),</li>
 * <li>the frameworks shipped with the plugin (org.goldthread.curricula on its own class path), unless
 * switched off.</li>
 * </ol>
 */
final class FrameworkSources {

	/** A dependency that publishes frameworks: its coordinates and the URLs of its framework files. */
	record DependencyFrameworks(String coordinates, File file, List<String> names, List<URL> urls) {
	}

	private FrameworkSources() {
	}

	/**
	 * The frameworks a dependency's file (jar or folder) publishes, or null when it holds no
	 * {@value ShippedFrameworks#INDEX}. Files the index lists but the jar lacks are reported in
	 * {@code problems}.
	 */
	static DependencyFrameworks of(String coordinates, File file, List<String> problems) throws IOException {
		if (file == null || !file.exists()) {
			return null;
		}
		List<String> names;
		List<URL> urls = new ArrayList<>();
		if (file.isDirectory()) {
			Path index = file.toPath().resolve(ShippedFrameworks.INDEX);
			if (!Files.isRegularFile(index)) {
				return null;
			}
			try (InputStream in = Files.newInputStream(index)) {
				names = ShippedFrameworks.readIndex(in);
			}
			for (String name : names) {
				Path framework = file.toPath().resolve(ShippedFrameworks.FOLDER + name);
				if (Files.isRegularFile(framework)) {
					urls.add(framework.toUri().toURL());
				} else {
					problems.add(coordinates + ": " + ShippedFrameworks.INDEX + " lists " + name + ", which is not in " + file);
				}
			}
		} else {
			if (!isArchive(file)) {
				return null;
			}
			try (ZipFile zip = new ZipFile(file)) {
				ZipEntry index = zip.getEntry(ShippedFrameworks.INDEX);
				if (index == null) {
					return null;
				}
				try (InputStream in = zip.getInputStream(index)) {
					names = ShippedFrameworks.readIndex(in);
				}
				for (String name : names) {
					if (zip.getEntry(ShippedFrameworks.FOLDER + name) != null) {
						urls.add(jarEntry(file, ShippedFrameworks.FOLDER + name));
					} else {
						problems.add(coordinates + ": " + ShippedFrameworks.INDEX + " lists " + name + ", which is not in " + file.getName());
					}
				}
			}
		}
		return new DependencyFrameworks(coordinates, file, names, urls);
	}

	/**
	 * The frameworks of {@code artifacts} (the project's resolved dependencies), in their order; a
	 * dependency's listed files that are missing are logged as warnings.
	 */
	static List<DependencyFrameworks> ofDependencies(Collection<Artifact> artifacts, Log log) throws IOException {
		List<DependencyFrameworks> dependencies = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Artifact artifact : artifacts) {
			DependencyFrameworks found = of(artifact.getId(), artifact.getFile(), problems);
			if (found != null) {
				log.debug("Goldthread: frameworks from " + found.coordinates() + " (" + artifact.getScope() + "): " + found.names());
				dependencies.add(found);
			}
		}
		for (String problem : problems) {
			log.warn("Goldthread: " + problem);
		}
		return dependencies;
	}

	static URL jarEntry(File jar, String entry) throws IOException {
		return URI.create("jar:" + jar.toURI() + "!/" + entry).toURL();
	}

	private static boolean isArchive(File file) {
		String name = file.getName().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".jar") || name.endsWith(".zip");
	}
}
