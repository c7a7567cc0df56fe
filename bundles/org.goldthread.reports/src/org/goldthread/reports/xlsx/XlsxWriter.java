package org.goldthread.reports.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.goldthread.reports.data.XmlText;

/**
 * A small writer of Office Open XML workbooks (ECMA-376 SpreadsheetML, what Excel, LibreOffice and
 * Google Sheets open as {@code .xlsx}): sheets of text and number cells with a few fixed styles,
 * the header row frozen and filterable. Text is always written as an inline string, never as a
 * formula, so nothing a course author typed can run in a spreadsheet. The output is byte-stable:
 * fixed zip entry times, fixed order.
 *
 * <p>Why not Apache POI: the report renderers are an OSGi bundle, and POI's OOXML part needs a
 * dozen more jars (XMLBeans and its schemas among them, about 20 MB) wrapped into the target
 * platform and shipped with the command line. Writing the few parts used here takes only the
 * JDK's zip support; the command line's tests open every workbook with POI to check it.
 */
public final class XlsxWriter {

	/** Cell styles (indexes into styles.xml's cellXfs). */
	public enum Style {
		PLAIN, HEADER, WRAP, STRENGTH_P, STRENGTH_I, STRENGTH_C, STRENGTH_D, STRENGTH_M, YES, NO, BAD, NUMBER
	}

	/** Excel's limit on the characters in one cell. */
	static final int MAX_CELL = 32_767;

	private record Cell(String text, Double number, Style style) {
	}

	/** One sheet: rows of cells, the first row the header. */
	public static final class Sheet {
		private final String name;
		private final List<List<Cell>> rows = new ArrayList<>();
		private final List<Double> widths = new ArrayList<>();
		private int frozenColumns;

		Sheet(String name) {
			this.name = name;
		}

		/** Starts a new row. */
		public Sheet row() {
			rows.add(new ArrayList<>());
			return this;
		}

		/** A text cell (null: empty). */
		public Sheet text(String text) {
			return text(text, Style.PLAIN);
		}

		public Sheet text(String text, Style style) {
			current().add(new Cell(text == null ? "" : text, null, style));
			return this;
		}

		public Sheet number(double value) {
			current().add(new Cell(null, value, Style.NUMBER));
			return this;
		}

		/** The header row: bold on a tinted fill, frozen, with filter buttons. */
		public Sheet header(List<String> titles) {
			row();
			for (String t : titles) {
				text(t, Style.HEADER);
			}
			return this;
		}

		/** Column widths in characters, from the first column. */
		public Sheet widths(double... w) {
			for (double d : w) {
				widths.add(d);
			}
			return this;
		}

		/** Columns left of the scrolling area (besides the frozen header row). */
		public Sheet freezeColumns(int n) {
			frozenColumns = n;
			return this;
		}

		public int rowCount() {
			return rows.size();
		}

		private List<Cell> current() {
			if (rows.isEmpty()) {
				row();
			}
			return rows.get(rows.size() - 1);
		}

		private int columns() {
			int max = 0;
			for (List<Cell> r : rows) {
				max = Math.max(max, r.size());
			}
			return max;
		}
	}

	private final List<Sheet> sheets = new ArrayList<>();

	/** Adds a sheet; its name is cut to Excel's 31 characters and cleared of {@code []:*?/\}. */
	public Sheet sheet(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
		Sheet sheet = new Sheet(clean.length() > 31 ? clean.substring(0, 31) : clean);
		sheets.add(sheet);
		return sheet;
	}

	/** The workbook as .xlsx bytes. */
	public byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			entry(zip, "[Content_Types].xml", contentTypes());
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
					</Relationships>""");
			entry(zip, "xl/workbook.xml", workbook());
			entry(zip, "xl/_rels/workbook.xml.rels", workbookRels());
			entry(zip, "xl/styles.xml", STYLES);
			for (int i = 0; i < sheets.size(); i++) {
				entry(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheet(sheets.get(i)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // in memory: does not happen
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(LocalDateTime.of(1980, 1, 1, 0, 0)); // no clock: the same report gives the same bytes
		zip.putNextEntry(entry);
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private String contentTypes() {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
				<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
		for (int i = 1; i <= sheets.size(); i++) {
			b.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
					.append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		return b.append("</Types>").toString();
	}

	private String workbook() {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>""");
		for (int i = 0; i < sheets.size(); i++) {
			b.append("<sheet name=\"").append(escape(sheets.get(i).name)).append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId")
					.append(i + 1).append("\"/>");
		}
		b.append("</sheets><definedNames>");
		for (int i = 0; i < sheets.size(); i++) {
			Sheet s = sheets.get(i);
			if (s.rowCount() > 0) {
				b.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i).append("\" hidden=\"1\">'")
						.append(escape(s.name.replace("'", "''"))).append("'!").append(absolute(filterRange(s))).append("</definedName>");
			}
		}
		return b.append("</definedNames></workbook>").toString();
	}

	private String workbookRels() {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
		for (int i = 1; i <= sheets.size(); i++) {
			b.append("<Relationship Id=\"rId").append(i)
					.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
					.append(i).append(".xml\"/>");
		}
		b.append("<Relationship Id=\"rId").append(sheets.size() + 1)
				.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
		return b.append("</Relationships>").toString();
	}

	private static String sheet(Sheet s) {
		StringBuilder b = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
				xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
		b.append("<sheetViews><sheetView workbookViewId=\"0\">");
		if (s.frozenColumns > 0) {
			b.append("<pane xSplit=\"").append(s.frozenColumns).append("\" ySplit=\"1\" topLeftCell=\"").append(column(s.frozenColumns))
					.append("2\" activePane=\"bottomRight\" state=\"frozen\"/>");
		} else {
			b.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
		}
		b.append("</sheetView></sheetViews>");
		if (!s.widths.isEmpty()) {
			b.append("<cols>");
			for (int i = 0; i < s.widths.size(); i++) {
				b.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"").append(s.widths.get(i))
						.append("\" customWidth=\"1\"/>");
			}
			b.append("</cols>");
		}
		b.append("<sheetData>");
		for (int r = 0; r < s.rows.size(); r++) {
			b.append("<row r=\"").append(r + 1).append("\">");
			List<Cell> row = s.rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Cell cell = row.get(c);
				String ref = column(c) + (r + 1);
				int style = cell.style().ordinal();
				if (cell.number() != null) {
					double v = cell.number();
					b.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"><v>")
							.append(v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v)).append("</v></c>");
				} else if (cell.text().isEmpty()) {
					if (style != 0) {
						b.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\"/>");
					}
				} else {
					String text = cell.text().length() > MAX_CELL ? cell.text().substring(0, MAX_CELL - 1) + "…" : cell.text();
					b.append("<c r=\"").append(ref).append("\" s=\"").append(style).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
							.append(escape(text)).append("</t></is></c>");
				}
			}
			b.append("</row>");
		}
		b.append("</sheetData>");
		if (s.rowCount() > 0) {
			b.append("<autoFilter ref=\"").append(filterRange(s)).append("\"/>");
		}
		return b.append("</worksheet>").toString();
	}

	/** The header row and all rows below it, over every used column. */
	private static String filterRange(Sheet s) {
		return "A1:" + column(Math.max(0, s.columns() - 1)) + Math.max(1, s.rowCount());
	}

	private static String absolute(String range) {
		return range.replaceAll("([A-Z]+)(\\d+)", "\\$$1\\$$2");
	}

	/** 0 → A, 25 → Z, 26 → AA. */
	static String column(int index) {
		StringBuilder b = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			b.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return b.toString();
	}

	private static String escape(String text) {
		String clean = XmlText.clean(text);
		StringBuilder b = new StringBuilder(clean.length());
		for (int i = 0; i < clean.length(); i++) {
			char c = clean.charAt(i);
			switch (c) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				case '\r' -> b.append("&#13;");
				default -> b.append(c);
			}
		}
		return b.toString();
	}

	/**
	 * Fonts: regular, bold, bold white. Fills: none, gray125 (both required), header, the five
	 * strengths (the HTML report's colours), yes, no, not covered. The cellXfs follow {@link Style}.
	 */
	private static final String STYLES = """
			<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
			<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
			<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
			<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font></fonts>\
			<fills count="11"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFF1EDE2"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFFDE68A"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFDBEAFE"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFBBF7D0"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FF4ADE80"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FF166534"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFDCFCE7"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFFEE2E2"/></patternFill></fill>\
			<fill><patternFill patternType="solid"><fgColor rgb="FFFCA5A5"/></patternFill></fill></fills>\
			<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
			<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
			<cellXfs count="12">\
			<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
			<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="3" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="4" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="5" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="6" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="2" fillId="7" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="0" fillId="8" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="0" fillId="9" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf>\
			<xf numFmtId="0" fontId="1" fillId="10" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>\
			<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>\
			</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>""";
}
