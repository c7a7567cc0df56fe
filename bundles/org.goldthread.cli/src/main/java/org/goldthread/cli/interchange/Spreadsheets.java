package org.goldthread.cli.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the sheets of a workbook (.xlsx, .xls) or a CSV file as grids of text. A merged region's
 * value stands in each of its cells (a module's name merged across its sessions' columns); a formula
 * stands as its last calculated value, with a warning; every failure is a {@link SpreadsheetException}
 * with a message for the user.
 */
public final class Spreadsheets {

	/** The most rows and columns a sheet may have: a curriculum map has one row or column per objective or session. */
	public static final int MAXIMUM_ROWS = 10_000;
	public static final int MAXIMUM_COLUMNS = 1_000;

	/** One sheet: its name and its cells ({@code ""} for an empty cell), row by row. */
	public record Grid(String name, List<List<String>> rows) {
		public String cell(int row, int column) {
			if (row < 0 || row >= rows.size()) {
				return "";
			}
			List<String> r = rows.get(row);
			return column < 0 || column >= r.size() ? "" : r.get(column);
		}

		public int width() {
			return rows.stream().mapToInt(List::size).max().orElse(0);
		}
	}

	/** A file that cannot be read as a curriculum map, with the reason in words. */
	public static final class SpreadsheetException extends Exception {
		private static final long serialVersionUID = 1L;

		public SpreadsheetException(String message) {
			super(message);
		}
	}

	private Spreadsheets() {
	}

	/** The sheets of a workbook; warnings (formulas) are added to {@code warnings}. */
	public static List<Grid> readWorkbook(Path file, List<String> warnings) throws SpreadsheetException {
		Workbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = WorkbookFactory.create(in);
		} catch (EncryptedDocumentException e) {
			throw new SpreadsheetException(file + ": the workbook is password-protected; save an unprotected copy and import that");
		} catch (IOException | RuntimeException e) {
			// POI says "neither an OLE2 stream nor an OOXML stream", a zip error, or that a part is missing
			throw new SpreadsheetException(file + ": not a workbook that can be read (.xlsx or .xls expected"
					+ (file.toString().toLowerCase().endsWith(".csv") ? "; for a CSV file use `goldthread import csv`" : "") + "): "
					+ firstLine(e.getMessage()));
		}
		try (workbook) {
			List<Grid> grids = new ArrayList<>();
			for (Sheet sheet : workbook) {
				try {
					grids.add(grid(sheet, warnings));
				} catch (RuntimeException e) {
					// a damaged part of the workbook: POI's runtime exceptions (record, XML or format errors)
					throw new SpreadsheetException(file + ": sheet '" + sheet.getSheetName() + "' cannot be read (" + e.getClass().getSimpleName() + ": "
							+ firstLine(e.getMessage()) + ")");
				}
			}
			return grids;
		} catch (IOException e) {
			throw new SpreadsheetException(file + ": " + firstLine(e.getMessage()));
		}
	}

	private static Grid grid(Sheet sheet, List<String> warnings) throws SpreadsheetException {
		int last = sheet.getLastRowNum();
		if (last + 1 > MAXIMUM_ROWS) {
			throw new SpreadsheetException("sheet '" + sheet.getSheetName() + "' has " + (last + 1) + " rows; a curriculum map has at most "
					+ MAXIMUM_ROWS + " (one row per objective or session). Remove the rows that are not part of the map, or split the sheet");
		}
		List<List<String>> rows = new ArrayList<>();
		int formulas = 0;
		for (int r = 0; r <= last; r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				if (row.getLastCellNum() > MAXIMUM_COLUMNS) {
					throw new SpreadsheetException("sheet '" + sheet.getSheetName() + "' has " + row.getLastCellNum() + " columns in row " + (r + 1)
							+ "; a curriculum map has at most " + MAXIMUM_COLUMNS);
				}
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					if (cell != null && cell.getCellType() == CellType.FORMULA) {
						formulas++;
						if (formulas <= 5) {
							warnings.add("sheet '" + sheet.getSheetName() + "' cell " + new CellReference(r, c).formatAsString() + " holds a formula (="
									+ cell.getCellFormula() + "); its last calculated value '" + text(cell, cell.getCachedFormulaResultType())
									+ "' is used");
						}
					}
					cells.add(cell == null ? "" : text(cell, cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType()));
				}
			}
			rows.add(cells);
		}
		if (formulas > 5) {
			warnings.add("sheet '" + sheet.getSheetName() + "': " + (formulas - 5) + " more formula cells, each taken at its last calculated value");
		}
		// a merged region's value in each of its cells
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			String value = at(rows, region.getFirstRow(), region.getFirstColumn());
			for (int r = region.getFirstRow(); r <= region.getLastRow() && r < rows.size(); r++) {
				List<String> row = rows.get(r);
				for (int c = region.getFirstColumn(); c <= region.getLastColumn() && c < MAXIMUM_COLUMNS; c++) {
					while (row.size() <= c) {
						row.add("");
					}
					row.set(c, value);
				}
			}
		}
		return new Grid(sheet.getSheetName(), rows);
	}

	private static String at(List<List<String>> rows, int r, int c) {
		return r < rows.size() && c < rows.get(r).size() ? rows.get(r).get(c) : "";
	}

	private static String text(Cell cell, CellType type) {
		return switch (type) {
		case STRING -> cell.getStringCellValue().strip();
		case NUMERIC -> {
			double d = cell.getNumericCellValue();
			yield d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
		}
		case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
		default -> "";
		};
	}

	/** A CSV file (comma, semicolon or tab separated, UTF-8) as one grid. */
	public static Grid readCsv(Path file) throws SpreadsheetException {
		String text;
		try {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length > 32L * 1024 * 1024) {
				throw new SpreadsheetException(file + ": " + bytes.length + " bytes is too large for a curriculum map");
			}
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new SpreadsheetException(file + ": not UTF-8 text (is it a workbook? then use `goldthread import xlsx`; otherwise save the CSV as UTF-8)");
		} catch (IOException e) {
			throw new SpreadsheetException(file + ": " + firstLine(e.getMessage()));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String first = text.lines().findFirst().orElse("");
		char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
				if (rows.size() >= MAXIMUM_ROWS) {
					throw new SpreadsheetException(file + ": more than " + MAXIMUM_ROWS + " rows; a curriculum map has at most " + MAXIMUM_ROWS
							+ " (one row per objective or session)");
				}
				List<String> cells = new ArrayList<>();
				record.forEach(v -> cells.add(v.strip()));
				if (cells.size() > MAXIMUM_COLUMNS) {
					throw new SpreadsheetException(file + ": row " + (rows.size() + 1) + " has " + cells.size() + " columns; a curriculum map has at most "
							+ MAXIMUM_COLUMNS);
				}
				rows.add(cells);
			}
		} catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new SpreadsheetException(file + ": not a valid CSV file: " + firstLine(e.getMessage()));
		}
		String name = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
		return new Grid(name, rows);
	}

	private static int count(String s, char c) {
		return (int) s.chars().filter(x -> x == c).count();
	}

	static String firstLine(String message) {
		return message == null ? "unreadable" : message.strip().lines().findFirst().orElse("unreadable");
	}
}
