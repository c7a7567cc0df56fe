package org.goldthread.evolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.goldthread.evolution.Impact.Consequence;
import org.goldthread.evolution.Impact.CourseImpact;
import org.goldthread.evolution.Impact.Kind;

/** {@code goldthread impact}'s output: terminal text, HTML, JSON and JUnit XML of the impact on each course. */
public final class ImpactRenderer {

	private ImpactRenderer() {
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
		StringBuilder out = new StringBuilder();
		String title = "Impact of " + Json.html(newVersion);
		out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").append(title).append("</title>\n")
				.append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
						+ ".person{color:#a30}</style></head>\n<body>\n<h1>").append(title).append("</h1>\n<p><strong>")
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

	private static String xml(String s) {
		return Json.html(s).replace("'", "&apos;");
	}
}
