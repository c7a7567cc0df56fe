package org.goldthread.cli.interchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A CASE 1.1 package (CFPackage JSON) as the text of a Goldthread framework. The tree comes from the
 * {@code isChildOf} associations (ordered by their sequence numbers); ids come from each item's
 * {@code humanCodingScheme} (the part after its parent's code when it starts with it) or, without
 * one, from its statement, made into valid ids with collisions resolved and reported. A package
 * that Goldthread exported ({@link CaseExport}) comes back with everything its extensions carry,
 * change records ({@code replaces}, {@code was renamed from …}, {@code retired}) included, so its
 * {@code replacedBy} associations need nothing more; any other package becomes a framework whose
 * top-level items are themes and whose deeper items are objectives, and its {@code replacedBy}
 * associations from items the package does not contain (an earlier version's) are passed over and
 * counted in a note. The text is not yet in the canonical layout: the caller formats it.
 */
public final class CaseImport {

	/** The result: the framework's text and what the import had to decide, for the user. */
	public record Result(String text, String frameworkId, List<String> notes) {
	}

	/** A package the import cannot read. */
	public static final class CaseException extends Exception {
		private static final long serialVersionUID = 1L;

		public CaseException(String message) {
			super(message);
		}
	}

	/** The most items and the deepest nesting a package may have. */
	public static final int MAXIMUM_ITEMS = 100_000;
	public static final int MAXIMUM_DEPTH = 50;

	private static final Pattern VALID_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern QUALIFIED_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
	private static final Set<String> CHANGES = Set.of("renamed", "moved", "split", "merged", "reworded", "added");

	private final JsonNode pack;
	private final List<String> notes = new ArrayList<>();
	private final Map<String, JsonNode> items = new LinkedHashMap<>();
	private final Map<String, List<Link>> children = new HashMap<>();
	private final Map<String, String> parentOf = new HashMap<>();
	private final Map<String, List<Link>> related = new HashMap<>();
	/** The Goldthread id given to each item, by identifier. */
	private final Map<String, String> names = new HashMap<>();
	private final StringBuilder out = new StringBuilder();

	private record Link(String target, double sequence, int order) {
	}

	private CaseImport(JsonNode pack) {
		this.pack = pack;
	}

	/**
	 * Imports {@code pack}; {@code id} is the framework's id when given (otherwise the one a
	 * Goldthread export carries, or one made from the title).
	 */
	public static Result read(JsonNode pack, String id) throws CaseException {
		return new CaseImport(pack).run(id);
	}

	private Result run(String givenId) throws CaseException {
		if (pack == null || !pack.isObject() || !pack.path("CFDocument").isObject()) {
			throw new CaseException("not a CASE package: it has no CFDocument object (is it a CFPackage JSON file?)");
		}
		JsonNode document = pack.get("CFDocument");
		String documentId = document.path("identifier").asText("");
		JsonNode ext = document.path("extensions").path(CaseExport.EXTENSION);
		int position = 0;
		for (JsonNode item : pack.path("CFItems")) {
			String identifier = item.path("identifier").asText(null);
			position++;
			if (identifier == null || identifier.isEmpty()) {
				notes.add("CFItems[" + position + "] has no identifier and was left out: " + statement(item));
				continue;
			}
			if (items.putIfAbsent(identifier, item) != null) {
				notes.add("CFItems[" + position + "] repeats the identifier " + identifier + " and was left out");
			}
		}
		int order = 0;
		boolean ours = ext.isObject();
		Map<String, Integer> leftOut = new java.util.TreeMap<>();
		int earlierVersion = 0;
		for (JsonNode a : pack.path("CFAssociations")) {
			order++;
			String type = a.path("associationType").asText("");
			String origin = a.path("originNodeURI").path("identifier").asText("");
			String destination = a.path("destinationNodeURI").path("identifier").asText("");
			if (type.equals("replacedBy") && (ours || !items.containsKey(origin))) {
				// Goldthread's own replacedBy come back from the change records in the extensions; another
				// package's from an item it does not contain (an earlier version's) can make no change record
				earlierVersion += ours ? 0 : 1;
				continue;
			}
			// Goldthread's own isRelatedTo (outcome → theme, pathway → assessment) and precedes (step → step) come back from the items
			if (!type.equals("isChildOf") && !(ours && (type.equals("isRelatedTo") || type.equals("precedes")))) {
				leftOut.merge(type.isEmpty() ? "(untyped)" : type, 1, Integer::sum);
			}
			double sequence = a.path("sequenceNumber").isNumber() ? a.get("sequenceNumber").asDouble() : Double.MAX_VALUE;
			if (type.equals("isChildOf") && items.containsKey(origin)) {
				if (parentOf.containsKey(origin)) {
					notes.add("item " + label(origin) + " is a child of more than one item; it stays under the first");
					continue;
				}
				if (!destination.equals(documentId) && !items.containsKey(destination)) {
					notes.add("item " + label(origin) + " is a child of " + destination + ", which is not in the package; it is placed at the top");
					destination = documentId;
				}
				parentOf.put(origin, destination);
				children.computeIfAbsent(destination, k -> new ArrayList<>()).add(new Link(origin, sequence, order));
			} else if (type.equals("isRelatedTo") && items.containsKey(origin) && items.containsKey(destination)) {
				related.computeIfAbsent(origin, k -> new ArrayList<>()).add(new Link(destination, sequence, order));
			}
		}
		if (!leftOut.isEmpty()) {
			List<String> counts = new ArrayList<>();
			leftOut.forEach((type, n) -> counts.add(n + " " + type));
			notes.add("left out " + String.join(", ", counts) + " association" + (leftOut.values().stream().mapToInt(i -> i).sum() == 1 ? "" : "s")
					+ ": a Goldthread framework has no place for them (only isChildOf makes the tree)");
		}
		if (earlierVersion > 0) {
			notes.add("passed over " + earlierVersion + " replacedBy association" + (earlierVersion == 1 ? "" : "s")
					+ " from items not in this package (an earlier version's or another document's): the import makes no change records from them;"
					+ " to relate the framework to its earlier version, add `replaces` and `was renamed from …` by hand (docs/evolution.md)");
		}
		if (items.size() > MAXIMUM_ITEMS) {
			throw new CaseException("the package has " + items.size() + " items; a framework has at most " + MAXIMUM_ITEMS);
		}
		// no cycles: an item whose ancestors lead back to it goes to the top; no trees deeper than MAXIMUM_DEPTH
		for (String identifier : items.keySet()) {
			Set<String> seen = new HashSet<>();
			for (String p = parentOf.get(identifier); p != null && !p.equals(documentId); p = parentOf.get(p)) {
				if (seen.size() > MAXIMUM_DEPTH) {
					throw new CaseException("item " + label(identifier) + " is nested more than " + MAXIMUM_DEPTH + " levels deep");
				}
				if (p.equals(identifier)) {
					notes.add("item " + label(identifier) + " is its own ancestor through isChildOf; it is placed at the top");
					String old = parentOf.put(identifier, documentId);
					children.get(old).removeIf(l -> l.target().equals(identifier));
					children.computeIfAbsent(documentId, k -> new ArrayList<>()).add(new Link(identifier, Double.MAX_VALUE, Integer.MAX_VALUE));
					break;
				}
				if (!seen.add(p)) {
					break; // a cycle above this item: its own members are moved when their turn comes
				}
			}
		}
		for (String identifier : items.keySet()) {
			if (!parentOf.containsKey(identifier)) {
				notes.add("item " + label(identifier) + " has no isChildOf association; it is placed at the top");
				parentOf.put(identifier, documentId);
				children.computeIfAbsent(documentId, k -> new ArrayList<>()).add(new Link(identifier, Double.MAX_VALUE, Integer.MAX_VALUE));
			}
		}
		Comparator<Link> bySequence = Comparator.comparingDouble(Link::sequence).thenComparingInt(Link::order);
		children.values().forEach(l -> l.sort(bySequence));
		related.values().forEach(l -> l.sort(bySequence));

		String title = document.path("title").asText("");
		String id = givenId != null ? givenId : ext.path("id").isTextual() ? ext.get("id").asText() : frameworkId(title);
		if (!id.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
			throw new CaseException("'" + id + "' is not a valid framework id (dot-separated words of letters, digits and _)");
		}
		String kind = switch (ext.path("kind").asText("framework")) {
		case "curriculum" -> "curriculum";
		case "toolkit" -> "toolkit";
		default -> "framework";
		};
		out.append(kind).append(' ').append(id).append(' ').append(quote(title.isEmpty() ? id : title)).append('\n');
		if (document.path("version").isTextual()) {
			out.append("\tversion ").append(quote(document.get("version").asText())).append('\n');
		}
		String replaces = ext.path("replaces").asText("");
		if (!replaces.isEmpty()) {
			if (!QUALIFIED_ID.matcher(replaces).matches() || !ext.path("replacesVersion").isTextual()) {
				notes.add("the package says it replaces '" + replaces + "' without a valid framework id and version; the framework records no earlier version");
			} else {
				out.append("\treplaces ").append(replaces).append(" version ").append(quote(ext.get("replacesVersion").asText())).append('\n');
				notes.add("the framework replaces " + replaces + " version " + quote(ext.get("replacesVersion").asText())
						+ ": CASE carries no content ideas and resources, so the check reports those of that version as not accounted for (GT-EVO-001)"
						+ " until they are copied back from the original file or retired");
			}
		}
		String publisher = document.path("publisher").isTextual() ? document.get("publisher").asText()
				: document.path("creator").isTextual() && !document.get("creator").asText().equals(title) ? document.get("creator").asText() : null;
		if (publisher != null) {
			out.append("\tpublished by ").append(quote(publisher)).append('\n');
		}
		if (ext.path("year").canConvertToInt()) {
			out.append("\tyear ").append(ext.get("year").asInt()).append('\n');
		}
		if (document.path("notes").isTextual()) {
			out.append("\tsource ").append(quote(document.get("notes").asText())).append('\n');
		}
		if (document.path("description").isTextual()) {
			for (String about : document.get("description").asText().split("\n\n")) {
				out.append("\tabout ").append(quote(about)).append('\n');
			}
		}
		for (JsonNode aim : ext.path("aims")) {
			out.append("\taim ").append(quote(aim.asText())).append('\n');
		}
		// names first (relates and advises refer to names given later in the text)
		Set<String> topNames = new HashSet<>();
		for (Link root : children.getOrDefault(documentId, List.of())) {
			nameTree(root.target(), null, topNames, documentId);
		}
		for (Link root : children.getOrDefault(documentId, List.of())) {
			out.append('\n');
			top(root.target());
		}
		boolean first = true;
		for (JsonNode retired : ext.path("retired")) {
			String element = retired.path("element").asText("");
			if (!QUALIFIED_ID.matcher(element).matches()) {
				notes.add("the retirement of '" + element + "' names no valid id and was left out");
				continue;
			}
			out.append(first ? "\n" : "").append("retired ").append(element);
			if (retired.path("reason").isTextual()) {
				out.append(" because ").append(quote(retired.get("reason").asText()));
			}
			out.append('\n');
			first = false;
		}
		return new Result(out.toString(), id, notes);
	}

	/** Gives the item and its descendants their ids; appendices pass their sections' names to the top scope. */
	private void nameTree(String identifier, String parentCode, Set<String> scope, String documentId) {
		JsonNode item = items.get(identifier);
		String element = element(identifier);
		if (!element.equals("appendix") && !element.equals("expectation")) {
			String code = item.path("humanCodingScheme").asText("");
			String name;
			String rest = childPart(code, parentCode);
			if (rest != null) {
				name = sanitize(rest);
				if (!name.equals(rest)) {
					notes.add("item " + label(identifier) + ": the code '" + code + "' became the id " + name + " under its parent");
				}
			} else if (!code.isEmpty()) {
				name = sanitize(code);
				if (!name.equals(code)) {
					notes.add("item " + label(identifier) + ": the code '" + code + "' became the id " + name);
				}
			} else {
				name = camel(statement(item));
				notes.add("item " + label(identifier) + " has no humanCodingScheme; its id " + name + " comes from its statement");
			}
			String unique = name;
			for (int n = 2; !scope.add(unique); n++) {
				unique = name + "_" + n;
			}
			if (!unique.equals(name)) {
				notes.add("item " + label(identifier) + ": the id " + name + " is already taken here; it is called " + unique);
			}
			names.put(identifier, unique);
		}
		String code = item.path("humanCodingScheme").asText("");
		// appendices add nothing to their sections' names: those share the framework's top scope
		Set<String> inner = element.equals("appendix") ? scope : new HashSet<>();
		for (Link child : children.getOrDefault(identifier, List.of())) {
			nameTree(child.target(), code.isEmpty() ? null : code, inner, documentId);
		}
	}

	/**
	 * The part of a child's code after its parent's: {@code 3} of {@code 6.RP.A.3} under {@code 6.RP.A},
	 * {@code a} of {@code 6.RP.A.3a} under {@code 6.RP.A.3}; null when the code does not extend the parent's.
	 */
	static String childPart(String code, String parentCode) {
		if (code.isEmpty() || parentCode == null || parentCode.isEmpty() || !code.startsWith(parentCode) || code.length() == parentCode.length()) {
			return null;
		}
		char next = code.charAt(parentCode.length());
		char last = parentCode.charAt(parentCode.length() - 1);
		String rest;
		if (!Character.isLetterOrDigit(next)) {
			rest = code.substring(parentCode.length()).replaceFirst("^[^A-Za-z0-9]+", "");
		} else if (Character.isDigit(last) && Character.isLetter(next) || Character.isLetter(last) && Character.isDigit(next)) {
			rest = code.substring(parentCode.length());
		} else {
			return null;
		}
		return rest.isEmpty() ? null : rest;
	}

	/** What the item is in Goldthread: from the Goldthread extension, or its depth for a foreign package. */
	private String element(String identifier) {
		String element = items.get(identifier).path("extensions").path(CaseExport.EXTENSION).path("element").asText("");
		if (!element.isEmpty()) {
			return element;
		}
		String parent = parentOf.get(identifier);
		return items.containsKey(parent) ? "item" : "section";
	}

	private JsonNode x(String identifier) {
		return items.get(identifier).path("extensions").path(CaseExport.EXTENSION);
	}

	private void top(String identifier) {
		JsonNode item = items.get(identifier);
		JsonNode x = x(identifier);
		String element = element(identifier);
		String name = names.get(identifier);
		switch (element) {
		case "appendix" -> {
			out.append("appendix ").append(x.path("number").asInt(1)).append(' ').append(quote(statement(item))).append(modal(x)).append(" {\n");
			about(x, "about");
			for (Link child : children.getOrDefault(identifier, List.of())) {
				section(child.target());
			}
			out.append("}\n");
		}
		case "thread" -> {
			out.append("thread ").append(name).append(' ').append(quote(statement(item)));
			if (x.path("acrossThemes").asBoolean()) {
				out.append(" across themes");
			}
			out.append(modal(x)).append(history(identifier)).append(" {\n");
			if (x.path("about").isTextual()) {
				out.append("\tabout ").append(quote(x.get("about").asText())).append('\n');
			}
			for (Link child : children.getOrDefault(identifier, List.of())) {
				JsonNode e = x(child.target());
				out.append("\texpect ");
				if (e.path("aspect").isTextual()) {
					out.append(e.get("aspect").asText()).append(' ');
				}
				out.append(quote(statement(items.get(child.target())))).append(modal(e)).append('\n');
			}
			out.append("}\n");
		}
		case "outcome" -> {
			out.append("outcome ").append(name).append(' ').append(quote(statement(item))).append(modal(x));
			List<String> themes = relatedNames(identifier);
			if (!themes.isEmpty()) {
				out.append(" relates ").append(String.join(", ", themes));
			}
			out.append(history(identifier)).append('\n');
			unexpectedChildren(identifier);
		}
		case "assessment" -> {
			out.append("assessment ").append(name).append(' ').append(quote(statement(item))).append(' ')
					.append(x.path("status").asText("required"));
			if (x.path("modalPhrase").isTextual()) {
				out.append(' ').append(quote(x.get("modalPhrase").asText()));
			}
			out.append(history(identifier)).append(" {\n");
			about(x, "about");
			if (x.path("intro").isTextual()) {
				out.append("\tintro ").append(quote(x.get("intro").asText())).append('\n');
			}
			for (JsonNode form : x.path("forms")) {
				out.append("\tform ").append(form.path("form").asText());
				if (form.path("text").isTextual()) {
					out.append(' ').append(quote(form.get("text").asText()));
				}
				out.append(modal(form)).append('\n');
			}
			for (Link child : children.getOrDefault(identifier, List.of())) {
				out.append("\telement ").append(names.get(child.target())).append(' ').append(quote(statement(items.get(child.target()))))
						.append(modal(x(child.target()))).append(history(child.target())).append('\n');
			}
			out.append("}\n");
		}
		case "pathway" -> {
			out.append("pathway ").append(name).append(' ').append(quote(statement(item))).append(" {\n");
			about(x, "about");
			if (x.path("assessmentAdvisory").asBoolean()) {
				out.append("\tassessment advisory\n");
			}
			List<String> advised = relatedNames(identifier);
			if (!advised.isEmpty()) {
				out.append("\tadvises ").append(String.join(", ", advised)).append('\n');
			}
			out.append("}\n");
			unexpectedChildren(identifier);
		}
		default -> section(identifier);
		}
	}

	private void section(String identifier) {
		JsonNode item = items.get(identifier);
		JsonNode x = x(identifier);
		String kind = switch (x.path("kind").asText("theme")) {
		case "recommendation" -> "recommendation";
		case "step" -> "step";
		case "area" -> "area";
		default -> "theme";
		};
		out.append(kind).append(' ').append(names.get(identifier)).append(' ').append(quote(statement(item))).append(modal(x)).append(addressees(x))
				.append(history(identifier)).append(" {\n");
		if (x.path("aim").isTextual()) {
			out.append("\taim ").append(quote(x.get("aim").asText())).append('\n');
		}
		about(x, "about");
		if (x.path("intro").isTextual()) {
			out.append("\tintro ").append(quote(x.get("intro").asText())).append('\n');
		}
		for (Link child : children.getOrDefault(identifier, List.of())) {
			item(child.target(), "\t");
		}
		out.append("}\n");
	}

	private void item(String identifier, String indent) {
		JsonNode x = x(identifier);
		String kind = switch (x.path("kind").asText("objective")) {
		case "consideration", "recommendation", "action", "finding", "point" -> x.get("kind").asText();
		default -> "objective";
		};
		out.append(indent).append(kind).append(' ').append(names.get(identifier)).append(' ').append(quote(statement(items.get(identifier))))
				.append(modal(x)).append(addressees(x)).append(history(identifier));
		List<Link> kids = children.getOrDefault(identifier, List.of());
		if (kids.isEmpty()) {
			out.append('\n');
			return;
		}
		out.append(" {\n");
		for (Link child : kids) {
			item(child.target(), indent + "\t");
		}
		out.append(indent).append("}\n");
	}

	/**
	 * The change records a Goldthread export carries in the item's extension, as the language writes
	 * them: {@code " was renamed from landscape.trainingDevelopment was reworded"}.
	 */
	private String history(String identifier) {
		StringBuilder b = new StringBuilder();
		for (JsonNode record : x(identifier).path("history")) {
			String change = record.path("change").asText("");
			if (!CHANGES.contains(change)) {
				notes.add("item " + label(identifier) + ": the change record '" + change + "' is not one Goldthread knows and was left out");
				continue;
			}
			List<String> from = new ArrayList<>();
			for (JsonNode f : record.path("from")) {
				if (QUALIFIED_ID.matcher(f.asText()).matches()) {
					from.add(f.asText());
				} else {
					notes.add("item " + label(identifier) + ": the change record's origin '" + f.asText() + "' is not an id and was left out");
				}
			}
			b.append(" was ").append(change);
			if (!from.isEmpty()) {
				b.append(" from ").append(String.join(", ", from));
			}
		}
		return b.toString();
	}

	private void unexpectedChildren(String identifier) {
		for (Link child : children.getOrDefault(identifier, List.of())) {
			notes.add("item " + label(child.target()) + " is a child of " + label(identifier) + ", which has no place for children; it was left out");
		}
	}

	private List<String> relatedNames(String identifier) {
		List<String> result = new ArrayList<>();
		for (Link link : related.getOrDefault(identifier, List.of())) {
			String name = names.get(link.target());
			if (name != null) {
				result.add(name);
			}
		}
		return result;
	}

	private void about(JsonNode x, String key) {
		for (JsonNode about : x.path(key)) {
			out.append("\tabout ").append(quote(about.asText())).append('\n');
		}
	}

	private static String modal(JsonNode x) {
		String modality = x.path("modality").asText("");
		if (!Set.of("required", "advised", "example", "guidance").contains(modality)) {
			return "";
		}
		return " " + modality + (x.path("modalPhrase").isTextual() ? " " + quote(x.get("modalPhrase").asText()) : "");
	}

	private static String addressees(JsonNode x) {
		List<String> values = new ArrayList<>();
		for (JsonNode a : x.path("addressees")) {
			if (Set.of("national-body", "commissioner", "service-provider", "education-provider").contains(a.asText())) {
				values.add(a.asText());
			}
		}
		return values.isEmpty() ? "" : " to " + String.join(", ", values);
	}

	private static String statement(JsonNode item) {
		String full = item.path("fullStatement").asText("");
		return full.isEmpty() ? item.path("abbreviatedStatement").asText("") : full;
	}

	private String label(String identifier) {
		JsonNode item = items.get(identifier);
		if (item == null) {
			return identifier;
		}
		String code = item.path("humanCodingScheme").asText("");
		String text = statement(item);
		return (code.isEmpty() ? "" : code + " ") + "\"" + (text.length() > 50 ? text.substring(0, 47) + "…" : text) + "\"";
	}

	/** A Goldthread STRING literal. */
	public static String quote(String text) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '\\' -> b.append("\\\\");
			case '"' -> b.append("\\\"");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}

	static boolean validId(String s) {
		return VALID_ID.matcher(s).matches() && !s.equals("tbc");
	}

	/** A code as an id: itself when it is one, otherwise its letters and digits joined by _. */
	public static String sanitize(String code) {
		if (validId(code)) {
			return code;
		}
		String joined = String.join("_", code.split("[^A-Za-z0-9]+")).replaceAll("^_+|_+$", "");
		if (joined.isEmpty()) {
			return "item";
		}
		return Character.isDigit(joined.charAt(0)) ? "_" + joined : joined.equals("tbc") ? "tbc_" : joined;
	}

	/** Up to five words of {@code text} as a lower camel-case id. */
	public static String camel(String text) {
		StringBuilder b = new StringBuilder();
		int words = 0;
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			String ascii = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
			if (ascii.isEmpty()) {
				continue;
			}
			b.append(words == 0 ? ascii.toLowerCase(Locale.ROOT) : Character.toUpperCase(ascii.charAt(0)) + ascii.substring(1).toLowerCase(Locale.ROOT));
			if (++words == 5) {
				break;
			}
		}
		String s = b.toString();
		return s.isEmpty() ? "item" : Character.isDigit(s.charAt(0)) ? "_" + s : s.equals("tbc") ? "tbc_" : s;
	}

	private static String frameworkId(String title) {
		return "imported." + camel(title);
	}
}
