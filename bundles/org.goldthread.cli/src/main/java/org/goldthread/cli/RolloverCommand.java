package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.Rollover;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rollover", mixinStandardHelpOptions = true,
		description = { "Makes next academic year's course from this year's: teaching days moved to the same weekdays of the",
				"new year, the id and title given the new year, mappings kept, and an 'about' line recording what it was derived from.",
				"Writes a new file beside the course (never replaces one); the original is not touched." },
		footer = { "", "Examples:", "  goldthread rollover examples/northtown/northtown-pgcert.course --year 2027-28",
				"  goldthread rollover my.course --year 2027-28 -o next/my.course",
				"", "Exit codes: 0 written, 1 refused (syntax errors, an earlier year, the output exists), 2 usage or I/O error, 3 internal error." })
class RolloverCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "COURSE", description = "The course file.")
	File course;

	@Option(names = "--year", required = true, paramLabel = "YEAR", description = "The academic year of the new course, e.g. 2027-28.")
	String year;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "The new file (default: the course's name with the year, beside it).")
	File output;

	@Option(names = "--dry-run", description = "Print the new course instead of writing it.")
	boolean dryRun;

	@Mixin
	EvolutionOptions options;

	@Override
	public Integer call() {
		try {
			Rollover.AcademicYear target = Rollover.AcademicYear.parse(year);
			if (!course.isFile()) {
				System.err.println("goldthread: " + course + ": no such file");
				return 2;
			}
			Rollover.Result result;
			try {
				result = new org.goldthread.evolution.Evolution(options.workspace()).rollover(course.toPath(), target);
			} catch (EvolutionException e) {
				System.err.println("goldthread: " + e.getMessage());
				return 1;
			}
			if (dryRun) {
				System.out.print(result.text());
				return 0;
			}
			Path to = output != null ? output.toPath() : defaultOutput(course.toPath(), result);
			if (Files.exists(to)) {
				System.err.println("goldthread: " + to + " exists already; not replaced (give another file with -o)");
				return 1;
			}
			EvolutionOptions.createAtomically(to, result.text().getBytes(StandardCharsets.UTF_8));
			System.err.println("rolled " + course + " (" + result.from() + ") over to " + to + " (" + result.to() + ", id " + result.newId() + ")");
			result.notes().forEach(n -> System.err.println("  " + n));
			return 0;
		} catch (EvolutionException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		} catch (IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
	}

	/** northtown-pgcert.course → northtown-pgcert-2027-28.course (the old year replaced if the name has it). */
	static Path defaultOutput(Path course, Rollover.Result result) {
		String name = course.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = name.substring(0, dot);
		String from = result.from().toString();
		String stem = base.contains(from) ? base.replace(from, result.to().toString()) : base + "-" + result.to();
		return course.resolveSibling(stem + name.substring(dot));
	}
}
