package org.goldthread.evolution;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goldthread.evolution.Impact.Consequence;
import org.goldthread.evolution.Impact.CourseImpact;
import org.goldthread.evolution.Impact.Kind;

/** {@code goldthread impact}'s output: terminal text, HTML, JSON, JUnit XML and SARIF of the impact on each course. */
public final class ImpactRenderer {

	private ImpactRenderer() {
	}

	/** The impact's formats, each with the file name a build writes it to (the command line and the Maven goal share them). */
	public enum Format {
		TEXT(null), HTML("impact.html"), JSON("impact.json"), JUNIT("TEST-goldthread-impact.xml"), SARIF("impact.sarif");

		private final String fileName;

		Format(String fileName) {
			this.fileName = fileName;
		}

		/** The name of the file a build writes this format to; null for terminal text. */
		public String fileName() {
			return fileName;
		}

		/** The format called {@code name} (text, html, json, junit, sarif; any case), or null. */
		public static Format named(String name) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
					return f;
				}
			}
			return null;
		}

		/** "text, html, json, junit or sarif": the names for a message. */
		public static String names() {
			List<String> names = new ArrayList<>();
			for (Format f : values()) {
				names.add(f.name().toLowerCase(java.util.Locale.ROOT));
			}
			return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
		}
	}

	/** The impact in {@code format}; SARIF paths are relative to {@code base}. */
	public static String render(Format format, String newVersion, List<CourseImpact> courses, Path base) {
		return switch (format) {
			case TEXT -> text(newVersion, courses);
			case HTML -> html(newVersion, courses);
			case JSON -> json(newVersion, courses);
			case JUNIT -> junit(newVersion, courses);
			case SARIF -> sarif(newVersion, courses, base);
		};
	}

	private static String total(List<CourseImpact> courses) {
		long person = courses.stream().mapToLong(c -> c.needingPerson().size()).sum();
		long automatic = courses.stream().mapToLong(c -> c.count(Kind.AUTOMATIC)).sum();
		return Impact.plural(courses.size(), "course") + ": " + automatic + " reference" + (automatic == 1 ? "" : "s")
				+ " goldthread migrate can update, " + person + " item" + (person == 1 ? "" : "s") + " for a person";
	}

	private static String where(CourseImpact c, Consequence i) {
		return c.file() + (i.line() > 0 ? ":" + i.line() : "");
	}

	/** Plain text: per course its effort summary, then each consequence with its line. */
	public static String text(String newVersion, List<CourseImpact> courses) {
		StringBuilder out = new StringBuilder("Impact of ").append(newVersion).append('\n');
		for (CourseImpact c : courses) {
			out.append('\n').append(c.file()).append(" (").append(c.courseId()).append(c.implemented() == null ? "" : ", " + c.implemented())
					.append(")\n  ").append(c.summary()).append('\n');
			for (Kind kind : Kind.values()) {
				for (Consequence i : c.items().stream().sorted(java.util.Comparator.comparingInt(Consequence::line)).toList()) {
					if (i.kind() == kind) {
						out.append("  ").append(kind == Kind.AUTOMATIC ? "auto    " : "PERSON  ").append(where(c, i)).append("  ")
								.append(i.message()).append('\n');
					}
				}
			}
		}
		out.append('\n').append(total(courses)).append('\n');
		return out.toString();
	}

	/** A standalone HTML page with one section per course. */
	public static String html(String newVersion, List<CourseImpact> courses) {
		String title = "Impact of " + Json.html(newVersion);
		StringBuilder out = EvolutionHtml.start(title, ".person{color:#a30}");
		out.append("<h1>").append(title).append("</h1>\n<p><strong>")
				.append(Json.html(total(courses))).append("</strong></p>\n");
		for (CourseImpact c : courses) {
			out.append("<section>\n<h2>").append(Json.html(c.courseId())).append(" <small>").append(Json.html(c.file().toString()))
					.append("</small></h2>\n<p>").append(Json.html(c.summary())).append("</p>\n");
			if (!c.items().isEmpty()) {
				out.append("<table>\n<thead><tr><th scope=\"col\">kind</th><th scope=\"col\">line</th><th scope=\"col\">what to do</th></tr></thead>\n<tbody>\n");
				for (Consequence i : c.items()) {
					out.append("<tr").append(i.needsPerson() ? " class=\"person\"" : "").append("><td>").append(Json.html(i.kind().label()))
							.append("</td><td>").append(i.line() > 0 ? i.line() : "").append("</td><td>").append(Json.html(i.message()))
							.append("</td></tr>\n");
				}
				out.append("</tbody>\n</table>\n");
			}
			out.append("</section>\n");
		}
		return out.append("</body>\n</html>\n").toString();
	}

	/** JSON: per course its summary, counts and consequences. */
	public static String json(String newVersion, List<CourseImpact> courses) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("newVersion", newVersion);
		List<Object> list = new ArrayList<>();
		for (CourseImpact c : courses) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("file", c.file().toString());
			m.put("course", c.courseId());
			m.put("implements", c.implemented());
			if (c.problem() != null) {
				m.put("problem", c.problem());
			}
			m.put("summary", c.summary());
			Map<String, Object> counts = new LinkedHashMap<>();
			for (Kind k : Kind.values()) {
				counts.put(k.name().toLowerCase(java.util.Locale.ROOT), c.count(k));
			}
			m.put("counts", counts);
			List<Object> items = new ArrayList<>();
			for (Consequence i : c.items()) {
				Map<String, Object> item = new LinkedHashMap<>();
				item.put("kind", i.kind());
				item.put("needsPerson", i.needsPerson());
				item.put("oldId", i.oldId());
				item.put("newIds", i.newIds());
				item.put("line", i.line());
				item.put("message", i.message());
				items.add(item);
			}
			m.put("items", items);
			list.add(m);
		}
		root.put("courses", list);
		return Json.write(root);
	}

	/** JUnit XML: a test suite per course, a failing test case per item that needs a person. */
	public static String junit(String newVersion, List<CourseImpact> courses) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		long failures = courses.stream().mapToLong(c -> c.needingPerson().size() + (c.problem() == null ? 0 : 1)).sum();
		out.append("<testsuites name=\"").append(xml("impact of " + newVersion)).append("\" failures=\"").append(failures).append("\">\n");
		for (CourseImpact c : courses) {
			List<Consequence> person = c.needingPerson();
			int tests = Math.max(1, c.items().size());
			out.append("  <testsuite name=\"").append(xml(c.courseId())).append("\" tests=\"").append(tests).append("\" failures=\"")
					.append(person.size() + (c.problem() == null ? 0 : 1)).append("\">\n");
			if (c.problem() != null) {
				out.append("    <testcase name=\"impact\" classname=\"").append(xml(c.courseId())).append("\"><failure message=\"")
						.append(xml(c.problem())).append("\"/></testcase>\n");
			} else if (c.items().isEmpty()) {
				out.append("    <testcase name=\"nothing to change\" classname=\"").append(xml(c.courseId())).append("\"/>\n");
			}
			int n = 0;
			for (Consequence i : c.items()) {
				out.append("    <testcase name=\"").append(xml(++n + " " + i.kind().label() + (i.oldId() != null ? " " + i.oldId() : " " + String.join(",", i.newIds()))))
						.append("\" classname=\"").append(xml(c.courseId())).append('"');
				if (i.needsPerson()) {
					out.append("><failure message=\"").append(xml(i.message())).append("\">").append(xml(where(c, i))).append("</failure></testcase>\n");
				} else {
					out.append("/>\n");
				}
			}
			out.append("  </testsuite>\n");
		}
		return out.append("</testsuites>\n").toString();
	}

	/** The SARIF 2.1.0 schema that {@link #sarif} writes to. */
	public static final String SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

	/** The base of the relative file locations in SARIF: the folder {@code goldthread impact} ran in. */
	static final String SARIF_BASE = "%SRCROOT%";

	/** The SARIF rule id of a course whose impact could not be worked out (it implements another framework). */
	public static final String SARIF_NOT_ANALYSED = "impact/not-analysed";

	/** The SARIF rule id of a kind of consequence, e.g. {@code impact/breaks}. */
	public static String sarifRuleId(Kind kind) {
		return "impact/" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/**
	 * The SARIF level of each kind: {@code error} for a reference that breaks, {@code note} for what
	 * migrate does by itself, {@code warning} for the rest (objectives newly required and not taught,
	 * coverage to review, gaps that no longer apply).
	 */
	public static String sarifLevel(Kind kind) {
		return switch (kind) {
			case BREAKS -> "error";
			case AUTOMATIC -> "note";
			default -> "warning";
		};
	}

	private static final Map<Kind, String> SARIF_HELP = Map.of(
			Kind.AUTOMATIC, "The change records map the element to exactly one new element: goldthread migrate rewrites the reference and leaves a // migrated from comment.",
			Kind.BREAKS, "The element was split, retired or removed, or matched only by a guess: a person decides what the reference becomes.",
			Kind.NEW_REQUIRED, "The new version requires an objective or golden thread that no session teaches yet: cover it, or record a justified gap.",
			Kind.STALE, "The text of the element changed: check that the session still teaches (or weaves) what it now says.",
			Kind.GAP_OBSOLETE, "The justified gap is for an element that is gone or no longer required: remove the gap.");

	/**
	 * SARIF 2.1.0 for code-scanning tools: one run whose driver lists a rule per kind of consequence,
	 * and a result per consequence (its kind as rule, the level of {@link #sarifLevel}, the message,
	 * the course file and line), plus a result on the file for a course that could not be analysed.
	 * Files under {@code base} are written relative to it (against the base id {@code %SRCROOT%}, which
	 * {@code originalUriBaseIds} resolves to {@code base}); others as absolute {@code file:} URIs.
	 */
	public static String sarif(String newVersion, List<CourseImpact> courses, Path base) {
		Path root = base.toAbsolutePath().normalize();
		Map<String, Object> log = new LinkedHashMap<>();
		log.put("$schema", SARIF_SCHEMA);
		log.put("version", "2.1.0");
		Map<String, Object> run = new LinkedHashMap<>();
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "Goldthread");
		driver.put("fullName", "Goldthread curriculum impact (goldthread impact)");
		List<Object> rules = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			rules.add(rule(sarifRuleId(kind), kind.label(), SARIF_HELP.get(kind), sarifLevel(kind)));
		}
		rules.add(rule(SARIF_NOT_ANALYSED, "course not analysed",
				"The course does not implement the version the new one replaces (or no available framework), so its impact was not worked out.", "warning"));
		driver.put("rules", rules);
		run.put("tool", Map.of("driver", driver));
		run.put("originalUriBaseIds", Map.of(SARIF_BASE, Map.of("uri", root.toUri().toString())));
		List<Object> results = new ArrayList<>();
		for (CourseImpact c : courses) {
			if (c.problem() != null) {
				results.add(result(SARIF_NOT_ANALYSED, Kind.values().length, "warning", c.file() + ": " + c.problem(), c, null, root));
			}
			for (Consequence i : c.items()) {
				results.add(result(sarifRuleId(i.kind()), i.kind().ordinal(), sarifLevel(i.kind()), i.message(), c, i, root));
			}
		}
		run.put("results", results);
		run.put("properties", Map.of("newVersion", newVersion));
		log.put("runs", List.of(run));
		return Json.write(log);
	}

	private static Map<String, Object> rule(String id, String name, String help, String level) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("id", id);
		rule.put("name", name.replaceAll("[^A-Za-z0-9]+", " ").trim().replace(' ', '-'));
		rule.put("shortDescription", Map.of("text", name));
		rule.put("fullDescription", Map.of("text", help));
		rule.put("defaultConfiguration", Map.of("level", level));
		return rule;
	}

	private static Map<String, Object> result(String ruleId, int ruleIndex, String level, String message, CourseImpact c, Consequence i, Path root) {
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("ruleId", ruleId);
		result.put("ruleIndex", ruleIndex);
		result.put("level", level);
		result.put("message", Map.of("text", message));
		Map<String, Object> physical = new LinkedHashMap<>();
		physical.put("artifactLocation", artifactLocation(c.file(), root));
		if (i != null && i.line() > 0) {
			physical.put("region", Map.of("startLine", i.line()));
		}
		result.put("locations", List.of(Map.of("physicalLocation", physical)));
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("course", c.courseId());
		if (i != null) {
			if (i.oldId() != null) {
				properties.put("oldId", i.oldId());
			}
			properties.put("newIds", i.newIds());
			properties.put("needsPerson", i.needsPerson());
		}
		result.put("properties", properties);
		return result;
	}

	/** The file relative to {@code root} (with the base id) when it is under it, else its absolute {@code file:} URI. */
	static Map<String, Object> artifactLocation(Path file, Path root) {
		Path absolute = file.toAbsolutePath().normalize();
		if (absolute.startsWith(root) && !absolute.equals(root)) {
			StringBuilder relative = new StringBuilder();
			for (Path part : root.relativize(absolute)) {
				relative.append(relative.isEmpty() ? "" : "/").append(part);
			}
			try {
				String first = relative.indexOf("/") < 0 ? relative.toString() : relative.substring(0, relative.indexOf("/"));
				String uri = new URI(null, null, (first.contains(":") ? "./" : "") + relative, null).toASCIIString();
				Map<String, Object> location = new LinkedHashMap<>();
				location.put("uri", uri);
				location.put("uriBaseId", SARIF_BASE);
				return location;
			} catch (URISyntaxException e) {
				// fall through to the absolute URI
			}
		}
		return Map.of("uri", absolute.toUri().toASCIIString());
	}

	private static String xml(String s) {
		return Json.html(s).replace("'", "&apos;");
	}
}
