package org.goldthread.reports.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.reports.RenderContext;
import org.goldthread.reports.ReportFormat;
import org.goldthread.reports.ReportRenderer;
import org.goldthread.reports.Reports;
import org.goldthread.reports.data.CoverageData;
import org.goldthread.reports.data.CoverageData.ObjectiveData;
import org.goldthread.reports.data.CoverageData.SessionData;
import org.goldthread.reports.data.CoverageData.Strength;
import org.goldthread.reports.data.ReportData;

/**
 * The coverage matrix as CSV (RFC 4180, written by Commons CSV): one row per learning objective
 * with its id, theme, text, status and whether it is assessed, then one column per session (in
 * teaching order, headed {@code D<day>.<n> <title>}) holding the strength word of that session's
 * claim. Documents without coverage (plans, frameworks) give the header row only.
 *
 * <p>Cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) are prefixed with an apostrophe, as OWASP advises against CSV injection. The file
 * starts with a UTF-8 byte order mark unless the context says otherwise ({@code --no-csv-bom}), so
 * that Excel reads it as UTF-8.
 */
public class CsvCoverageRenderer implements ReportRenderer {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	@Override
	public ReportFormat format() {
		return ReportFormat.CSV;
	}

	@Override
	public byte[] render(ConformanceReport report, RenderContext context) {
		ReportData d = ReportData.of(report, context);
		CoverageData c = d.coverage();
		List<String> header = new ArrayList<>(List.of("objective id", "theme", "text", "status", "assessed"));
		if (c != null) {
			for (SessionData s : c.sessions()) {
				header.add(s.label());
			}
		}
		return print(context, printer -> {
			printer.printRecord(safe(header));
			if (c == null) {
				return;
			}
			for (ObjectiveData o : c.objectives()) {
				List<String> row = new ArrayList<>(List.of(o.id(), o.theme(), nz(o.text()), nz(o.status()), o.leaf() ? (o.assessed() ? "yes" : "no") : ""));
				for (SessionData s : c.sessions()) {
					Strength strength = o.strengthIn(s.key());
					row.add(strength == null ? "" : strength.word());
				}
				printer.printRecord(safe(row));
			}
		});
	}

	/** One row per document: id, title, kind, verdict, counts, share of objectives covered, and its file. */
	@Override
	public byte[] renderIndex(List<ConformanceReport> reports, RenderContext context) {
		List<String> names = Reports.fileNames(reports);
		return print(context, printer -> {
			printer.printRecord("document", "title", "kind", "verdict", "errors", "warnings", "info", "objectives covered %", "report");
			for (int i = 0; i < reports.size(); i++) {
				ReportData d = ReportData.of(reports.get(i), context);
				printer.printRecord(safe(List.of(d.id(), nz(d.title()), d.kind().key(), nz(d.verdict()), String.valueOf(d.counts().errors()),
						String.valueOf(d.counts().warnings()), String.valueOf(d.counts().infos()),
						d.coverage() == null ? "" : String.valueOf(d.coverage().overallPercent()), names.get(i) + ".csv")));
			}
		});
	}

	private interface Rows {
		void print(CSVPrinter printer) throws IOException;
	}

	/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
	public static final String BOM = "\uFEFF";

	private static byte[] print(RenderContext context, Rows rows) {
		StringWriter out = new StringWriter();
		if (context.csvBom()) {
			out.write(BOM);
		}
		try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
			rows.print(printer);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** Guards cells against being run as spreadsheet formulas. */
	static List<String> safe(List<String> cells) {
		List<String> result = new ArrayList<>(cells.size());
		for (String cell : cells) {
			result.add(neutralise(cell));
		}
		return result;
	}

	/**
	 * A cell that a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab or a
	 * carriage return) with an apostrophe before it, so that it shows as text (OWASP, CSV
	 * injection); other cells as they are; null as the empty cell.
	 */
	public static String neutralise(String cell) {
		String c = cell == null ? "" : cell;
		return !c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0 ? "'" + c : c;
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
