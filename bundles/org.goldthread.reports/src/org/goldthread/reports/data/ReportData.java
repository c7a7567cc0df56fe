package org.goldthread.reports.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.goldthread.conformance.Rule;
import org.goldthread.model.Course;
import org.goldthread.model.CourseAssessment;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.GoldenThread;
import org.goldthread.model.Item;
import org.goldthread.model.JustifiedGap;
import org.goldthread.model.LearningOutcome;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.Module;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.TeachingDay;
import org.goldthread.model.findings.Alignment;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.CoverageSummary;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.ObjectiveCoverage;
import org.goldthread.model.findings.SessionCoverage;
import org.goldthread.model.findings.Severity;
import org.goldthread.model.findings.ThemeCoverage;
import org.goldthread.model.findings.ThreadWeave;
import org.goldthread.model.support.Ids;
import org.goldthread.model.support.Modalities;
import org.goldthread.reports.RenderContext;

/**
 * One conformance report as the renderers see it: plain strings and numbers in a fixed order,
 * file locations relative to the context's folder, nothing that needs EMF to read; {@code sha256}
 * is the checked file's digest (null when it is not a readable local file). Every format
 * renders from this, so they agree on what a report says (and the JSON output is this, written out;
 * docs/report-schema.json describes it).
 */
public record ReportData(
		String id,
		String title,
		Kind kind,
		String file,
		FrameworkRef framework,
		String profile,
		String verdict,
		Counts counts,
		List<FindingData> findings,
		CoverageData coverage,
		String sha256,
		CourseInfo course) {

	/**
	 * Who and what is judged, for the front page: the provider, the pathway (id and title), credits,
	 * level and the modules with their titles; null for documents other than courses.
	 */
	public record CourseInfo(String provider, String pathway, String pathwayTitle, int credits, int level, List<ModuleInfo> modules) {
	}

	/** A module of the course: id (or its position when it has none), title, credits (0 when not stated) and teaching days. */
	public record ModuleInfo(String id, String title, int credits, int days) {
	}

	/** The error findings, in report order: what makes a course fail, for the front page. */
	public List<FindingData> errors() {
		return findings.stream().filter(f -> "error".equals(f.severity())).toList();
	}

	/** What kind of document was checked. */
	public enum Kind {
		COURSE, PLAN, FRAMEWORK, UNKNOWN;

		public String key() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public record FrameworkRef(String id, String title, String version, String publisher, String file, String sha256) {
	}

	public record Counts(int errors, int warnings, int infos) {
		public int total() {
			return errors + warnings + infos;
		}
	}

	/**
	 * One finding. {@code line} and {@code column} are 1-based; {@code theme} is the id of the theme
	 * (or recommendation, step ...) the finding is grouped under, null for course-wide findings.
	 * {@code requirement} is what is required in the framework's own words: the text or title of the
	 * framework element concerned, else the quoted passage, else null.
	 */
	public record FindingData(String ruleId, String ruleName, String ruleTitle, String category, String severity,
			String message, String file, int line, int column, String theme, String themeTitle,
			String frameworkElement, String passage, String fixHint, String requirement) {
	}

	/** A group of findings under one theme (or the course as a whole when {@code themeId} is null). */
	public record FindingGroup(String themeId, String title, List<FindingData> findings) {
	}

	/** Whether this is a course, plan, framework or unreadable file. */
	public boolean isCourse() {
		return kind == Kind.COURSE;
	}

	/** The findings grouped by theme in framework order, then course-wide findings, then unknown themes by id. */
	public List<FindingGroup> findingsByTheme() {
		Map<String, List<FindingData>> byTheme = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		for (FindingData f : findings) {
			byTheme.computeIfAbsent(f.theme(), k -> new ArrayList<>()).add(f);
			if (f.theme() != null) {
				titles.putIfAbsent(f.theme(), f.themeTitle());
			}
		}
		List<FindingGroup> groups = new ArrayList<>();
		if (coverage != null) {
			for (CoverageData.ThemeData theme : coverage.themes()) {
				List<FindingData> list = byTheme.remove(theme.id());
				if (list != null) {
					groups.add(new FindingGroup(theme.id(), theme.title(), list));
				}
			}
		}
		List<FindingData> courseWide = byTheme.remove(null);
		Map<String, List<FindingData>> rest = new TreeMap<>(byTheme);
		for (Map.Entry<String, List<FindingData>> e : rest.entrySet()) {
			String title = titles.get(e.getKey());
			groups.add(new FindingGroup(e.getKey(), title == null ? e.getKey() : title, e.getValue()));
		}
		if (courseWide != null) {
			groups.add(new FindingGroup(null, kind == Kind.PLAN ? "Plan-wide" : kind == Kind.COURSE ? "Course-wide" : "Document-wide", courseWide));
		}
		return groups;
	}

	// ------------------------------------------------------------------ building

	/** The data of one report. */
	public static ReportData of(ConformanceReport report, RenderContext context) {
		Document document = report.getDocument();
		Kind kind = document instanceof Course ? Kind.COURSE
				: document instanceof LocalPlan ? Kind.PLAN : document instanceof Framework ? Kind.FRAMEWORK : Kind.UNKNOWN;
		String file = displayPath(report.getDocumentUri(), context);
		String id = report.getDocumentId() != null ? report.getDocumentId() : stem(file);
		Framework framework = report.getFramework();
		if (framework == null && document instanceof Framework f) {
			framework = f;
		}
		FrameworkRef frameworkRef = framework == null ? null
				: new FrameworkRef(framework.getName(), framework.getTitle(), framework.getVersion(), framework.getPublisher(),
						org.goldthread.conformance.FrameworkHashes.source(framework), org.goldthread.conformance.FrameworkHashes.of(framework));
		Map<String, String> themeTitles = themeTitles(framework);
		List<FindingData> findings = new ArrayList<>();
		// the threads the engine reports as not spread throughout the course (GT-THR-002): the report colours exactly these
		java.util.Set<String> spreadShort = new java.util.HashSet<>();
		for (Finding f : report.getFindings()) {
			findings.add(finding(f, file, themeTitles, context));
			if (org.goldthread.conformance.Rule.THREAD_SPREAD.id().equals(f.getRuleId()) && f.getFrameworkElementId() != null) {
				spreadShort.add(f.getFrameworkElementId());
			}
		}
		Counts counts = new Counts(report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
		CoverageData coverage = report.getCoverage() == null || !(document instanceof Course course) ? null
				: coverage(report.getCoverage(), course, themeTitles, spreadShort);
		return new ReportData(id, report.getDocumentTitle(), kind, file, frameworkRef, report.getProfile(),
				report.getVerdict() == null ? null : report.getVerdict().getLiteral(), counts, List.copyOf(findings), coverage,
				sha256(report.getDocumentUri()), document instanceof Course course ? courseInfo(course) : null);
	}

	private static CourseInfo courseInfo(Course course) {
		List<ModuleInfo> modules = new ArrayList<>();
		for (Module m : course.getModules()) {
			modules.add(new ModuleInfo(m.getName() != null ? m.getName() : "module " + (modules.size() + 1), m.getTitle(), m.getCredits(),
					m.getDays().size()));
		}
		org.goldthread.model.Pathway pathway = course.getPathway() == null || course.getPathway().eIsProxy() ? null : course.getPathway();
		return new CourseInfo(course.getProvider(), pathway == null ? null : pathway.getName(), pathway == null ? null : pathway.getTitle(),
				course.getCredits(), course.getLevel(), List.copyOf(modules));
	}

	private static FindingData finding(Finding f, String reportFile, Map<String, String> themeTitles, RenderContext context) {
		Rule rule = Rule.byId(f.getRuleId());
		String file = reportFile;
		int line = 1;
		int column = 1;
		if (f.getLocation() != null) {
			if (f.getLocation().getUri() != null) {
				file = displayPath(f.getLocation().getUri(), context);
			}
			line = Math.max(1, f.getLocation().getLine());
			column = Math.max(1, f.getLocation().getColumn());
		}
		String theme = f.getTheme();
		return new FindingData(f.getRuleId(), rule == null ? null : ruleName(rule), rule == null ? null : rule.title(),
				rule == null ? null : rule.category().title(), f.getSeverity() == null ? "error" : f.getSeverity().getLiteral(),
				f.getMessage(), file, line, column, theme, theme == null ? null : themeTitles.getOrDefault(theme, theme),
				f.getFrameworkElementId(), f.getPassage(), f.getFixHint(), requirement(f));
	}

	/**
	 * What the framework requires, in its own words: the text of the framework element concerned
	 * (an objective's or outcome's text, a thread's or assessment's title), else the quoted passage.
	 */
	static String requirement(Finding f) {
		EObject element = f.getFrameworkElement();
		if (element != null && !element.eIsProxy()) {
			for (String name : new String[] { "text", "title" }) {
				org.eclipse.emf.ecore.EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
				if (feature != null && !feature.isMany() && element.eGet(feature) instanceof String text && !text.isBlank()) {
					return text.strip();
				}
			}
		}
		return f.getPassage() == null || f.getPassage().isBlank() ? null : f.getPassage().strip();
	}

	/**
	 * The SHA-256 of the checked file (lower-case hex), so that a panel can tell that a report is about
	 * exactly the file they hold; null when the document is not a readable local file.
	 */
	public static String sha256(String uri) {
		if (uri == null) {
			return null;
		}
		try {
			String file = uri;
			if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
				file = uri.startsWith("file:") ? org.eclipse.emf.common.util.URI.createURI(uri).toFileString() : null;
			}
			if (file == null || !java.nio.file.Files.isRegularFile(Path.of(file))) {
				return null;
			}
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(Path.of(file)));
			return java.util.HexFormat.of().formatHex(digest);
		} catch (java.io.IOException | InvalidPathException | java.security.NoSuchAlgorithmException e) {
			return null;
		}
	}

	/** {@code TEACHING_DAYS} → {@code TeachingDays}: the rule's name in SARIF and JUnit. */
	public static String ruleName(Rule rule) {
		StringBuilder b = new StringBuilder();
		for (String part : rule.name().split("_")) {
			if (!part.isEmpty()) {
				b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
			}
		}
		return b.toString();
	}

	/** Section (theme, recommendation, step, area) ids to titles, appendices included, in framework order. */
	private static Map<String, String> themeTitles(Framework framework) {
		Map<String, String> titles = new LinkedHashMap<>();
		if (framework != null) {
			List<Section> sections = new ArrayList<>(framework.getSections());
			framework.getAppendices().forEach(a -> sections.addAll(a.getSections()));
			for (Section s : sections) {
				if (s.getName() != null) {
					titles.putIfAbsent(s.getName(), s.getTitle() == null ? s.getName() : s.getTitle());
				}
			}
		}
		return titles;
	}

	private static CoverageData coverage(CoverageSummary summary, Course course, Map<String, String> themeTitles, java.util.Set<String> spreadShort) {
		// sessions and days, in teaching order
		List<CoverageData.SessionData> sessions = new ArrayList<>();
		Map<Session, String> keys = new LinkedHashMap<>();
		Map<Integer, List<String>> daySessions = new TreeMap<>();
		Map<Integer, TeachingDay> days = new TreeMap<>();
		for (Session session : summary.getSessions()) {
			TeachingDay day = session.eContainer() instanceof TeachingDay d ? d : null;
			int dayNumber = day == null ? 0 : day.getNumber();
			int index = day == null ? sessions.size() + 1 : day.getSessions().indexOf(session) + 1;
			String key = "D" + dayNumber + "." + index;
			Module module = day != null && day.eContainer() instanceof Module m ? m : null;
			keys.put(session, key);
			daySessions.computeIfAbsent(dayNumber, k -> new ArrayList<>()).add(key);
			if (day != null) {
				days.putIfAbsent(dayNumber, day);
			}
			sessions.add(new CoverageData.SessionData(key, dayNumber, index, session.getName(), session.getTitle(),
					session.getFormat() == null ? null : session.getFormat().getLiteral(), session.getHours(),
					module == null ? null : module.getName()));
		}
		List<CoverageData.DayData> dayData = new ArrayList<>();
		for (Integer number : summary.getTeachingDays()) {
			TeachingDay day = days.get(number);
			Module module = day != null && day.eContainer() instanceof Module m ? m : null;
			if (dayData.stream().noneMatch(d -> d.number() == number)) {
				dayData.add(new CoverageData.DayData(number, day == null ? null : day.getTitle(), day == null ? null : day.getDate(),
						module == null ? null : module.getName(), List.copyOf(daySessions.getOrDefault(number, List.of())), false));
			}
		}
		// objectives
		List<CoverageData.ObjectiveData> objectives = new ArrayList<>();
		for (ObjectiveCoverage oc : summary.getObjectives()) {
			Item objective = oc.getObjective();
			List<CoverageData.CellData> cells = new ArrayList<>();
			for (SessionCoverage cell : oc.getCells()) {
				String key = keys.get(cell.getSession());
				if (key != null) {
					cells.add(new CoverageData.CellData(key, cell.getDay(), CoverageData.Strength.of(cell.getStrength())));
				}
			}
			cells.sort(Comparator.comparingInt(c -> sessionIndex(sessions, c.session())));
			objectives.add(new CoverageData.ObjectiveData(oc.getObjectiveId(), oc.getThemeId(), objective == null ? null : objective.getText(),
					depth(objective), oc.isLeaf(), oc.getStatus() == null ? null : oc.getStatus().getLiteral(), oc.isAssessed(),
					reason(oc.getGap()), List.copyOf(cells)));
		}
		// themes
		List<CoverageData.ThemeData> themes = new ArrayList<>();
		for (ThemeCoverage tc : summary.getThemes()) {
			String title = tc.getTheme() != null && tc.getTheme().getTitle() != null ? tc.getTheme().getTitle()
					: themeTitles.getOrDefault(tc.getThemeId(), tc.getThemeId());
			boolean appendix = tc.getTheme() != null && !(tc.getTheme().eContainer() instanceof Framework);
			boolean asked = tc.getTheme() == null || Modalities.checked(Modalities.of(tc.getTheme()));
			themes.add(new CoverageData.ThemeData(tc.getThemeId(), title, appendix, asked, tc.getObjectives(), tc.getCovered(), tc.getPartly(),
					tc.getGaps(), tc.getPercent()));
		}
		// threads
		List<CoverageData.ThreadData> threads = new ArrayList<>();
		for (ThreadWeave weave : summary.getThreads()) {
			GoldenThread thread = weave.getThread();
			threads.add(new CoverageData.ThreadData(weave.getThreadId(), thread == null ? weave.getThreadId() : thread.getTitle(),
					List.copyOf(weave.getDays()), List.copyOf(weave.getModules()), weave.getSessions(), weave.isDeliveryExpected(),
					weave.isInDelivery(), weave.getRequiredDays(),
					spreadShort.contains(weave.getThreadId()) && weave.getDays().size() >= weave.getRequiredDays()));
		}
		// assessments and alignment
		List<CoverageData.AssessmentData> assessments = new ArrayList<>();
		for (CourseAssessment a : course.getAssessments()) {
			assessments.add(new CoverageData.AssessmentData(assessmentId(a), a.getTitle(), a.getForm() == null ? null : a.getForm().getLiteral(),
					a.getWords(), a.getMinutes(), a.getWeight(), a.isFormative(),
					a.getFulfils() == null || a.getFulfils().eIsProxy() ? null : a.getFulfils().getName()));
		}
		List<CoverageData.AlignmentData> outcomes = new ArrayList<>();
		for (Alignment alignment : summary.getOutcomes()) {
			outcomes.add(alignment(alignment));
		}
		List<CoverageData.AlignmentData> elements = new ArrayList<>();
		for (Alignment alignment : summary.getElements()) {
			elements.add(alignment(alignment));
		}
		return new CoverageData(List.copyOf(sessions), List.copyOf(dayData), List.copyOf(objectives), List.copyOf(themes),
				List.copyOf(threads), List.copyOf(assessments), List.copyOf(outcomes), List.copyOf(elements), summary.getRequiredTeachingDays());
	}

	private static int sessionIndex(List<CoverageData.SessionData> sessions, String key) {
		for (int i = 0; i < sessions.size(); i++) {
			if (sessions.get(i).key().equals(key)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static CoverageData.AlignmentData alignment(Alignment alignment) {
		EObject target = alignment.getTarget();
		String text = target instanceof LearningOutcome o ? o.getText()
				: target instanceof org.goldthread.model.AssessmentElement e ? e.getText() : null;
		List<String> ids = alignment.getAssessments().stream().map(ReportData::assessmentId).toList();
		return new CoverageData.AlignmentData(alignment.getTargetId(), text, ids, reason(alignment.getGap()));
	}

	/** A course assessment's id; its title when it has none; its position when it has neither (a file that did not parse). */
	public static String assessmentId(CourseAssessment a) {
		if (a.getName() != null) {
			return a.getName();
		}
		if (a.getTitle() != null) {
			return a.getTitle();
		}
		return "assessment " + (a.eContainer() instanceof Course c ? c.getAssessments().indexOf(a) + 1 : 1);
	}

	private static int depth(Item objective) {
		int depth = 0;
		for (EObject e = objective == null ? null : objective.eContainer(); e instanceof Item; e = e.eContainer()) {
			depth++;
		}
		return depth;
	}

	private static String reason(JustifiedGap gap) {
		return gap == null ? null : gap.getReason() == null ? "" : gap.getReason();
	}

	/**
	 * File paths relative to the context's folder (with {@code ..} when the file lies outside it), with
	 * forward slashes, never absolute; URIs of other schemes (the shipped frameworks') as they are.
	 */
	public static String displayPath(String uri, RenderContext context) {
		if (uri == null) {
			return null;
		}
		if (uri.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*")) {
			if (!uri.startsWith("file:")) {
				return uri;
			}
			uri = org.eclipse.emf.common.util.URI.createURI(uri).toFileString();
			if (uri == null) {
				return null;
			}
		}
		try {
			Path path = Path.of(uri);
			if (context.baseDir() != null) {
				Path absolute = path.toAbsolutePath().normalize();
				try {
					path = context.baseDir().relativize(absolute); // ../x/a.course when it lies beside the folder
				} catch (IllegalArgumentException otherRoot) {
					path = absolute.getFileName(); // another drive: never a path of this machine
				}
			}
			return path == null ? uri : path.toString().replace('\\', '/');
		} catch (InvalidPathException e) {
			return uri;
		}
	}

	private static String stem(String file) {
		if (file == null) {
			return "document";
		}
		String name = file.substring(file.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
