package org.goldthread.curricula;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;

/**
 * Framework resources that are not files of the user's: an entry of a jar (a Maven dependency's
 * {@code frameworks/} folder) or any other URL a front end is given. One way to read them for the
 * check, the evolution commands and the Maven plugin's input stamp.
 */
public final class FrameworkResources {

	private FrameworkResources() {
	}

	/**
	 * Opens the resource for reading, past the JVM's jar cache: a cached jar stays open after the
	 * build (and on Windows, locked, so that the next build cannot replace it).
	 */
	public static InputStream open(URL url) throws IOException {
		URLConnection connection = url.openConnection();
		connection.setUseCaches(false);
		return connection.getInputStream();
	}
}
