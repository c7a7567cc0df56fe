package org.goldthread.reports.tests;

import static org.goldthread.reports.tests.ReportFixtures.assertGolden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every renderer's output for every fixture equals its golden file under resources/golden, and
 * rendering twice gives the same bytes. PDFs are compared by their text (the golden {@code .pdf.txt}),
 * workbooks by their XML parts (the golden {@code .xlsx.txt}), and both byte for byte between two runs.
 */
class GoldenFileTest {

	static Stream<Arguments> fixturesAndFormats() {
		List<Arguments> args = new ArrayList<>();
		for (String name : ReportFixtures.NAMES) {
			for (ReportFormat format : ReportFormat.values()) {
				args.add(Arguments.of(name, format));
			}
		}
		return args.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("fixturesAndFormats")
	void reportMatchesGoldenFile(String name, ReportFormat format) throws IOException {
		ReportRenderer renderer = Reports.renderer(format);
		ConformanceReport report = ReportFixtures.report(name);
		byte[] first = renderer.render(report, ReportFixtures.context());
		byte[] second = renderer.render(report, ReportFixtures.context());
		assertArrayEquals(first, second, "rendering " + name + " twice must give the same bytes");
		check(name, format, first);
	}

	@ParameterizedTest(name = "index as {0}")
	@EnumSource(ReportFormat.class)
	void indexMatchesGoldenFile(ReportFormat format) throws IOException {
		ReportRenderer renderer = Reports.renderer(format);
		byte[] first = renderer.renderIndex(ReportFixtures.all(), ReportFixtures.context());
		byte[] second = renderer.renderIndex(ReportFixtures.all(), ReportFixtures.context());
		assertArrayEquals(first, second, "rendering the index twice must give the same bytes");
		check("index", format, first);
	}

	private static void check(String name, ReportFormat format, byte[] bytes) throws IOException {
		if (format == ReportFormat.PDF) {
			assertGolden(name + ".pdf.txt", text(bytes).getBytes(StandardCharsets.UTF_8));
		} else if (format == ReportFormat.XLSX) {
			assertGolden(name + ".xlsx.txt", zipText(bytes).getBytes(StandardCharsets.UTF_8));
		} else {
			assertGolden(name + (format == ReportFormat.JUNIT ? ".junit" : "") + "." + format.extension(), bytes);
		}
	}

	/** A workbook's parts (all XML), each under its name, one XML element per line. */
	static String zipText(byte[] zip) throws IOException {
		StringBuilder b = new StringBuilder();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				b.append("--- ").append(entry.getName()).append(" ---\n");
				b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("><", ">\n<")).append('\n');
			}
		}
		return b.toString();
	}

	/** The text layer of a PDF, page by page. */
	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setPageEnd("\n--- page end ---\n");
			return stripper.getText(document);
		}
	}
}
