package org.goldthread.lang.validation;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * Goldthread files are UTF-8, with or without a byte-order mark (Windows editors write one). This
 * tells, before a file is parsed, whether its bytes are that, and if not, says what they look like
 * in one sentence a user can act on: a file in another encoding must get one clear error, never a
 * grammar error and never silently replaced characters.
 */
public final class TextEncoding {

	/** Why a file cannot be read as Goldthread text, and where. */
	public record Problem(String message, int line, int column) {
	}

	private TextEncoding() {
	}

	/** Null when the bytes are UTF-8 text (a byte-order mark allowed); otherwise the problem. */
	public static Problem problem(byte[] bytes) {
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			return new Problem("The file is encoded as UTF-16 (it starts with a UTF-16 byte-order mark); Goldthread files are UTF-8.", 1, 1);
		}
		int nul = indexOfNul(bytes);
		if (nul >= 0) {
			if (looksLikeUtf16(bytes)) {
				return new Problem("The file looks like UTF-16 text (every other byte is zero); Goldthread files are UTF-8.", 1, 1);
			}
			return new Problem("This is not a text file (it contains binary data), so it cannot be a Goldthread file.", 1, 1);
		}
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			out.flip();
			TextPositions.Position position = TextPositions.of(out, out.length());
			return new Problem(String.format("The file is not UTF-8 text: the byte 0x%02X at line %d, column %d is not valid UTF-8 "
					+ "(the file is probably Latin-1 or Windows-1252).", bytes[at] & 0xFF, position.line(), position.column()),
					position.line(), position.column());
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOfNul(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

	/** ASCII text in UTF-16: zero bytes at every even or every odd position of the first few hundred bytes. */
	private static boolean looksLikeUtf16(byte[] bytes) {
		int n = Math.min(bytes.length, 400) & ~1;
		if (n < 4) {
			return false;
		}
		int evenZero = 0;
		int oddZero = 0;
		for (int i = 0; i < n; i += 2) {
			evenZero += bytes[i] == 0 ? 1 : 0;
			oddZero += bytes[i + 1] == 0 ? 1 : 0;
		}
		int pairs = n / 2;
		return evenZero > pairs * 0.9 && oddZero < pairs * 0.1 || oddZero > pairs * 0.9 && evenZero < pairs * 0.1;
	}
}
