package org.goldthread.cli.interchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs for CASE identifiers (RFC 9562 §5.5): the same framework id and
 * element code always give the same UUID, so that a re-export is byte-identical and a course's
 * associations point at the identifiers of its framework's own export.
 */
public final class CaseIds {

	/** The namespace of every Goldthread CASE identifier (itself a version 5 UUID of "goldthread.org" in the URL namespace). */
	public static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "https://goldthread.org/case");

	private CaseIds() {
	}

	/** The document's identifier: from the framework's (or course's) id alone. */
	public static String document(String documentId) {
		return v5(NAMESPACE, documentId).toString();
	}

	/** An element's identifier: from the document's id and the element's code within it. */
	public static String item(String documentId, String code) {
		return v5(NAMESPACE, documentId + "#" + code).toString();
	}

	/** An association's identifier: from its type and its two ends. */
	public static String association(String documentId, String type, String origin, String destination) {
		return v5(NAMESPACE, documentId + "#" + type + "#" + origin + "#" + destination).toString();
	}

	public static UUID v5(UUID namespace, String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(toBytes(namespace));
			sha1.update(name.getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
			long msb = 0;
			long lsb = 0;
			for (int i = 0; i < 8; i++) {
				msb = (msb << 8) | (hash[i] & 0xff);
			}
			for (int i = 8; i < 16; i++) {
				lsb = (lsb << 8) | (hash[i] & 0xff);
			}
			return new UUID(msb, lsb);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
		}
	}

	private static byte[] toBytes(UUID uuid) {
		byte[] bytes = new byte[16];
		long msb = uuid.getMostSignificantBits();
		long lsb = uuid.getLeastSignificantBits();
		for (int i = 0; i < 8; i++) {
			bytes[i] = (byte) (msb >>> (56 - 8 * i));
			bytes[8 + i] = (byte) (lsb >>> (56 - 8 * i));
		}
		return bytes;
	}
}
