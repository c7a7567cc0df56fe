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

	/** The file names of the shipped frameworks, e.g. {@code cypmh-leadership.curriculum}. */
	public static List<String> names() {
		try (InputStream in = open("index.txt")) {
			return readIndex(in);
		} catch (IOException e) {
			throw new IllegalStateException("The shipped frameworks' index cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * The file names an index lists, one a line, relative to {@link #FOLDER}; blank lines and lines
	 * starting with {@code #} are ignored. Reads, but does not close, the stream.
	 */
	public static List<String> readIndex(InputStream index) throws IOException {
		List<String> names = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
		for (String line; (line = reader.readLine()) != null;) {
			if (!line.isBlank() && !line.startsWith("#")) {
				names.add(line.trim());
			}
		}
		return names;
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
