package org.goldthread.conformance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a framework's text, as lowercase hex: what ties a check to the framework file it was
 * checked against. The text is hashed as UTF-8 after dropping a byte-order mark and turning CRLF and
 * CR into LF, so that the same framework saved by another editor has the same hash.
 */
public final class FrameworkHashes {

	private FrameworkHashes() {
	}

	public static String sha256(String text) {
		String canonical = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
