package org.goldthread.cli;

import java.util.List;

import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Severity;

/** The counts over all checked files, the closing line, and the exit code they give. */
record Summary(int files, int errors, int warnings, int infos) {

	static Summary of(List<CheckedFile> checked) {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (CheckedFile file : checked) {
			ConformanceReport report = file.report();
			errors += report.count(Severity.ERROR);
			warnings += report.count(Severity.WARNING);
			infos += report.count(Severity.INFO);
		}
		return new Summary(checked.size(), errors, warnings, infos);
	}

	String line() {
		return files + " file" + (files == 1 ? "" : "s") + " checked: " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
				+ " warning" + (warnings == 1 ? "" : "s") + ", " + infos + " info";
	}

	/** 1 when there are findings at or above the level, else 0. */
	int exitCode(CheckCommand.FailLevel failOn) {
		return failOn != CheckCommand.FailLevel.none && (errors > 0 || (failOn == CheckCommand.FailLevel.warning && warnings > 0)) ? 1 : 0;
	}
}
