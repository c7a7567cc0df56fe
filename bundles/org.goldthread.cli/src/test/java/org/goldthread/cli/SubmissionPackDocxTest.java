package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goldthread report --format pack} writes each course's submission pack as HTML, PDF and Word;
 * the Word file, read back with Apache POI's XWPF as Word would open it: its title and language,
 * one Heading 1 per section of the pack, tables whose header rows repeat on every page, and in them
 * where the course meets each requirement and where it does not.
 */
class SubmissionPackDocxTest {

	@TempDir
	static Path dir;

	static Path out;

	@BeforeAll
	static void report() {
		out = dir.resolve("pack");
		assertEquals(0, GoldthreadCommand.run(new String[] { "report", SpreadsheetReportTest.FIXTURES, "--format", "pack", "--fail-on", "none",
				"--quiet", "-o", out.toString() }));
	}

	static XWPFDocument docx(String file) throws IOException {
		try (InputStream in = Files.newInputStream(out.resolve(file))) {
			return new XWPFDocument(in);
		}
	}

	@Test
	void writesHtmlPdfAndWordForEachCourse() {
		for (String ext : List.of("pack.html", "pack.pdf", "pack.docx")) {
			assertTrue(Files.isRegularFile(out.resolve("eastfield.pgcertLeadership." + ext)), ext);
			assertTrue(Files.isRegularFile(out.resolve("northtown.pgcertLeadership." + ext)) || Files.exists(out.resolve("index.pack.html")), ext);
		}
		assertTrue(Files.isRegularFile(out.resolve("index.pack.html")));
	}

	@Test
	void wordFileHasTitleHeadingsAndTablesWithRepeatingHeaders() throws IOException {
		try (XWPFDocument doc = docx("eastfield.pgcertLeadership.pack.docx")) {
			assertTrue(doc.getProperties().getCoreProperties().getTitle().startsWith("Submission pack: Postgraduate Certificate"));
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				if ("Heading1".equals(p.getStyle())) {
					headings.add(p.getText());
				}
			}
			assertEquals(List.of("The course and this submission", "Themes", "Learning objectives", "Golden threads", "Delivery", "Assessments",
					"Justified gaps", "Open findings (8)"), headings);
			assertTrue(doc.getTables().size() >= 10, "tables: " + doc.getTables().size());
			for (XWPFTable table : doc.getTables()) {
				assertTrue(table.getRow(0).isRepeatHeader(), "a table whose header row does not repeat: " + table.getRow(0).getCell(0).getText());
			}
			String text = allText(doc);
			assertTrue(text.contains("Eastfield University, School of Health and Social Care"), "the provider");
			assertTrue(text.contains("missing: day 12 — not met"), "the missing teaching day");
			assertTrue(text.contains("3 of 11 days — below the 4 required"), "staff wellbeing below its threshold");
			assertTrue(text.contains("D1.2 The national policy landscape for CYP MH (develops)"), "where an objective is taught");
			assertTrue(text.contains("GT-COV-001"), "the open findings");
		}
	}

	private static String allText(XWPFDocument doc) {
		StringBuilder b = new StringBuilder();
		doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
		for (XWPFTable table : doc.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				row.getTableCells().forEach(c -> b.append(c.getText()).append(" | "));
				b.append('\n');
			}
		}
		return b.toString();
	}
}
