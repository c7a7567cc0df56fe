package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.Profile;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command shares: paths, extra frameworks, profile. */
class InputOptions {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Goldthread files, or folders to search for them (.curriculum, .framework, .course, .plan).")
	List<File> paths;

	@Option(names = "--framework", paramLabel = "FILE", description = "A framework file to link against besides the shipped ones (repeatable).")
	List<File> frameworks = new ArrayList<>();

	@Option(names = "--profile", paramLabel = "NAME|FILE",
			description = "Check under this profile (default, accreditation, cpd, or a goldthread.properties file) instead of the settings next to each course.")
	String profile;

	/** Loads and checks; prints the problem and returns null on a usage or I/O error. */
	List<CheckedFile> run() {
		List<CheckedFile> checked = new ArrayList<>();
		return run(checked::add, false) ? checked : null;
	}

	/**
	 * Loads and checks, handing each file's result to {@code each} as soon as it is ready; with
	 * {@code release}, each course and plan is unloaded afterwards (memory stays flat in the number of
	 * files; {@code each} must not keep the document). False after printing the problem on a usage or
	 * I/O error.
	 */
	boolean run(java.util.function.Consumer<CheckedFile> each, boolean release) {
		try {
			List<Path> files = GoldthreadChecker.collect(paths.stream().map(File::toPath).toList());
			List<Path> extra = GoldthreadChecker.collect(frameworks.stream().map(File::toPath).toList());
			if (files.isEmpty()) {
				System.err.println("goldthread: no Goldthread files (.curriculum, .framework, .course, .plan) in " + paths);
				return false;
			}
			GoldthreadChecker checker = new GoldthreadChecker();
			if (profile != null) {
				checker.service().setProfileOverride(Profile.named(profile, null));
			}
			try (Progress progress = Progress.start(files.size())) {
				if (release) {
					checker.checkEach(files, extra, List.of(), progress::update, each);
				} else {
					checker.check(files, extra, progress::update).forEach(each);
				}
				return true;
			}
		} catch (NoSuchFileException e) {
			System.err.println("goldthread: " + e.getFile() + ": no such file or folder");
		} catch (IOException e) {
			System.err.println("goldthread: " + e.getMessage());
		} catch (Profile.InvalidProfileException | IllegalArgumentException e) {
			System.err.println("goldthread: " + e.getMessage());
		}
		return false;
	}
}
