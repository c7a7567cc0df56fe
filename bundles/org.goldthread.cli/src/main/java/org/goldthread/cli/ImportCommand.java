package org.goldthread.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.goldthread.cli.interchange.CaseImport;
import org.goldthread.cli.interchange.CurriculumMap;
import org.goldthread.cli.interchange.Spreadsheets;
import org.goldthread.cli.interchange.Spreadsheets.Grid;
import org.goldthread.cli.interchange.Spreadsheets.SpreadsheetException;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "Makes Goldthread files from what people already have: CASE 1.1 frameworks, and curriculum maps in workbooks or CSV files.",
				"The result is written in the canonical layout, never over an existing file unless --force, and checked at once." },
		subcommands = { ImportCommand.Case.class, ImportCommand.Xlsx.class, ImportCommand.Csv.class },
		footer = { "", "Examples:", "  goldthread import case standards.json --output standards.framework",
				"  goldthread import xlsx map.xlsx --framework cypmh.leadership --output my.course",
				"", "Exit codes: 0 written, 2 usage, I/O or unreadable input, 3 internal error (--debug shows the trace)." })
class ImportCommand {

	/** Common to the three: the output file and --force. */
	abstract static class Base implements Callable<Integer> {
		@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The file to write.")
		Path output;

		@Option(names = "--force", description = "Replace the output file if it exists.")
		boolean force;

		abstract String extensions();

		abstract void run(Injector injector) throws Interchange.UserError, IOException;

		@Override
		public Integer call() {
			String name = output.getFileName() == null ? "" : output.getFileName().toString();
			if (!name.contains(".") || !List.of(extensions().split(" ")).contains(name.substring(name.lastIndexOf('.') + 1))) {
				System.err.println("goldthread: " + output + ": the output must be a ." + extensions().replace(" ", " or .") + " file");
				return 2;
			}
			if (Files.exists(output) && !force) {
				System.err.println("goldthread: " + output + ": already exists; give --force to replace it");
				return 2;
			}
			try {
				run(GoldthreadStandaloneSetup.doSetup());
				return 0;
			} catch (Interchange.UserError e) {
				System.err.println("goldthread: " + Output.terminalSafe(e.getMessage()));
			} catch (FileAlreadyExistsException e) {
				System.err.println("goldthread: " + e.getFile() + ": already exists; give --force to replace it");
			} catch (NoSuchFileException e) {
				System.err.println("goldthread: " + e.getFile() + ": no such file or folder");
			} catch (IOException e) {
				System.err.println("goldthread: " + Output.terminalSafe(e.getMessage()));
			}
			return 2;
		}

		/** Formats {@code text} canonically, writes it atomically and checks it. */
		void write(Injector injector, String text, List<Path> frameworks) throws Interchange.UserError, IOException {
			String formatted = FormatCommand.format(injector, output, text);
			if (formatted == null) {
				throw new Interchange.UserError(output + ": the imported text could not be formatted (please report this); nothing was written");
			}
			Interchange.writeNew(output, formatted.getBytes(StandardCharsets.UTF_8), force);
			System.out.println("wrote " + output);
			Interchange.checkAndSummarise(output, frameworks);
		}
	}

	@Command(name = "case", mixinStandardHelpOptions = true,
			description = { "Imports a CASE 1.1 package (CFPackage JSON) as a framework: the tree from isChildOf, ids from humanCodingScheme",
					"or the statements (collisions resolved and reported). A package Goldthread exported comes back whole." })
	static class Case extends Base {
		@Parameters(index = "0", paramLabel = "FILE.json", description = "The CASE package.")
		Path input;

		@Option(names = "--id", paramLabel = "ID", description = "The framework's id (default: the one in a Goldthread export, or one made from the title).")
		String id;

		@Override
		String extensions() {
			return "framework curriculum";
		}

		@Override
		void run(Injector injector) throws Interchange.UserError, IOException {
			if (!Files.isRegularFile(input)) {
				throw new Interchange.UserError(input + ": no such file");
			}
			JsonNode pack;
			try {
				pack = new ObjectMapper().readTree(input.toFile());
			} catch (JsonProcessingException e) {
				throw new Interchange.UserError(input + ": not JSON (" + Spreadsheets_firstLine(e.getOriginalMessage()) + " at line "
						+ (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
			}
			CaseImport.Result result;
			try {
				result = CaseImport.read(pack, id);
			} catch (CaseImport.CaseException e) {
				throw new Interchange.UserError(input + ": " + e.getMessage());
			}
			result.notes().forEach(n -> System.out.println("note: " + Output.terminalSafe(n)));
			write(injector, result.text(), List.of());
		}
	}

	/** Options of the curriculum-map imports. */
	abstract static class MapImport extends Base {
		@Parameters(index = "0", paramLabel = "MAP", description = "The curriculum map.")
		Path input;

		@Option(names = "--framework", required = true, paramLabel = "ID|FILE", description = "The framework the course implements: a shipped framework's id or a framework file.")
		String framework;

		@Option(names = "--id", paramLabel = "ID", description = "The course's id (default: made from the output file's name).")
		String id;

		@Option(names = "--title", paramLabel = "TEXT", description = "The course's title (default: the map's file name).")
		String title;

		@Option(names = "--sheet", paramLabel = "NAME", description = "The sheet with the map (default: the one whose rows or columns name most objectives).")
		String sheet;

		@Option(names = "--objectives-in", paramLabel = "rows|columns", description = "Where the objectives are (default: detected).")
		String objectivesIn;

		@Option(names = "--threshold", defaultValue = "0.75", paramLabel = "0..1",
				description = "How close a label's text must be to an objective's to count as naming it (default: ${DEFAULT-VALUE}).")
		double threshold;

		@Option(names = "--legend", paramLabel = "MARK=STRENGTH,...",
				description = "The marks and what they mean (introduces, develops, masters, partly, covers), e.g. I=introduces,R=develops,X=covers (default: a legend found in the workbook, or X ✓ I/D/M 1-3).")
		String legend;

		@Option(names = "--session-format", defaultValue = "lecture", paramLabel = "FORMAT",
				description = "The teaching format of sessions whose title names none (default: ${DEFAULT-VALUE}).")
		String sessionFormat;

		@Override
		String extensions() {
			return "course";
		}

		abstract List<Grid> read(List<String> warnings) throws SpreadsheetException;

		@Override
		void run(Injector injector) throws Interchange.UserError, IOException {
			if (!Files.isRegularFile(input)) {
				throw new Interchange.UserError(input + ": no such file");
			}
			if (threshold <= 0 || threshold > 1) {
				throw new Interchange.UserError("--threshold must be above 0 and at most 1");
			}
			if (!List.of("lecture", "seminar", "workshop", "small-group", "tutorial", "action-learning", "simulation", "self-directed", "online")
					.contains(sessionFormat)) {
				throw new Interchange.UserError("--session-format " + sessionFormat + " is not a teaching format");
			}
			CurriculumMap.Orientation orientation = objectivesIn == null ? CurriculumMap.Orientation.AUTO : switch (objectivesIn) {
			case "rows" -> CurriculumMap.Orientation.ROWS;
			case "columns" -> CurriculumMap.Orientation.COLUMNS;
			default -> throw new Interchange.UserError("--objectives-in takes rows or columns");
			};
			GoldthreadChecker checker = new GoldthreadChecker(injector);
			List<Path> frameworks = new ArrayList<>();
			if (Files.isRegularFile(Path.of(framework))) {
				frameworks.add(Path.of(framework));
			}
			Document document = Interchange.document(checker, framework, List.of());
			if (!(document instanceof Framework fw)) {
				throw new Interchange.UserError(framework + ": not a framework");
			}
			String stem = output.getFileName().toString().replaceAll("\\.[^.]*$", "");
			String courseId = id != null ? id : CaseImport.camel(stem);
			if (!courseId.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) {
				throw new Interchange.UserError("'" + courseId + "' is not a valid course id");
			}
			String courseTitle = title != null ? title : input.getFileName().toString().replaceAll("\\.[^.]*$", "");
			List<String> warnings = new ArrayList<>();
			CurriculumMap.Result result;
			try {
				List<Grid> grids = read(warnings);
				result = CurriculumMap.read(grids, fw,
						new CurriculumMap.Options(courseId, courseTitle, sheet, orientation, threshold, legend(), sessionFormat), warnings);
			} catch (SpreadsheetException e) {
				throw new Interchange.UserError(Output.terminalSafe(e.getMessage()));
			}
			System.out.println("read " + input + ": sheet '" + Output.terminalSafe(result.sheet()) + "', " + result.sessions() + " sessions, "
					+ result.covers() + " covers");
			result.notes().forEach(n -> System.out.println("note: " + Output.terminalSafe(n)));
			result.warnings().forEach(w -> System.out.println("warning: " + Output.terminalSafe(w)));
			result.unmatched().forEach(u -> System.out.println("unmatched: " + Output.terminalSafe(u)));
			write(injector, result.text(), frameworks);
		}

		private Map<String, String> legend() throws Interchange.UserError {
			if (legend == null) {
				return null;
			}
			Map<String, String> map = new LinkedHashMap<>();
			for (String entry : legend.split(",")) {
				String[] kv = entry.split("=", 2);
				String strength = kv.length == 2 ? kv[1].strip().toLowerCase(Locale.ROOT) : "";
				if (kv.length != 2 || kv[0].isBlank() || !List.of("introduces", "develops", "masters", "partly", "covers").contains(strength)) {
					throw new Interchange.UserError("--legend: '" + entry + "' is not MARK=STRENGTH (introduces, develops, masters, partly or covers)");
				}
				map.put(kv[0].strip(), strength.equals("covers") ? "" : strength);
			}
			return map;
		}
	}

	@Command(name = "xlsx", mixinStandardHelpOptions = true,
			description = { "Imports a curriculum-map workbook (.xlsx or .xls) as a course skeleton: modules, days and sessions from the header",
					"rows or columns, covers with strengths from the marks. Each guess and every unmatched row is reported." })
	static class Xlsx extends MapImport {
		@Override
		List<Grid> read(List<String> warnings) throws SpreadsheetException {
			return Spreadsheets.readWorkbook(input, warnings);
		}
	}

	@Command(name = "csv", mixinStandardHelpOptions = true,
			description = { "Imports a curriculum map saved as CSV (comma, semicolon or tab separated, UTF-8), as `import xlsx` does." })
	static class Csv extends MapImport {
		@Override
		List<Grid> read(List<String> warnings) throws SpreadsheetException {
			return List.of(Spreadsheets.readCsv(input));
		}
	}

	private static String Spreadsheets_firstLine(String message) {
		return message == null ? "unreadable" : message.strip().lines().findFirst().orElse("unreadable");
	}
}
