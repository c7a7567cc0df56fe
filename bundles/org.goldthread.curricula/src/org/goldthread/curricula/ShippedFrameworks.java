package org.goldthread.curricula;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The curricula and workforce frameworks that ship with Goldthread, as resources of this bundle
 * (and of the plain jar Maven projects depend on): {@code frameworks/index.txt} lists them.
 */
public final class ShippedFrameworks {

	/** Where the files live inside the bundle or jar. */
	public static final String FOLDER = "frameworks/";

	private ShippedFrameworks() {
	}

	/** Where a jar (this bundle's, or any other that publishes frameworks) lists its framework files. */
	public static final String INDEX = FOLDER + "index.txt";

	/**
	 * One line of an index: the file name, and optionally the id and version of the framework it
	 * holds (null when the index does not say), so that a framework can be found by id without
	 * parsing it.
	 */
	public record Entry(String name, String id, String version) {
	}

	/** The file names of the shipped frameworks, e.g. {@code cypmh-leadership.curriculum}. */
	public static List<String> names() {
		return entries().stream().map(Entry::name).toList();
	}

	/** The shipped frameworks with their ids and versions, as {@code frameworks/index.txt} lists them. */
	public static List<Entry> entries() {
		try (InputStream in = open("index.txt")) {
			return readEntries(in);
		} catch (IOException e) {
			throw new IllegalStateException("The shipped frameworks' index cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * The file names an index lists, one a line, relative to {@link #FOLDER}; blank lines and lines
	 * starting with {@code #} are ignored. Reads, but does not close, the stream.
	 */
	public static List<String> readIndex(InputStream index) throws IOException {
		return readEntries(index).stream().map(Entry::name).toList();
	}

	/**
	 * The entries of an index: each line holds a file name, optionally followed by the framework's id
	 * and version ({@code cypmh-leadership.curriculum cypmh.leadership 2024}); blank lines and lines
	 * starting with {@code #} are ignored. Reads, but does not close, the stream.
	 */
	public static List<Entry> readEntries(InputStream index) throws IOException {
		List<Entry> entries = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
		for (String line; (line = reader.readLine()) != null;) {
			if (!line.isBlank() && !line.startsWith("#")) {
				String[] parts = line.trim().split("\\s+");
				entries.add(new Entry(parts[0], parts.length >= 3 ? parts[1] : null, parts.length >= 3 ? parts[2] : null));
			}
		}
		return entries;
	}

	/**
	 * The one address of a shipped framework in every front end (command line, Maven plugin, Eclipse,
	 * language server): {@code goldthread:/shipped/<file name>}.
	 */
	public static final String URI_PREFIX = "goldthread:/shipped/";

	/** The address of the shipped framework in file {@code name}, e.g. {@code goldthread:/shipped/cypmh-leadership.curriculum}. */
	public static String uri(String name) {
		return URI_PREFIX + name;
	}

	/** The file name a shipped framework's address names, or null when {@code uri} is not such an address. */
	public static String nameOf(String uri) {
		if (uri == null || !uri.startsWith(URI_PREFIX)) {
			return null;
		}
		String name = uri.substring(URI_PREFIX.length());
		return name.isEmpty() || name.contains("/") ? null : name;
	}

	/** True when {@code uri} is the address of a shipped framework. */
	public static boolean isShipped(String uri) {
		return nameOf(uri) != null;
	}

	/** Opens a shipped framework by its file name; the caller closes the stream. */
	public static InputStream open(String name) throws IOException {
		InputStream in = ShippedFrameworks.class.getClassLoader().getResourceAsStream(FOLDER + name);
		if (in == null) {
			throw new IOException("No shipped framework '" + name + "'");
		}
		return in;
	}
}
