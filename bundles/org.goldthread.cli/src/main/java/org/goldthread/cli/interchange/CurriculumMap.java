package org.goldthread.cli.interchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goldthread.cli.interchange.Spreadsheets.Grid;
import org.goldthread.cli.interchange.Spreadsheets.SpreadsheetException;
import org.goldthread.model.Framework;
import org.goldthread.model.Item;
import org.goldthread.model.Section;

/**
 * A curriculum map (a matrix of objectives against sessions, in either orientation) as the text of
 * a course skeleton: modules, teaching days and sessions from the header rows (or columns), and a
 * {@code covers} with a strength for each mark. Objectives are matched by id, by name or by text
 * (fuzzy, above a threshold), and each guess is reported; rows that match no objective are listed,
 * never dropped silently; marks not in the legend are warned about and not counted.
 */
public final class CurriculumMap {

	/** How objectives lie in the sheet. */
	public enum Orientation {
		AUTO, ROWS, COLUMNS
	}

	/** The choices a user may make; null for "detect". */
	public record Options(String courseId, String title, String sheet, Orientation orientation, double threshold, Map<String, String> legend,
			String sessionFormat) {
	}

	/** What the import made and what it had to say about it. */
	public record Result(String text, String sheet, List<String> notes, List<String> warnings, List<String> unmatched, int sessions, int covers) {
	}

	/** One objective of the framework, as a spreadsheet may name it. */
	record Objective(String code, String name, String text, String normalised) {
	}

	/** A match of a label to an objective. */
	record Match(Objective objective, double score, String how) {
	}

	/** The marks every map uses, unless a legend in the workbook or the options says otherwise; "" is plain covers. */
	static final Map<String, String> DEFAULT_LEGEND = new LinkedHashMap<>();

	static {
		for (String covers : List.of("x", "✓", "✔", "•", "●", "y", "yes", "*", "covers", "covered")) {
			DEFAULT_LEGEND.put(covers, "");
		}
		DEFAULT_LEGEND.put("i", "introduces");
		DEFAULT_LEGEND.put("d", "develops");
		DEFAULT_LEGEND.put("m", "masters");
		DEFAULT_LEGEND.put("p", "partly");
		DEFAULT_LEGEND.put("1", "introduces");
		DEFAULT_LEGEND.put("2", "develops");
		DEFAULT_LEGEND.put("3", "masters");
		for (String s : List.of("introduces", "introduced", "introduce", "intro")) {
			DEFAULT_LEGEND.put(s, "introduces");
		}
		for (String s : List.of("develops", "developed", "develop", "reinforced")) {
			DEFAULT_LEGEND.put(s, "develops");
		}
		for (String s : List.of("masters", "mastered", "mastery", "master")) {
			DEFAULT_LEGEND.put(s, "masters");
		}
		for (String s : List.of("partly", "partial", "partially")) {
			DEFAULT_LEGEND.put(s, "partly");
		}
	}

	/** "I = Introduced", "D: developed", "X – covered": legend entries, one or more in a cell. */
	private static final Pattern LEGEND_ENTRY = Pattern.compile("(?:^\\s*|[,;(:]\\s*)([^\\s=:,;]{1,3})\\s*(?:=|:|–|—|-)\\s*(\\p{L}{4,})");
	private static final Pattern DAY = Pattern.compile("^(?:teaching\\s+)?day\\s*(\\d+)\\s*(?:[:.–—-]\\s*)?(.*)$", Pattern.CASE_INSENSITIVE);

	private final Framework framework;
	private final Options options;
	private final List<Objective> objectives = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final List<String> unmatched = new ArrayList<>();
	private final Map<String, String> legend = new LinkedHashMap<>();

	private CurriculumMap(Framework framework, Options options) {
		this.framework = framework;
		this.options = options;
		for (Section section : framework.getSections()) {
			collect(section);
		}
		framework.getAppendices().forEach(a -> a.getSections().forEach(this::collect));
	}

	private void collect(Section section) {
		for (Item item : section.getItems()) {
			collect(item);
		}
	}

	private void collect(Item item) {
		String code = CaseExport.objectiveCode(item);
		objectives.add(new Objective(code, item.getName(), item.getText() == null ? "" : item.getText(), normalise(item.getText())));
		item.getChildren().forEach(this::collect);
	}

	/**
	 * The course the map describes. {@code warnings} may already hold the reader's warnings (formulas);
	 * the result's warnings include them.
	 */
	public static Result read(List<Grid> sheets, Framework framework, Options options, List<String> readerWarnings) throws SpreadsheetException {
		CurriculumMap map = new CurriculumMap(framework, options);
		map.warnings.addAll(readerWarnings);
		return map.run(sheets);
	}

	private Result run(List<Grid> sheets) throws SpreadsheetException {
		if (objectives.isEmpty()) {
			throw new SpreadsheetException("the framework " + framework.getName() + " has no objectives to map onto");
		}
		// the legend: given, or found in the workbook, or the usual marks
		legend.putAll(DEFAULT_LEGEND);
		if (options.legend() != null && !options.legend().isEmpty()) {
			legend.clear();
			options.legend().forEach((k, v) -> legend.put(k.toLowerCase(Locale.ROOT), v));
			notes.add("legend (given): " + describe(options.legend()));
		} else {
			Map<String, String> found = findLegend(sheets);
			if (!found.isEmpty()) {
				legend.putAll(found);
				notes.add("legend found in the workbook: " + describe(found));
			}
		}
		// the sheet: named, or the one where most labels match objectives
		Grid best = null;
		boolean transposed = false;
		int bestScore = -1;
		for (Grid sheet : sheets) {
			if (options.sheet() != null && !sheet.name().equals(options.sheet())) {
				continue;
			}
			int rows = matchingLines(sheet, false);
			int columns = matchingLines(sheet, true);
			boolean t = options.orientation() == Orientation.COLUMNS || options.orientation() == Orientation.AUTO && columns > rows;
			int score = t ? columns : rows;
			if (score > bestScore) {
				best = sheet;
				bestScore = score;
				transposed = t;
			}
		}
		if (best == null) {
			throw new SpreadsheetException(options.sheet() != null ? "there is no sheet called '" + options.sheet() + "'" : "the workbook has no sheets");
		}
		if (bestScore <= 0) {
			throw new SpreadsheetException("no row or column of " + (sheets.size() == 1 ? "the sheet" : "any sheet") + " names an objective of "
					+ framework.getName() + " (by id, name or text above the threshold " + options.threshold()
					+ "); is it the right framework? Lower --threshold to accept looser matches");
		}
		for (Grid sheet : sheets) {
			if (sheet != best) {
				notes.add("sheet '" + sheet.name() + "' was not used (the map is on sheet '" + best.name() + "'; choose another with --sheet)");
			}
		}
		notes.add("objectives are in the " + (transposed ? "columns" : "rows") + " of sheet '" + best.name() + "'");
		Grid grid = transposed ? transpose(best) : best;
		return course(grid, best.name(), transposed);
	}

	private Result course(Grid grid, String sheetName, boolean transposed) throws SpreadsheetException {
		int height = grid.rows().size();
		int width = grid.width();
		// objective rows and the columns that hold marks
		Match[] matches = new Match[height];
		int[] labelColumn = new int[height];
		boolean[] legendRow = new boolean[height];
		int firstObjectiveRow = -1;
		for (int r = 0; r < height; r++) {
			legendRow[r] = isLegendLine(grid, r);
			if (legendRow[r]) {
				continue;
			}
			Match best = null;
			for (int c = 0; c < Math.min(width, LABEL_COLUMNS); c++) {
				Match m = match(grid.cell(r, c));
				if (m != null && (best == null || m.score() > best.score())) {
					best = m;
					labelColumn[r] = c;
				}
			}
			if (best != null && best.score() >= options.threshold()) {
				matches[r] = best;
				if (firstObjectiveRow < 0) {
					firstObjectiveRow = r;
				}
			}
		}
		int lastLabelColumn = 0;
		for (int r = 0; r < height; r++) {
			if (matches[r] != null) {
				lastLabelColumn = Math.max(lastLabelColumn, labelColumn[r]);
			}
		}
		// the label columns are those up to the last one holding objective labels, and any text columns
		// after it (an objective's text beside its id): the marks are to their right
		int firstMarkColumn = lastLabelColumn + 1;
		while (firstMarkColumn < width && texty(grid, matches, firstMarkColumn)) {
			firstMarkColumn++;
		}
		// header lines: above the first objective, with text among the mark columns
		List<Integer> headers = new ArrayList<>();
		for (int r = 0; r < firstObjectiveRow; r++) {
			if (legendRow[r]) {
				continue;
			}
			for (int c = firstMarkColumn; c < width; c++) {
				if (!grid.cell(r, c).isEmpty()) {
					headers.add(r);
					break;
				}
			}
		}
		String axis = transposed ? "column" : "row";
		String other = transposed ? "row" : "column";
		if (headers.isEmpty()) {
			throw new SpreadsheetException("sheet '" + sheetName + "': no header " + axis + " names the sessions above the first objective (" + axis
					+ " " + (firstObjectiveRow + 1) + ")");
		}
		int sessionRow = headers.get(headers.size() - 1);
		Integer dayRow = null;
		Integer moduleRow = null;
		for (int i = headers.size() - 2; i >= 0; i--) {
			int r = headers.get(i);
			if (dayRow == null && mostlyDays(grid, r, firstMarkColumn, width)) {
				dayRow = r;
			} else if (moduleRow == null) {
				moduleRow = r;
			}
		}
		// sessions: the columns with a session header
		record Column(int index, String module, String day, String session) {
		}
		List<Column> columns = new ArrayList<>();
		for (int c = firstMarkColumn; c < width; c++) {
			String session = grid.cell(sessionRow, c);
			boolean marked = false;
			for (int r = firstObjectiveRow; r < height && !marked; r++) {
				marked = !legendRow[r] && !grid.cell(r, c).isEmpty();
			}
			if (session.isEmpty()) {
				if (marked) {
					session = "Session " + (columns.size() + 1);
					warnings.add(other + " " + label(c, transposed) + " has marks but no session title; it is called '" + session + "'");
				} else {
					continue;
				}
			}
			columns.add(new Column(c, moduleRow == null ? "" : grid.cell(moduleRow, c), dayRow == null ? "" : grid.cell(dayRow, c), session));
		}
		if (columns.isEmpty()) {
			throw new SpreadsheetException("sheet '" + sheetName + "': no sessions found in the header " + axis + " " + (sessionRow + 1));
		}
		// the marks
		Map<Integer, Map<String, String>> covers = new HashMap<>(); // column -> objective code -> strength
		Map<String, List<String>> unknownMarks = new TreeMap<>();
		int coverCount = 0;
		for (int r = firstObjectiveRow; r < height; r++) {
			if (legendRow[r]) {
				continue;
			}
			boolean anyMark = false;
			boolean anyText = false;
			for (int c = 0; c < firstMarkColumn; c++) {
				anyText |= !grid.cell(r, c).isEmpty();
			}
			for (Column column : columns) {
				String mark = grid.cell(r, column.index());
				if (mark.isEmpty()) {
					continue;
				}
				anyMark = true;
				String strength = legend.get(mark.toLowerCase(Locale.ROOT));
				if (strength == null) {
					unknownMarks.computeIfAbsent(mark, k -> new ArrayList<>()).add(label(r, column.index(), transposed));
					continue;
				}
				if (matches[r] == null) {
					continue;
				}
				Map<String, String> sessionCovers = covers.computeIfAbsent(column.index(), k -> new LinkedHashMap<>());
				String code = matches[r].objective().code();
				String before = sessionCovers.get(code);
				if (before != null) {
					warnings.add("objective " + code + " is marked twice for session '" + column.session() + "' (" + axis + "s matching it: see above); the stronger mark counts");
					if (rank(strength) <= rank(before)) {
						continue;
					}
				} else {
					coverCount++;
				}
				sessionCovers.put(code, strength);
			}
			String text = rowText(grid, r, firstMarkColumn);
			if (matches[r] == null && (anyMark || anyText) && !text.isEmpty()) {
				unmatched.add(axis + " " + (r + 1) + " '" + text + "'" + (anyMark ? " has marks but" : "") + " matches no objective of " + framework.getName());
			} else if (matches[r] != null && !matches[r].how().equals("id")) {
				notes.add(axis + " " + (r + 1) + " '" + abbreviate(grid.cell(r, labelColumn[r])) + "' → " + matches[r].objective().code() + " ("
						+ matches[r].how() + " match, " + String.format(Locale.ROOT, "%.2f", matches[r].score()) + ")");
			}
		}
		unknownMarks.forEach((mark, cells) -> warnings.add("unknown mark '" + mark + "' in " + (cells.size() == 1 ? "cell " : cells.size() + " cells: ")
				+ String.join(", ", cells.subList(0, Math.min(cells.size(), 8))) + (cells.size() > 8 ? ", …" : "")
				+ "; not counted (the legend knows " + String.join(" ", legendKeys()) + "; give --legend to add it)"));

		// the course text
		StringBuilder out = new StringBuilder();
		out.append("course ").append(options.courseId()).append(' ').append(CaseImport.quote(options.title())).append('\n');
		out.append("\timplements ").append(framework.getName());
		if (framework.getVersion() != null) {
			out.append(" version ").append(CaseImport.quote(framework.getVersion()));
		}
		out.append('\n');
		Map<String, Integer> moduleIds = new HashMap<>();
		java.util.Set<String> usedModuleIds = new java.util.HashSet<>();
		String currentModule = null;
		String currentDay = null;
		int moduleCount = 0;
		int dayNumber = 0;
		boolean defaultedFormat = false;
		for (Column column : columns) {
			String module = column.module().isEmpty() ? "Module 1" : column.module();
			if (!module.equals(currentModule)) {
				if (currentModule != null) {
					out.append("\t}\n}\n");
				}
				moduleCount++;
				String id = CaseImport.camel(module.replaceFirst("(?i)^module\\s*\\d*\\s*[:.–—-]?\\s*", ""));
				if (id.equals("item")) {
					id = "module" + moduleCount;
				}
				String unique = id;
				for (int n = 2; !usedModuleIds.add(unique); n++) {
					unique = id + n;
				}
				moduleIds.put(module, moduleCount);
				out.append("\nmodule ").append(unique).append(' ').append(CaseImport.quote(module)).append(" {\n");
				currentModule = module;
				currentDay = null;
			}
			String day = column.day().isEmpty() ? null : column.day();
			String dayKey = day == null ? "" : day;
			if (currentDay == null || !currentDay.equals(dayKey)) {
				if (currentDay != null) {
					out.append("\t}\n");
				}
				String title;
				int number;
				Matcher m = day == null ? null : DAY.matcher(day);
				if (m != null && m.matches()) {
					number = Integer.parseInt(m.group(1));
					title = m.group(2).isBlank() ? "Day " + number : m.group(2).strip();
				} else {
					number = dayNumber + 1;
					title = day == null ? module : day;
				}
				dayNumber = Math.max(dayNumber, number);
				out.append("\tday ").append(number).append(' ').append(CaseImport.quote(title)).append(" {\n");
				currentDay = dayKey;
			}
			String format = format(column.session());
			if (format == null) {
				format = options.sessionFormat();
				defaultedFormat = true;
			}
			out.append("\t\tsession ").append(CaseImport.quote(column.session())).append(' ').append(format);
			Map<String, String> sessionCovers = covers.getOrDefault(column.index(), Map.of());
			if (!sessionCovers.isEmpty()) {
				List<String> parts = new ArrayList<>();
				sessionCovers.forEach((code, strength) -> parts.add(strength.isEmpty() ? code : code + " " + strength));
				out.append("\n\t\t\tcovers ").append(String.join(", ", parts));
			}
			out.append('\n');
		}
		out.append("\t}\n}\n");
		if (defaultedFormat) {
			notes.add("sessions whose title names no teaching format are " + options.sessionFormat() + " sessions (change with --session-format)");
		}
		return new Result(out.toString(), sheetName, notes, warnings, unmatched, columns.size(), coverCount);
	}

	/** Whether most of the column's filled cells in objective rows are text rather than marks. */
	private boolean texty(Grid grid, Match[] matches, int column) {
		int text = 0;
		int filled = 0;
		for (int r = 0; r < matches.length; r++) {
			String v = grid.cell(r, column);
			if (matches[r] != null && !v.isEmpty()) {
				filled++;
				if (v.length() > 3 && !legend.containsKey(v.toLowerCase(Locale.ROOT))) {
					text++;
				}
			}
		}
		return filled > 0 && text * 2 > filled;
	}

	/** How far from the left (or top) objective labels are looked for. */
	private static final int LABEL_COLUMNS = 12;

	private static int rank(String strength) {
		return switch (strength) {
		case "masters" -> 4;
		case "develops" -> 3;
		case "" -> 2;
		case "introduces" -> 1;
		default -> 0;
		};
	}

	private List<String> legendKeys() {
		return legend.keySet().stream().filter(k -> k.length() <= 2).map(k -> k.toUpperCase(Locale.ROOT)).distinct().toList();
	}

	private static String format(String title) {
		String t = title.toLowerCase(Locale.ROOT);
		if (t.contains("action learning")) {
			return "action-learning";
		}
		if (t.contains("small group") || t.contains("small-group")) {
			return "small-group";
		}
		if (t.contains("self-directed") || t.contains("self directed")) {
			return "self-directed";
		}
		for (String f : List.of("lecture", "seminar", "workshop", "tutorial", "simulation", "online")) {
			if (t.contains(f)) {
				return f;
			}
		}
		return null;
	}

	private static String rowText(Grid grid, int r, int firstMarkColumn) {
		List<String> parts = new ArrayList<>();
		for (int c = 0; c < firstMarkColumn; c++) {
			if (!grid.cell(r, c).isEmpty()) {
				parts.add(grid.cell(r, c));
			}
		}
		return abbreviate(String.join(" | ", parts));
	}

	private static String abbreviate(String s) {
		return s.length() > 70 ? s.substring(0, 67) + "…" : s;
	}

	private static String label(int row, int column, boolean transposed) {
		return transposed ? new org.apache.poi.ss.util.CellReference(column, row).formatAsString()
				: new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
	}

	private static String label(int column, boolean transposed) {
		return transposed ? Integer.toString(column + 1) : org.apache.poi.ss.util.CellReference.convertNumToColString(column);
	}

	private boolean mostlyDays(Grid grid, int r, int from, int width) {
		int days = 0;
		int filled = 0;
		for (int c = from; c < width; c++) {
			String v = grid.cell(r, c);
			if (!v.isEmpty()) {
				filled++;
				if (DAY.matcher(v).matches()) {
					days++;
				}
			}
		}
		return filled > 0 && days * 2 >= filled;
	}

	/** How many lines (rows, or columns when {@code columns}) name an objective. */
	private int matchingLines(Grid grid, boolean columns) {
		int width = grid.width();
		int count = 0;
		int lines = columns ? width : grid.rows().size();
		int across = columns ? grid.rows().size() : width;
		for (int i = 0; i < lines; i++) {
			for (int j = 0; j < Math.min(across, 12); j++) {
				String cell = columns ? grid.cell(j, i) : grid.cell(i, j);
				Match m = match(cell);
				if (m != null && m.score() >= options.threshold()) {
					count++;
					break;
				}
			}
		}
		return count;
	}

	private static Grid transpose(Grid grid) {
		int width = grid.width();
		List<List<String>> rows = new ArrayList<>();
		for (int c = 0; c < width; c++) {
			List<String> row = new ArrayList<>();
			for (int r = 0; r < grid.rows().size(); r++) {
				row.add(grid.cell(r, c));
			}
			rows.add(row);
		}
		return new Grid(grid.name(), rows);
	}

	private boolean isLegendLine(Grid grid, int r) {
		for (String cell : grid.rows().get(r)) {
			if (!legendEntries(cell).isEmpty() || cell.toLowerCase(Locale.ROOT).matches("(key|legend)\\b.*")) {
				return true;
			}
		}
		return false;
	}

	/** The legend entries in a cell ("I = introduced, D = developed"): mark → strength. */
	private static Map<String, String> legendEntries(String cell) {
		Map<String, String> entries = new LinkedHashMap<>();
		Matcher m = LEGEND_ENTRY.matcher(cell);
		while (m.find()) {
			String word = m.group(2).toLowerCase(Locale.ROOT);
			String strength = DEFAULT_LEGEND.get(word);
			if (strength == null) {
				for (Map.Entry<String, String> e : DEFAULT_LEGEND.entrySet()) {
					if (e.getKey().length() > 3 && word.startsWith(e.getKey().substring(0, 4))) {
						strength = e.getValue();
						break;
					}
				}
			}
			if (strength != null) {
				entries.put(m.group(1).toLowerCase(Locale.ROOT), strength);
			}
		}
		return entries;
	}

	private static Map<String, String> findLegend(List<Grid> sheets) {
		Map<String, String> found = new LinkedHashMap<>();
		for (Grid sheet : sheets) {
			for (List<String> row : sheet.rows()) {
				for (String cell : row) {
					found.putAll(legendEntries(cell));
				}
			}
		}
		return found;
	}

	private static String describe(Map<String, String> legend) {
		List<String> parts = new ArrayList<>();
		legend.forEach((k, v) -> parts.add(k.toUpperCase(Locale.ROOT) + "=" + (v.isEmpty() ? "covers" : v)));
		return String.join(", ", parts);
	}

	/** The best objective for a label: by id (qualified or not), by name, or by text; null when nothing comes near. */
	Match match(String label) {
		if (label == null || label.isBlank() || label.length() < 3) {
			return null;
		}
		String l = label.strip();
		String prefix = framework.getName() + ".";
		String code = l.startsWith(prefix) ? l.substring(prefix.length()) : l;
		Match byName = null;
		int named = 0;
		for (Objective o : objectives) {
			if (o.code().equalsIgnoreCase(code)) {
				return new Match(o, 1.0, "id");
			}
			if (o.name().equalsIgnoreCase(code)) {
				byName = new Match(o, 0.95, "name");
				named++;
			}
		}
		if (named == 1) {
			return byName;
		}
		String n = normalise(l);
		if (n.length() < 4) {
			return null;
		}
		Match best = null;
		for (Objective o : objectives) {
			double score = similarity(n, o.normalised());
			if (best == null || score > best.score()) {
				best = new Match(o, score, score == 1.0 ? "text" : "fuzzy text");
			}
		}
		return best;
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		t = t.replace('’', '\'').replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return t;
	}

	/** Sørensen–Dice similarity of the character bigrams, or 0.9 when one text starts the other (a shortened label). */
	static double similarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		if (a.length() >= 20 && b.startsWith(a.replaceAll("\\s*\\.*$", ""))) {
			return 0.9;
		}
		Map<String, Integer> bigrams = new HashMap<>();
		for (int i = 0; i + 1 < a.length(); i++) {
			bigrams.merge(a.substring(i, i + 2), 1, Integer::sum);
		}
		int common = 0;
		for (int i = 0; i + 1 < b.length(); i++) {
			String g = b.substring(i, i + 2);
			Integer count = bigrams.get(g);
			if (count != null && count > 0) {
				bigrams.put(g, count - 1);
				common++;
			}
		}
		int total = Math.max(0, a.length() - 1) + Math.max(0, b.length() - 1);
		return total == 0 ? 0 : 2.0 * common / total;
	}

	static Set<String> strengths() {
		return Set.of("", "introduces", "develops", "masters", "partly");
	}
}
