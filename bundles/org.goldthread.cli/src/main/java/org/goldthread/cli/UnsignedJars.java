package org.goldthread.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step for the launcher's {@code lib/}: removes the signature files from signed jars (the
 * Eclipse jars on Maven Central are signed). The JVM cannot put classes of signed jars into a
 * class-data-sharing archive or an AOT cache, and verifies every signed jar it opens, which made
 * start-up seconds slower. Only the signature files go; every class and resource stays as it was.
 */
public final class UnsignedJars {

	private UnsignedJars() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		int count = 0;
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
			for (Path jar : jars) {
				if (unsign(jar)) {
					count++;
				}
			}
		}
		if (count > 0) {
			System.out.println("Removed the signatures of " + count + " jars in " + folder);
		}
	}

	/** Rewrites {@code jar} without its signature files; false when it has none. */
	static boolean unsign(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			if (zip.stream().noneMatch(e -> isSignature(e.getName()))) {
				return false;
			}
			Path tmp = Files.createTempFile(jar.getParent(), ".unsigned", ".jar");
			try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(file)) {
				for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
					ZipEntry entry = entries.nextElement();
					if (isSignature(entry.getName())) {
						continue;
					}
					ZipEntry copy = new ZipEntry(entry.getName());
					copy.setTime(entry.getTime());
					out.putNextEntry(copy);
					try (InputStream in = zip.getInputStream(entry)) {
						in.transferTo(out);
					}
					out.closeEntry();
				}
			}
			FileReplacement.copyAttributes(jar, tmp); // a temporary file is private (0600); the jar stays world-readable
			Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
			return true;
		}
	}

	/** The signature files of a signed jar: META-INF/*.SF and the signature blocks. */
	static boolean isSignature(String name) {
		if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
			return false;
		}
		String upper = name.toUpperCase(java.util.Locale.ROOT);
		return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
				|| upper.startsWith("META-INF/SIG-");
	}
}
