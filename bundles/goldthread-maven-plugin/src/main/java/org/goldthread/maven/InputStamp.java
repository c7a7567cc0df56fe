package org.goldthread.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.goldthread.curricula.FrameworkResources;

/**
 * What makes a goal's result up to date: a SHA-256 over everything it read (file contents, framework
 * contents, settings, parameter values, the plugin itself), and the stamp file in which a goal keeps
 * the hash of its last successful run, with a one-line summary and the files it wrote.
 */
final class InputStamp {

	private final MessageDigest digest;

	InputStamp() {
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Adds a labelled value (a parameter, a path). */
	InputStamp add(String label, Object value) {
		update(label + "=" + value + "\n");
		return this;
	}

	/** Adds a file's path and contents. */
	InputStamp addFile(String label, Path file) throws IOException {
		update(label + "=" + file + "\n");
		digest.update(Files.readAllBytes(file));
		update("\n");
		return this;
	}

	/** Adds a URL and what it serves. */
	InputStamp addUrl(String label, URL url) throws IOException {
		update(label + "=" + url + "\n");
		try (InputStream in = FrameworkResources.open(url)) {
			digest.update(in.readAllBytes());
		}
		update("\n");
		return this;
	}

	/** Adds a stream's contents (read to the end, not closed). */
	InputStamp addStream(String label, InputStream in) throws IOException {
		update(label + "\n");
		digest.update(in.readAllBytes());
		update("\n");
		return this;
	}

	String hash() {
		try {
			return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
		} catch (CloneNotSupportedException e) {
			throw new IllegalStateException(e);
		}
	}

	private void update(String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The record of a goal's last successful run. */
	record Record(String hash, String summary, List<String> outputs) {
	}

	/** The stamp at {@code file}, or null when there is none or it cannot be read. */
	static Record read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		} catch (IOException | IllegalArgumentException e) {
			return null;
		}
		List<String> outputs = new ArrayList<>();
		for (int i = 0; p.getProperty("output." + i) != null; i++) {
			outputs.add(p.getProperty("output." + i));
		}
		return p.getProperty("inputs") == null ? null : new Record(p.getProperty("inputs"), p.getProperty("summary", ""), outputs);
	}

	static void write(Path file, Record record) throws IOException {
		Properties p = new Properties();
		p.setProperty("inputs", record.hash());
		p.setProperty("summary", record.summary());
		for (int i = 0; i < record.outputs().size(); i++) {
			p.setProperty("output." + i, record.outputs().get(i));
		}
		Files.createDirectories(file.getParent());
		Path tmp = Files.createTempFile(file.getParent(), ".stamp", ".tmp");
		try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
			p.store(out, "Goldthread: the inputs of this goal's last successful run. Delete this file (or use -Dgoldthread.force) to run it again.");
		}
		Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static void delete(Path file) throws IOException {
		Files.deleteIfExists(file);
	}
}
