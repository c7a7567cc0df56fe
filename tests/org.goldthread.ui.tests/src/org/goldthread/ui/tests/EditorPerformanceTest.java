package org.goldthread.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.ui.texteditor.ITextEditor;
import org.goldthread.ui.editor.ValidationReconciler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a timed assertion: re-validation of a 2,000-line course in the editor after a
 * keystroke (re-parse of that document, linking, the language's checks and the conformance rules),
 * median of 20 keystrokes, written to target/performance/editor.txt (docs/performance.md quotes it).
 */
public class EditorPerformanceTest extends UiTestSupport {

	private IProject project;

	@AfterEach
	void tearDown() throws Exception {
		closeEditorsAndDelete(project);
	}

	@Test
	void revalidationOfA2000LineCourseAfterAKeystroke() throws Exception {
		String course = syntheticCourse(2000);
		assertEquals(2000, course.split("\n", -1).length - 1);
		project = project("performancetest", false);
		IFile file = write(project, "big.course", course);
		List<ValidationReconciler.Run> runs = new CopyOnWriteArrayList<>();
		Consumer<ValidationReconciler.Run> listener = runs::add;
		ValidationReconciler.addRunListener(listener);
		try {
			long openStart = System.nanoTime();
			ITextEditor editor = open(file);
			IDocument document = document(editor);
			waitFor(() -> !runs.isEmpty(), 60_000, "the first validation");
			long firstMillis = (System.nanoTime() - openStart) / 1_000_000;
			long firstValidation = runs.get(0).nanos() / 1_000_000;
			List<Long> validation = new ArrayList<>();
			List<Long> latency = new ArrayList<>();
			int at = document.get().indexOf("\"Session 1 ") + 1;
			for (int i = 0; i < 20; i++) {
				runs.clear();
				long start = System.nanoTime();
				document.replace(at, 0, "x");
				long stamp = ((IDocumentExtension4) document).getModificationStamp();
				waitFor(() -> runs.stream().anyMatch(r -> r.modificationStamp() == stamp), 60_000, "re-validation " + i);
				latency.add((System.nanoTime() - start) / 1_000_000);
				validation.add(runs.stream().filter(r -> r.modificationStamp() == stamp).findFirst().orElseThrow().nanos() / 1_000_000);
				dispatch(50);
			}
			long medianValidation = median(validation);
			long medianLatency = median(latency);
			int issues = runs.get(runs.size() - 1).issues();
			String report = String.format(Locale.ROOT, """
					Editor re-validation of a 2,000-line course after a keystroke (%d runs)
					  median re-validation (re-parse of the edited document, linking, checks, conformance rules): %d ms
					  median keystroke-to-annotations latency (includes the reconciler's 300 ms delay): %d ms
					  re-validation per keystroke, ms: %s
					  first validation on opening: %d ms (editor open to annotations: %d ms)
					  findings in the course: %d
					""", validation.size(), medianValidation, medianLatency, validation, firstValidation, firstMillis, issues);
			System.out.println(report);
			Path dir = Path.of(System.getProperty("goldthread.performanceDir", "target/performance"));
			Files.createDirectories(dir);
			Files.writeString(dir.resolve("editor.txt"), report, StandardCharsets.UTF_8);
			assertTrue(medianValidation > 0);
		} finally {
			ValidationReconciler.removeRunListener(listener);
		}
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	/**
	 * A course of exactly {@code lines} lines on the shipped curriculum: modules of teaching days of
	 * four-line sessions that cover the objectives and weave the threads the Eastfield example names.
	 */
	static String syntheticCourse(int lines) throws IOException {
		String eastfield = example("eastfield/eastfield-pgcert.course");
		Set<String> objectives = new LinkedHashSet<>();
		Matcher covers = Pattern.compile("covers ([^\\n]+)").matcher(eastfield);
		while (covers.find()) {
			for (String claim : covers.group(1).split(",")) {
				objectives.add(claim.trim().split(" ")[0]);
			}
		}
		List<String> ids = new ArrayList<>(objectives);
		List<String> threads = List.of("participation", "edi", "systemic", "wellbeing", "evidence", "workforce", "reflective");
		StringBuilder sb = new StringBuilder();
		List<String> header = List.of("course big.pgcert \"A very large course\"", "\tprovider \"Benchmark University\"",
				"\timplements cypmh.leadership version \"2024\"", "\tpathway pgcert", "");
		header.forEach(l -> sb.append(l).append('\n'));
		int used = header.size();
		int session = 0;
		int day = 0;
		int module = 0;
		// each module: header line, days (header + sessions*4 + close), close line, blank line
		while (used < lines) {
			module++;
			sb.append("module m").append(module).append(" \"Module ").append(module).append("\" {\n");
			used++;
			for (int d = 0; d < 4 && used < lines - 2; d++) {
				day++;
				sb.append("\tday ").append(day).append(" \"Day ").append(day).append("\" {\n");
				used++;
				for (int s = 0; s < 10 && used + 4 <= lines - 3; s++) {
					session++;
					sb.append("\t\tsession \"Session ").append(session).append(" of the course\" lecture 1h\n");
					sb.append("\t\t\tcovers ").append(ids.get(session % ids.size())).append(", ").append(ids.get((session * 7) % ids.size())).append('\n');
					sb.append("\t\t\tweaves ").append(threads.get(session % threads.size())).append(", ")
							.append(threads.get((session + 3) % threads.size())).append('\n');
					sb.append("\t\t\t// session ").append(session).append('\n');
					used += 4;
				}
				sb.append("\t}\n");
				used++;
			}
			sb.append("}\n");
			used++;
			if (used < lines) {
				sb.append('\n');
				used++;
			}
		}
		while (used < lines) {
			sb.append('\n');
			used++;
		}
		return sb.toString();
	}
}
