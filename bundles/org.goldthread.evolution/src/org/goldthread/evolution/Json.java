package org.goldthread.evolution;

import java.util.Collection;
import java.util.Map;

/** A small JSON writer for the evolution reports: maps, lists, strings, numbers, booleans and null. */
final class Json {

	private Json() {
	}

	static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, 0);
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, int indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String s) {
			string(s, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Enum<?> e) {
			string(e.name().toLowerCase(java.util.Locale.ROOT), out);
		} else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			out.append("{\n");
			int i = 0;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				out.append("  ".repeat(indent + 1));
				string(String.valueOf(e.getKey()), out);
				out.append(": ");
				write(e.getValue(), out, indent + 1);
				out.append(++i < map.size() ? ",\n" : "\n");
			}
			out.append("  ".repeat(indent)).append('}');
		} else if (value instanceof Collection<?> list) {
			if (list.isEmpty()) {
				out.append("[]");
				return;
			}
			out.append("[\n");
			int i = 0;
			for (Object o : list) {
				out.append("  ".repeat(indent + 1));
				write(o, out, indent + 1);
				out.append(++i < list.size() ? ",\n" : "\n");
			}
			out.append("  ".repeat(indent)).append(']');
		} else {
			string(value.toString(), out);
		}
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/** Escapes text for HTML. */
	static String html(String s) {
		if (s == null) {
			return "";
		}
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
