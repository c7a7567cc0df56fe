package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code goldthread report --format xlsx,csv} for the report tests' fixture courses (two examples
 * and one full of hostile text), read back with Apache POI: the sheets, their headers, frozen header
 * rows and filters, as many rows as the JSON report has objectives, threads, outcomes and findings,
 * strengths as a letter and a fill colour, no formulas anywhere; CSV with a byte order mark unless
 * {@code --no-csv-bom}; and no absolute path of this machine in any report run on files outside the
 * working directory.
 */
class SpreadsheetReportTest {

	static final String FIXTURES = Repository.reportFixtures().toString();

	@TempDir
	static Path dir;

	static Path out;

	@BeforeAll
	static void report() {
		out = dir.resolve("reports");
		assertEquals(0, GoldthreadCommand.run(new String[] { "report", FIXTURES, "--format", "xlsx,json,csv", "--fail-on", "none", "--quiet", "-o",
				out.toString() }));
	}

	static JsonNode json(String id) throws IOException {
		return new ObjectMapper().readTree(out.resolve(id + ".json").toFile()).get("reports").get(0);
	}

	static XSSFWorkbook workbook(String file) throws IOException {
		try (InputStream in = Files.newInputStream(out.resolve(file))) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> row(XSSFSheet sheet, int index) {
		List<String> cells = new ArrayList<>();
		for (Cell cell : sheet.getRow(index)) {
			cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
		}
		return cells;
	}

	@Test
	void courseWorkbookHasItsSheetsHeadersAndCounts() throws IOException {
		JsonNode report = json("eastfield.pgcertLeadership");
		JsonNode coverage = report.get("coverage");
		try (XSSFWorkbook book = workbook("eastfield.pgcertLeadership.xlsx")) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertEquals(List.of("Coverage", "Threads", "Assessment", "Findings", "Provenance"), names);
			for (int i = 0; i < book.getNumberOfSheets(); i++) {
				XSSFSheet sheet = book.getSheetAt(i);
				assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + ": no frozen pane");
				assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName() + ": header not frozen");
				assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), sheet.getSheetName() + ": frozen rows");
				assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + ": no auto-filter");
				assertEquals("A1:" + lastColumn(sheet) + (sheet.getLastRowNum() + 1), sheet.getCTWorksheet().getAutoFilter().getRef(),
						sheet.getSheetName() + ": the filter covers the table");
			}

			XSSFSheet matrix = book.getSheet("Coverage");
			List<String> header = row(matrix, 0);
			assertEquals(List.of("Objective", "Theme", "Text", "Status", "Assessed"), header.subList(0, 5));
			assertEquals(5 + coverage.get("sessions").size(), header.size());
			assertEquals("D1.1 " + coverage.get("sessions").get(0).get("title").asText(), header.get(5));
			assertEquals(coverage.get("objectives").size(), matrix.getLastRowNum());
			Map<String, String> fillOfLetter = new HashMap<>();
			int claims = 0;
			for (int r = 1; r <= matrix.getLastRowNum(); r++) {
				assertEquals(coverage.get("objectives").get(r - 1).get("id").asText(), matrix.getRow(r).getCell(0).getStringCellValue());
				for (int c = 5; c < header.size(); c++) {
					XSSFCell cell = matrix.getRow(r).getCell(c);
					if (cell != null && !cell.getStringCellValue().isEmpty()) {
						claims++;
						String letter = cell.getStringCellValue();
						assertTrue(List.of("P", "I", "C", "D", "M").contains(letter), "a strength letter: " + letter);
						assertNotNull(cell.getCellStyle().getFillForegroundXSSFColor(), "strength " + letter + " has a colour");
						String fill = cell.getCellStyle().getFillForegroundXSSFColor().getARGBHex();
						assertEquals(fillOfLetter.computeIfAbsent(letter, k -> fill), fill, "one colour per letter");
					}
				}
			}
			assertTrue(claims > 50, "claims in the matrix: " + claims);
			assertTrue(fillOfLetter.size() >= 2 && fillOfLetter.values().stream().distinct().count() == fillOfLetter.size(), fillOfLetter.toString());

			XSSFSheet threads = book.getSheet("Threads");
			assertEquals(List.of("Thread", "Title"), row(threads, 0).subList(0, 2));
			List<String> threadHeader = row(threads, 0);
			int matrixDays = coverage.get("days").size() + 1; // the course's 11 days and the 12th, which it lacks
			assertEquals(2 + matrixDays + 5, threadHeader.size(), threadHeader.toString());
			assertEquals(List.of("Days", "Required days", "Spread", "Modules", "In delivery"), threadHeader.subList(2 + matrixDays, threadHeader.size()));
			assertEquals(coverage.get("threads").size(), threads.getLastRowNum());
			// Eastfield has 11 of the 12 teaching days: day 12 is a column marked missing in every row
			assertTrue(threadHeader.contains("D12 (missing)"), threadHeader.toString());
			int spreadColumn = 2 + matrixDays + 2;
			boolean sawBelow = false;
			for (int r = 1; r <= threads.getLastRowNum(); r++) {
				assertEquals("missing", threads.getRow(r).getCell(threadHeader.indexOf("D12 (missing)")).getStringCellValue());
				String spread = threads.getRow(r).getCell(spreadColumn).getStringCellValue();
				assertTrue(spread.matches("(below: )?\\d+ of 11 days.*"), spread);
				if (spread.startsWith("below: ")) {
					sawBelow = true;
					assertEquals("wellbeing", threads.getRow(r).getCell(0).getStringCellValue(), "the thread under its threshold");
				}
			}
			assertTrue(sawBelow, "Staff wellbeing (3 of 11 days) is marked below its threshold");

			XSSFSheet assessment = book.getSheet("Assessment");
			assertEquals(List.of("Outcome or element", "Kind", "Text"), row(assessment, 0).subList(0, 3));
			assertEquals(3 + coverage.get("assessments").size() + 1, row(assessment, 0).size());
			assertEquals(coverage.get("outcomes").size() + coverage.get("elements").size(), assessment.getLastRowNum());

			XSSFSheet findings = book.getSheet("Findings");
			assertEquals(List.of("Severity", "Rule", "Rule title", "Theme", "Message", "Curriculum passage", "Fix", "File", "Line", "Column",
					"Framework element"), row(findings, 0));
			assertEquals(report.get("findings").size(), findings.getLastRowNum());
			boolean sawFix = false;
			for (int r = 1; r <= findings.getLastRowNum(); r++) {
				String fix = findings.getRow(r).getCell(6) == null ? "" : findings.getRow(r).getCell(6).getStringCellValue();
				assertFalse(fix.contains("`"), "fix hints are plain text: " + fix);
				sawFix |= fix.startsWith("Add covers ");
				assertEquals("eastfield-pgcert.course", findings.getRow(r).getCell(7).getStringCellValue());
			}
			assertTrue(sawFix, "a fix hint whose code span lost its backticks");

			XSSFSheet provenance = book.getSheet("Provenance");
			Map<String, String> items = new HashMap<>();
			for (int r = 1; r <= provenance.getLastRowNum(); r++) {
				Row line = provenance.getRow(r);
				Cell value = line.getCell(1);
				items.put(line.getCell(0).getStringCellValue(),
						value.getCellType() == CellType.NUMERIC ? String.valueOf((long) value.getNumericCellValue()) : value.getStringCellValue());
			}
			assertEquals("eastfield.pgcertLeadership", items.get("Document"));
			assertEquals("eastfield-pgcert.course", items.get("File"));
			assertEquals(String.valueOf(report.get("counts").get("error").asInt()), items.get("Errors"));
			assertTrue(items.get("Checked by").startsWith("Goldthread "), items.toString());
		}
	}

	@Test
	void noCellIsAFormulaAndHostileTextStaysText() throws IOException {
		boolean sawFormulaLikeText = false;
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).toList()) {
				try (XSSFWorkbook book = workbook(file.getFileName().toString())) {
					for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
						for (Row row : sheet) {
							for (Cell cell : row) {
								assertNotEquals(CellType.FORMULA, cell.getCellType(), file.getFileName() + " " + sheet.getSheetName() + " "
										+ cell.getAddress());
								sawFormulaLikeText |= cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains("=HYPERLINK(");
							}
						}
					}
				}
			}
		}
		assertTrue(sawFormulaLikeText, "the hostile course's =HYPERLINK(…) shows as text");
	}

	@Test
	void indexWorkbookListsEveryDocument() throws IOException {
		try (XSSFWorkbook book = workbook("index.xlsx")) {
			XSSFSheet sheet = book.getSheet("Documents");
			assertEquals(List.of("Document", "Title", "Kind", "Framework", "Verdict", "Errors", "Warnings", "Info", "Objectives covered %", "Report"),
					row(sheet, 0));
			assertEquals(3, sheet.getLastRowNum());
			assertTrue(sheet.getPaneInformation().isFreezePane());
			assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
		}
	}

	@Test
	void csvStartsWithAByteOrderMarkUnlessTurnedOff() throws IOException {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] csv = Files.readAllBytes(out.resolve("eastfield.pgcertLeadership.csv"));
		assertEquals(new String(bom, StandardCharsets.ISO_8859_1), new String(csv, 0, 3, StandardCharsets.ISO_8859_1));
		assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFFobjective id,theme,text,status,assessed,"));
		Path plain = dir.resolve("plain");
		assertEquals(0, GoldthreadCommand.run(new String[] { "report", FIXTURES, "--format", "csv", "--no-csv-bom", "--fail-on", "none", "--quiet",
				"-o", plain.toString() }));
		try (Stream<Path> files = Files.list(plain)) {
			for (Path file : files.toList()) {
				assertTrue(Files.readString(file).startsWith(file.getFileName().toString().startsWith("index") ? "document," : "objective id,"),
						file + " starts without a byte order mark");
			}
		}
	}

	@Test
	void reportsOnFilesOutsideTheWorkingDirectoryNameNoAbsolutePath() throws IOException {
		Path project = dir.resolve("elsewhere/project");
		Files.createDirectories(project.resolve("courses"));
		Files.copy(Path.of(FIXTURES, "eastfield-pgcert.course"), project.resolve("courses/eastfield-pgcert.course"));
		Path reports = dir.resolve("elsewhere-reports");
		assertEquals(0, GoldthreadCommand.run(new String[] { "report", project.toString(), "--format", "html,md,json,junit,sarif,csv,xlsx",
				"--fail-on", "none", "--quiet", "-o", reports.toString() }));
		String absolute = project.toAbsolutePath().toString();
		try (Stream<Path> files = Files.walk(reports)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String text = file.toString().endsWith(".xlsx") ? sheetsText(file) : Files.readString(file);
				assertFalse(text.contains(absolute), file.getFileName() + " names " + absolute);
				assertFalse(text.contains(dir.toAbsolutePath().toString()), file.getFileName() + " names a path of this machine");
			}
		}
		JsonNode report = new ObjectMapper().readTree(reports.resolve("eastfield.pgcertLeadership.json").toFile()).get("reports").get(0);
		assertEquals("courses/eastfield-pgcert.course", report.get("file").asText());
	}

	private static String sheetsText(Path xlsx) throws IOException {
		StringBuilder b = new StringBuilder();
		try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (org.apache.poi.ss.usermodel.Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						b.append(cell.toString()).append('\n');
					}
				}
			}
		}
		return b.toString();
	}

	private static String lastColumn(XSSFSheet sheet) {
		int max = 0;
		for (Row row : sheet) {
			max = Math.max(max, row.getLastCellNum());
		}
		return org.apache.poi.ss.util.CellReference.convertNumToColString(max - 1);
	}
}
