package org.goldthread.reports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.goldthread.model.findings.ConformanceReport;

/**
 * How report files are named: one name per checked document, safe for every file system, unique
 * within a run; the renderers' indexes link to the same names the writers use.
 */
public final class ReportNames {

	private ReportNames() {
	}

	/**
	 * The base file name (without extension) of each report, in order: the document id, made safe for
	 * file systems; the file's name when the document has no id; {@code -2}, {@code -3} ... for repeats.
	 * The name {@code index} is kept for the summary.
	 */
	public static List<String> fileNames(List<ConformanceReport> reports) {
		List<String> names = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		taken.add("index");
		for (ConformanceReport report : reports) {
			String base = safeName(report.getDocumentId() != null ? report.getDocumentId() : stem(report.getDocumentUri()));
			String name = base;
			for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
				name = base + "-" + n;
			}
			names.add(name);
		}
		return names;
	}

	/** Letters, digits, '.', '-' and '_' kept; anything else becomes '_'; never empty, never starting with a dot. */
	public static String safeName(String id) {
		String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9._-]", "_");
		if (s.isEmpty() || s.startsWith(".")) {
			s = "_" + s;
		}
		return s;
	}

	private static String stem(String uri) {
		if (uri == null) {
			return "document";
		}
		String name = uri.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
