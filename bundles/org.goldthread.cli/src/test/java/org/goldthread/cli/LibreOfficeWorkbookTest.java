package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curriculum map written by LibreOffice (not by POI): a flat OpenDocument spreadsheet with the
 * module merged across its sessions, a blank row, marks and a key, converted to .xlsx by
 * {@code soffice --headless} (Debian's libreoffice-calc-nogui, which ./verify installs), then
 * imported. A missing LibreOffice fails the test: it never skips.
 */
class LibreOfficeWorkbookTest {

	@TempDir
	Path dir;

	private static String cell(String text) {
		return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
	}

	private static String row(String... cells) {
		return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
	}

	@Test
	void aWorkbookWrittenByLibreOfficeImports() throws IOException, InterruptedException {
		String empty = "<table:table-cell/>";
		String fods = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
				  office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
				 <office:body><office:spreadsheet><table:table table:name="Mapping">
				""" + row(cell("Programme map"))
				+ row(empty, empty, "<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>Foundations</text:p></table:table-cell><table:covered-table-cell/>",
						cell("Leading change"))
				+ row(cell("Code"), cell("Outcome"), cell("Policy lecture"), cell("Needs seminar"), cell("Change workshop"))
				+ row()
				+ row(cell("landscape.ukPolicy"), cell("be aware of the policy landscape in the UK"), cell("I"), empty, cell("D"))
				+ row(cell("landscape.populationNeeds"), cell("understand local needs"), empty, cell("✓"), empty)
				+ row(cell("Key: I = introduced, D = developed"))
				+ "</table:table></office:spreadsheet></office:body></office:document>\n";
		Path source = dir.resolve("map.fods");
		Files.writeString(source, fods);
		Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless", "--convert-to", "xlsx",
				"--outdir", dir.toString(), source.toString()).redirectErrorStream(true).start();
		String said = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
		Path workbook = dir.resolve("map.xlsx");
		assertTrue(Files.exists(workbook), "LibreOffice wrote no workbook: " + said);

		PrintStream originalOut = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		Path course = dir.resolve("lo.course");
		int code;
		try {
			code = GoldthreadCommand.run("import", "xlsx", workbook.toString(), "--framework", "cypmh.leadership", "--output", course.toString());
		} finally {
			System.setOut(originalOut);
		}
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, text);
		assertTrue(text.contains("sheet 'Mapping', 3 sessions, 3 covers"), text);
		String written = Files.readString(course);
		assertTrue(written.contains("module foundations \"Foundations\" {"), written);
		assertTrue(written.contains("session \"Needs seminar\" seminar\n\t\t\tcovers landscape.populationNeeds\n"), written);
		assertTrue(written.contains("module leadingChange \"Leading change\" {"), written);
		assertTrue(written.contains("covers landscape.ukPolicy develops"), written);
	}
}
