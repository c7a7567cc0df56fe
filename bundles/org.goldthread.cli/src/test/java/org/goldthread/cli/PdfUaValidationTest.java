package org.goldthread.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF that {@code goldthread report --format pdf,pack} writes (reports and submission packs) for the shipped examples and for the
 * report tests' fixture courses (one of them full of hostile text: markup, right-to-left scripts,
 * emoji, control characters) conforms to PDF/UA-1 (ISO 14289-1), as veraPDF, the PDF Association's
 * reference validator, checks it with its PDF/UA-1 profile (the machine-checkable Matterhorn
 * Protocol conditions). Any failed rule fails the test, naming the rule, the file and where.
 */
class PdfUaValidationTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void veraPdf() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "examples", "report fixtures" })
	void everyPdfReportConformsToPdfUa1(String input) throws Exception {
		Path out = dir.resolve("reports");
		int exit = GoldthreadCommand.run(new String[] { "report", (input.equals("report fixtures") ? Repository.reportFixtures() : Repository.resolve(input)).toString(), "--format", "pdf,pack", "--fail-on", "none", "--quiet", "-o", out.toString() });
		assertEquals(0, exit, "goldthread report failed");
		List<Path> pdfs;
		try (Stream<Path> files = Files.list(out)) {
			pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
		}
		assertTrue(pdfs.size() >= 4, "too few PDFs written: " + pdfs);
		assertTrue(pdfs.stream().filter(p -> p.toString().endsWith(".pack.pdf")).count() >= 2, "the submission packs' PDFs are validated too: " + pdfs);
		List<String> problems = new ArrayList<>();
		for (Path pdf : pdfs) {
			problems.addAll(validate(pdf));
		}
		if (!problems.isEmpty()) {
			fail("PDF/UA-1 violations (veraPDF):\n" + String.join("\n", problems));
		}
	}

	/** The check can fail: an untagged PDF (openhtmltopdf without its PDF/UA mode) is rejected. */
	@org.junit.jupiter.api.Test
	void anUntaggedPdfFailsTheCheck() throws Exception {
		Path pdf = dir.resolve("untagged.pdf");
		try (java.io.OutputStream out = Files.newOutputStream(pdf)) {
			com.openhtmltopdf.pdfboxout.PdfRendererBuilder builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
			builder.withHtmlContent("<html><head><title>t</title></head><body><h1>Heading</h1><p>Text</p></body></html>", null);
			builder.toStream(out);
			builder.run();
		}
		List<String> problems = validate(pdf);
		assertTrue(problems.stream().anyMatch(p -> p.contains("rule 7.1-")), "veraPDF finds an untagged PDF wanting: " + problems);
	}

	/** veraPDF's failed PDF/UA-1 rules for one file, one line per rule (with how often and the first place). */
	static List<String> validate(Path pdf) throws Exception {
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
			ValidationResult result = validator.validate(parser);
			assertEquals(PDFAFlavour.PDFUA_1, result.getPDFAFlavour(), "validated against the wrong profile");
			assertTrue(result.getTotalAssertions() > 0, pdf + ": veraPDF checked nothing");
			Map<String, List<TestAssertion>> failed = new TreeMap<>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.computeIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(), k -> new ArrayList<>())
							.add(assertion);
				}
			}
			List<String> problems = new ArrayList<>();
			failed.forEach((rule, list) -> problems.add(pdf.getFileName() + ": rule " + rule + " failed " + list.size() + "x: "
					+ list.get(0).getMessage() + " (at " + list.get(0).getLocation().getContext() + ")"));
			if (!result.isCompliant() && problems.isEmpty()) {
				problems.add(pdf.getFileName() + ": not compliant");
			}
			return problems;
		}
	}
}
