package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goldthread.cli.interchange.CaseExport;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.model.Course;
import org.goldthread.model.Coverage;
import org.goldthread.model.Framework;
import org.goldthread.model.Item;
import org.goldthread.model.Module;
import org.goldthread.model.Section;
import org.goldthread.model.Session;
import org.goldthread.model.Strength;
import org.goldthread.model.TeachingDay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `goldthread import xlsx` and `import csv` (issue #16): workbooks made here with POI in several
 * layouts, the Northtown course's own matrix imported back to the same coverage, and bad files that
 * give one clear line and write nothing.
 */
class SpreadsheetImportTest {

	private static final Path NORTHTOWN = Repository.examples().resolve("northtown/northtown-pgcert.course");

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;

	@TempDir
	Path dir;

	@BeforeEach
	void capture() {
		originalOut = System.out;
		originalErr = System.err;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(originalOut);
		System.setErr(originalErr);
	}

	private String run(int expected, String... args) {
		out.reset();
		err.reset();
		int code = GoldthreadCommand.run(args);
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(expected, code, () -> String.join(" ", args) + "\nout: " + text + "\nerr: " + err());
		return text;
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private static Course course(Path file) {
		return (Course) new GoldthreadChecker().check(List.of(file), List.of(), null).get(0).document();
	}

	/** Module title / day number / session title → the sorted "objective strength" it covers. */
	private static Map<String, TreeSet<String>> coverage(Course course) {
		Map<String, TreeSet<String>> coverage = new TreeMap<>();
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				for (Session session : day.getSessions()) {
					TreeSet<String> covers = coverage.computeIfAbsent(module.getTitle() + " / " + day.getNumber() + " / " + session.getTitle(),
							k -> new TreeSet<>());
					for (Coverage c : session.getCoverage()) {
						covers.add(CaseExport_objectiveCode(c.getObjective()) + " " + (c.getStrength() == null ? Strength.COVERS : c.getStrength()).getLiteral());
					}
				}
			}
		}
		return coverage;
	}

	private static String CaseExport_objectiveCode(Item item) {
		StringBuilder code = new StringBuilder(item.getName());
		for (var c = item.eContainer(); c != null && !(c instanceof Framework); c = c.eContainer()) {
			if (c instanceof Section s) {
				code.insert(0, s.getName() + ".");
			} else if (c instanceof Item i) {
				code.insert(0, i.getName() + ".");
			}
		}
		return code.toString();
	}

	private static final Map<Strength, String> MARKS = Map.of(Strength.INTRODUCES, "I", Strength.DEVELOPS, "D", Strength.MASTERS, "M",
			Strength.PARTLY, "P", Strength.COVERS, "X");

	/**
	 * The Northtown course's matrix as a course team would keep it: a title row, module names merged
	 * across their sessions, a day row, a session row, a blank row, then one row per objective (id,
	 * text) with I/D/M/X marks; the key at the bottom and a notes sheet before the map.
	 */
	private Path northtownWorkbook(Course course) throws IOException {
		List<Session> sessions = new ArrayList<>();
		List<String> modules = new ArrayList<>();
		List<String> days = new ArrayList<>();
		for (Module module : course.getModules()) {
			for (TeachingDay day : module.getDays()) {
				for (Session session : day.getSessions()) {
					sessions.add(session);
					modules.add(module.getTitle());
					days.add("Day " + day.getNumber() + ": " + day.getTitle());
				}
			}
		}
		Map<String, Item> objectives = new LinkedHashMap<>();
		Framework framework = course.getFramework();
		for (Section section : framework.getSections()) {
			collect(section, objectives);
		}
		framework.getAppendices().forEach(a -> a.getSections().forEach(s -> collect(s, objectives)));
		Path file = dir.resolve("northtown-map.xlsx");
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet notes = wb.createSheet("Notes");
			notes.createRow(0).createCell(0).setCellValue("Mapped by the programme team for the 2025 revalidation.");
			Sheet map = wb.createSheet("Curriculum map");
			map.createRow(0).createCell(0).setCellValue("Northtown PGCert curriculum map");
			Row moduleRow = map.createRow(1);
			Row dayRow = map.createRow(2);
			Row sessionRow = map.createRow(3);
			sessionRow.createCell(0).setCellValue("Id");
			sessionRow.createCell(1).setCellValue("Objective");
			int first = 2;
			for (int i = 0; i < sessions.size(); i++) {
				int c = first + i;
				if (i == 0 || !modules.get(i).equals(modules.get(i - 1))) {
					moduleRow.createCell(c).setCellValue(modules.get(i));
					int last = i;
					while (last + 1 < sessions.size() && modules.get(last + 1).equals(modules.get(i))) {
						last++;
					}
					if (last > i) {
						map.addMergedRegion(new CellRangeAddress(1, 1, c, first + last));
					}
				}
				dayRow.createCell(c).setCellValue(days.get(i));
				sessionRow.createCell(c).setCellValue(sessions.get(i).getTitle());
			}
			int r = 5; // row 5 (index 4) stays blank
			for (Map.Entry<String, Item> objective : objectives.entrySet()) {
				Row row = map.createRow(r++);
				row.createCell(0).setCellValue(objective.getKey());
				row.createCell(1).setCellValue(objective.getValue().getText());
				for (int i = 0; i < sessions.size(); i++) {
					for (Coverage c : sessions.get(i).getCoverage()) {
						if (c.getObjective() == objective.getValue()) {
							row.createCell(first + i).setCellValue(MARKS.get(c.getStrength() == null ? Strength.COVERS : c.getStrength()));
						}
					}
				}
			}
			r++;
			Row key = map.createRow(r);
			key.createCell(0).setCellValue("Key:");
			key.createCell(1).setCellValue("I = introduced");
			key.createCell(2).setCellValue("D = developed");
			key.createCell(3).setCellValue("M = mastered");
			key.createCell(4).setCellValue("X = covered");
			key.createCell(5).setCellValue("P = partly");
			try (OutputStream os = Files.newOutputStream(file)) {
				wb.write(os);
			}
		}
		return file;
	}

	private static void collect(Section section, Map<String, Item> objectives) {
		section.getItems().forEach(i -> collect(i, objectives));
	}

	private static void collect(Item item, Map<String, Item> objectives) {
		objectives.put(CaseExport_objectiveCode(item), item);
		item.getChildren().forEach(c -> collect(c, objectives));
	}

	@Test
	void theNorthtownMatrixImportsBackToTheSameCoverage() throws IOException {
		Course original = course(NORTHTOWN);
		Path workbook = northtownWorkbook(original);
		Path imported = dir.resolve("northtown-again.course");
		String said = run(0, "import", "xlsx", workbook.toString(), "--framework", "cypmh.leadership", "--output", imported.toString(), "--title",
				"Northtown again");
		assertTrue(said.contains("sheet 'Curriculum map'"), said);
		assertTrue(said.contains("sheet 'Notes' was not used"), said);
		assertTrue(said.contains("legend found in the workbook: I=introduces, D=develops, M=masters, X=covers, P=partly"), said);
		assertTrue(said.contains("wrote " + imported), said);
		// the check's summary is printed at once
		assertTrue(said.contains("northtownAgain (Northtown again): "), said);
		assertFalse(said.contains("unknown mark"), said);
		Map<String, TreeSet<String>> expected = coverage(original);
		Map<String, TreeSet<String>> actual = coverage(course(imported));
		assertEquals(expected, actual);
		assertTrue(expected.values().stream().mapToInt(TreeSet::size).sum() > 50);
		// canonical layout
		run(0, "format", "--check", imported.toString());
	}

	@Test
	void objectivesInColumnsNamedByTextWithTicksAndNumbers() throws IOException {
		// transposed: sessions down the side, objectives across the top by (slightly different) text
		Path file = dir.resolve("transposed.xlsx");
		try (Workbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("Map");
			Row header = s.createRow(0);
			header.createCell(0).setCellValue("Module");
			header.createCell(1).setCellValue("Session");
			header.createCell(2).setCellValue("Be aware of the policy landscape in the UK in relation to mental health of young people");
			header.createCell(3).setCellValue("landscape.populationNeeds");
			header.createCell(4).setCellValue("Something the framework does not have at all");
			Row r1 = s.createRow(1);
			r1.createCell(0).setCellValue("Module 1: Foundations");
			r1.createCell(1).setCellValue("Policy workshop");
			r1.createCell(2).setCellValue("✓");
			r1.createCell(3).setCellValue(2);
			s.createRow(2); // blank
			Row r3 = s.createRow(3);
			r3.createCell(0).setCellValue("Module 1: Foundations");
			r3.createCell(1).setCellValue("Needs seminar");
			r3.createCell(3).setCellValue(3);
			r3.createCell(4).setCellValue("X");
			try (OutputStream os = Files.newOutputStream(file)) {
				wb.write(os);
			}
		}
		Path course = dir.resolve("t.course");
		String said = run(0, "import", "xlsx", file.toString(), "--framework", "cypmh.leadership", "--output", course.toString());
		assertTrue(said.contains("objectives are in the columns"), said);
		// the guess by text is reported with its score
		assertTrue(said.lines().anyMatch(l -> l.startsWith("note: column 3 'Be aware of the policy landscape") && l.contains("' → landscape.ukPolicy (fuzzy text match, 0.")), said);
		// the column that matches nothing is listed, not dropped silently
		assertTrue(said.contains("unmatched: column 5 'Something the framework does not have at all' has marks but matches no objective"), said);
		String text = Files.readString(course);
		assertTrue(text.contains("session \"Policy workshop\" workshop"), text);
		assertTrue(text.contains("landscape.populationNeeds develops"), text);
		assertTrue(text.contains("session \"Needs seminar\" seminar"), text);
		assertTrue(text.contains("landscape.populationNeeds masters"), text);
	}

	@Test
	void csvWithSemicolonsAndAGivenLegend() throws IOException {
		Path file = dir.resolve("map.csv");
		Files.writeString(file, """
				Module;Leading in context;Leading in context
				Session;Policy lecture;Needs tutorial
				landscape.ukPolicy;R;
				landscape.populationNeeds;;E
				landscape.policyTimeline;Q;
				""");
		Path course = dir.resolve("c.course");
		String said = run(0, "import", "csv", file.toString(), "--framework", "cypmh.leadership", "--output", course.toString(), "--legend",
				"R=introduces,E=masters");
		assertTrue(said.contains("unknown mark 'Q' in cell B5; not counted"), said);
		String text = Files.readString(course);
		assertTrue(text.contains("covers landscape.ukPolicy introduces"), text);
		assertTrue(text.contains("covers landscape.populationNeeds masters"), text);
		assertFalse(text.contains("policyTimeline"), text);
		assertTrue(text.contains("module leadingInContext \"Leading in context\""), text);
	}

	@Test
	void formulasAreTakenAtTheirValueWithAWarning() throws IOException {
		Path file = dir.resolve("formulas.xlsx");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet s = wb.createSheet("Map");
			Row h = s.createRow(0);
			h.createCell(1).setCellValue("Policy lecture");
			Row r = s.createRow(1);
			r.createCell(0).setCellValue("landscape.ukPolicy");
			r.createCell(1).setCellFormula("IF(1>0,\"I\",\"\")");
			wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
			try (OutputStream os = Files.newOutputStream(file)) {
				wb.write(os);
			}
		}
		Path course = dir.resolve("f.course");
		String said = run(0, "import", "xlsx", file.toString(), "--framework", "cypmh.leadership", "--output", course.toString());
		assertTrue(said.contains("warning: sheet 'Map' cell B2 holds a formula (=IF(1>0,\"I\",\"\")); its last calculated value 'I' is used"), said);
		assertTrue(Files.readString(course).contains("covers landscape.ukPolicy introduces"));
	}

	private void assertCleanFailure(Path input, Path output, String message) throws IOException {
		List<Path> before;
		try (var files = Files.list(dir)) {
			before = files.sorted().toList();
		}
		run(2, "import", input.toString().endsWith(".csv") ? "csv" : "xlsx", input.toString(), "--framework", "cypmh.leadership", "--output", output.toString());
		String e = err();
		assertTrue(e.startsWith("goldthread: ") && e.contains(message), e);
		assertEquals(1, e.strip().lines().count(), "one line: " + e);
		assertFalse(e.contains("Exception") || e.contains("\tat "), e);
		try (var files = Files.list(dir)) {
			assertEquals(before, files.sorted().toList(), "nothing written, no partial or temporary file");
		}
	}

	@Test
	void badFilesGiveOneClearLineAndWriteNothing() throws Exception {
		Path out = dir.resolve("out.course");
		Path text = dir.resolve("notes.xlsx");
		Files.writeString(text, "this is not a workbook");
		assertCleanFailure(text, out, "not a workbook that can be read");

		// password-protected (agile encryption, as Excel does it)
		Path plain = dir.resolve("plain.xlsx");
		try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(plain)) {
			wb.createSheet("Map").createRow(0).createCell(0).setCellValue("landscape.ukPolicy");
			wb.write(os);
		}
		Path locked = dir.resolve("locked.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE); OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream os = Files.newOutputStream(locked)) {
				fs.writeFilesystem(os);
			}
		}
		Files.delete(plain);
		assertCleanFailure(locked, out, "password-protected");

		// 100,000 rows
		Path huge = dir.resolve("huge.xlsx");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream os = Files.newOutputStream(huge)) {
			Sheet s = wb.createSheet("Map");
			for (int r = 0; r < 100_000; r++) {
				s.createRow(r).createCell(0).setCellValue("row " + r);
			}
			wb.write(os);
			wb.dispose();
		}
		assertCleanFailure(huge, out, "has 100000 rows; a curriculum map has at most 10000");

		// a workbook with no objectives of the framework in it
		Path unrelated = dir.resolve("unrelated.xlsx");
		try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(unrelated)) {
			Sheet s = wb.createSheet("Budget");
			s.createRow(0).createCell(0).setCellValue("Catering");
			s.createRow(1).createCell(0).setCellValue("Room hire");
			wb.write(os);
		}
		assertCleanFailure(unrelated, out, "names an objective of cypmh.leadership");

		// a workbook cut off half way (a broken download)
		Path cut = dir.resolve("cut.xlsx");
		try (Workbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(cut)) {
			wb.createSheet("Map").createRow(0).createCell(0).setCellValue("landscape.ukPolicy");
			wb.write(os);
		}
		byte[] whole = Files.readAllBytes(cut);
		Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
		assertCleanFailure(cut, out, "not a workbook that can be read");

		// a CSV that is not text
		Path binary = dir.resolve("binary.csv");
		Files.write(binary, new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3 });
		assertCleanFailure(binary, out, "not UTF-8 text");

		// an unknown framework and a wrong output name are usage errors too
		run(2, "import", "xlsx", unrelated.toString(), "--framework", "no.such", "--output", out.toString());
		assertTrue(err().contains("nor the id of a shipped framework"), err());
		run(2, "import", "xlsx", unrelated.toString(), "--framework", "cypmh.leadership", "--output", dir.resolve("x.txt").toString());
		assertTrue(err().contains("the output must be a .course file"), err());
		assertFalse(Files.exists(out));
	}
}
