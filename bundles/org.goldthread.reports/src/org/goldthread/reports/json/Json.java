package org.goldthread.reports.json;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Jackson, set up for stable output: objects are built in a fixed key order, printed with two-space
 * indentation, {@code "\n"} line ends on every platform and a final newline.
 */
public final class Json {

	public static final ObjectMapper MAPPER = new ObjectMapper();

	private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
			Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
			.withObjectIndenter(new DefaultIndenter("  ", "\n"))
			.withArrayIndenter(new DefaultIndenter("  ", "\n"));

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static byte[] write(JsonNode node) {
		try {
			return (MAPPER.writer(PRINTER).writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("A JSON tree could not be written: " + e.getMessage(), e);
		}
	}
}
