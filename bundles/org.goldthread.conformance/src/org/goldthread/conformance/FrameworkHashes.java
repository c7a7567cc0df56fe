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

	/**
	 * The hash of the framework's file as it was parsed (the shipped one, a local file or a Maven
	 * dependency's entry); null when its text is not at hand. Kept in the resource's cache, which
	 * Xtext clears when the resource is reparsed or changed: every report of every course checked
	 * against the framework asks for it, and the curriculum is 50 KB of text.
	 */
	public static String of(org.goldthread.model.Framework framework) {
		if (framework == null || framework.eIsProxy() || !(framework.eResource() instanceof org.eclipse.xtext.resource.XtextResource x)
				|| x.getParseResult() == null) {
			return null;
		}
		return x.getCache().get(FrameworkHashes.class, x, () -> sha256(x.getParseResult().getRootNode().getText()));
	}

	/** Where the framework was read from: a file's name, or the shipped framework's name; null when unknown. */
	public static String source(org.goldthread.model.Framework framework) {
		if (framework == null || framework.eIsProxy() || framework.eResource() == null) {
			return null;
		}
		var uri = framework.eResource().getURI();
		String last = uri.lastSegment();
		return ShippedFrameworkHandler.isShipped(uri) ? "shipped: " + last : last;
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
