package org.goldthread.conformance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in docs/language.md are real: they parse, link and satisfy the documents' own rules. */
class DocsExamplesTest {

	@Test
	void languageReferenceExamplesParseAndLink(@TempDir Path dir) throws IOException {
		String doc = Files.readString(CatalogueAgreementTest.repositoryRoot().resolve("docs/language.md"), StandardCharsets.UTF_8);
		Matcher m = Pattern.compile("```goldthread\\n(.*?)```", Pattern.DOTALL).matcher(doc);
		List<Path> files = new ArrayList<>();
		while (m.find()) {
			String text = m.group(1);
			String ext = text.startsWith("course") ? "course" : text.startsWith("plan") ? "plan" : "framework";
			Path file = dir.resolve("example" + files.size() + "." + ext);
			Files.writeString(file, text, StandardCharsets.UTF_8);
			files.add(file);
		}
		assertTrue(files.size() >= 4, "a complete small example of each document kind");
		List<String> problems = new ArrayList<>();
		for (CheckedFile checked : new GoldthreadChecker(Fixtures.injector()).check(files, List.of(), null)) {
			for (Finding f : checked.report().getFindings()) {
				if (f.getRuleId().matches("GT-(SYN|DOC|INT)-00[1-3]")) {
					problems.add(checked.path().getFileName() + ":" + f.getLocation().getLine() + " " + f.getRuleId() + " " + f.getMessage());
				}
			}
		}
		assertEquals(List.of(), problems);
	}
}
