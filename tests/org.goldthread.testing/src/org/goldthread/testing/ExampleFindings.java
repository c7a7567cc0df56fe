package org.goldthread.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.model.Item;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Finding;
import org.goldthread.model.findings.ObjectiveCoverage;

/**
 * What every front end must report for the repository's examples (examples/): one committed
 * expectation, {@code expectations/examples-findings.txt}, made from the command line's JSON report
 * ({@code CrossFrontEndTest} in the command line's tests writes {@code target/examples-findings.txt}
 * when it differs). For each course and plan (by its path under examples/, in path order): its
 * findings (line, rule, severity, message, fix hint) in source order, and for a course the coverage
 * status of each leaf objective, as the engine computed it.
 * <p>
 * The command line's JSON, the language server's diagnostics, the Maven plugin's check and the
 * Eclipse builder's markers and Coverage view are each compared with it.
 */
public final class ExampleFindings {

	/** Where the expectation lies in this bundle (and jar). */
	public static final String RESOURCE = "/expectations/examples-findings.txt";

	private ExampleFindings() {
	}

	/** The committed expectation, line by line. */
	public static List<String> expected() {
		try (InputStream in = ExampleFindings.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is not on the class path (bundle org.goldthread.testing)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Only the lines a front end without coverage (the language server, markers) can be compared with: documents and findings. */
	public static List<String> findingsOnly(List<String> lines) {
		return lines.stream().filter(l -> !l.startsWith("  coverage ")).toList();
	}

	/** The line naming a document: its path under examples/, with '/' separators. */
	public static String document(String pathUnderExamples) {
		return pathUnderExamples.replace('\\', '/');
	}

	/** The line of one finding. */
	public static String finding(int line, String ruleId, String severity, String message, String fixHint) {
		return "  finding " + line + " " + ruleId + " " + severity + " " + oneLine(message) + " | fix: "
				+ (fixHint == null || fixHint.isBlank() ? "-" : oneLine(fixHint));
	}

	/** The line of one leaf objective's coverage; {@code status} is the engine's CoverageStatus literal ("partly covered"). */
	public static String coverage(String objectiveId, String status) {
		return "  coverage " + objectiveId + " " + status;
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replace("\r", "").replace("\n", "\\n");
	}

	/** The lines of one engine report of a document (its findings and, for a course, its leaf objectives' coverage). */
	public static List<String> of(String pathUnderExamples, ConformanceReport report) {
		List<String> lines = new ArrayList<>();
		lines.add(document(pathUnderExamples));
		for (Finding f : report.getFindings()) {
			lines.add(finding(f.getLocation() == null ? 0 : f.getLocation().getLine(), f.getRuleId(), f.getSeverity().getLiteral(), f.getMessage(),
					f.getFixHint()));
		}
		if (report.getCoverage() != null) {
			for (ObjectiveCoverage objective : report.getCoverage().getObjectives()) {
				if (isLeaf(objective.getObjective())) {
					lines.add(coverage(objective.getObjectiveId(), objective.getStatus().getLiteral()));
				}
			}
		}
		return lines;
	}

	private static boolean isLeaf(Item objective) {
		return objective != null && org.goldthread.conformance.CourseFacts.isLeaf(objective);
	}

	/**
	 * Fails, naming the front end, when {@code actual} differs from {@code expected}; writes
	 * {@code actual} to {@code target/<frontEnd>-examples-findings.txt} first, for a diff.
	 */
	public static void assertSame(List<String> expected, List<String> actual, String frontEnd) {
		String want = String.join("\n", expected);
		String got = String.join("\n", actual);
		if (!want.equals(got)) {
			try {
				Path out = Path.of("target", frontEnd + "-examples-findings.txt");
				Files.createDirectories(out.getParent());
				Files.writeString(out, got + "\n");
			} catch (IOException e) {
				// the assertion below still says what differs
			}
		}
		assertEquals(want, got, frontEnd + " reports other findings or coverage for the examples than the command line's JSON ("
				+ RESOURCE + " in tests/org.goldthread.testing; this front end's are in target/" + frontEnd + "-examples-findings.txt)");
	}
}
