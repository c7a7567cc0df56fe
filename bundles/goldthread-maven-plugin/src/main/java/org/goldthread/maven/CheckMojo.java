package org.goldthread.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.goldthread.conformance.CheckSummary;
import org.goldthread.conformance.FailLevel;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.model.Course;
import org.goldthread.model.LocalPlan;
import org.goldthread.model.findings.ConformanceReport;
import org.goldthread.model.findings.Verdict;

/**
 * Checks every Goldthread file in the source folders: each course and local plan against the
 * framework it implements, every file against the language's rules. Findings are logged the way
 * Maven logs compiler messages ({@code [ERROR] file:[line,col] GT-COV-001 message}, at the level of
 * their severity), with a summary line per course or plan, and the build fails when there are
 * findings at or above {@code failOn}. It also fails when a course implements a framework id and
 * version that no framework source provides, naming the missing framework and how to add it.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class CheckMojo extends AbstractGoldthreadMojo {

	/**
	 * When the build fails: {@code error} when any file has an error finding, {@code warning} when any
	 * has an error or a warning, {@code none} never (findings are only logged). Information findings
	 * never fail the build. Which findings are errors and which warnings depends on the profile.
	 */
	@Parameter(property = "goldthread.failOn", defaultValue = "error")
	protected String failOn;

	@Override
	protected String goal() {
		return "check";
	}

	@Override
	protected void addGoalParameters(InputStamp stamp) {
		stamp.add("failOn", failOn);
	}

	@Override
	protected Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, MojoFailureException {
		FailLevel level = failOn == null ? FailLevel.ERROR : FailLevel.byKey(failOn);
		if (level == null) {
			throw new MojoExecutionException("Goldthread: parameter failOn is '" + failOn + "': use " + FailLevel.KEYS);
		}
		Log log = getLog();
		List<String> failing = new ArrayList<>();
		for (CheckedFile file : run.checked()) {
			ConformanceReport report = file.report();
			Findings.log(log, file);
			if (CheckSummary.fails(report, level)) {
				failing.add(Findings.name(file) + ": " + report.getVerdict().getLiteral());
			}
		}
		for (CheckedFile file : run.checked()) {
			if (file.document() instanceof Course || file.document() instanceof LocalPlan) {
				String summary = Findings.summary(file);
				Verdict verdict = file.report().getVerdict();
				if (verdict == Verdict.DOES_NOT_CONFORM) {
					log.error(summary);
				} else if (verdict == Verdict.CONFORMS_WITH_WARNINGS) {
					log.warn(summary);
				} else {
					log.info(summary);
				}
			}
		}
		CheckSummary summary = CheckSummary.of(run.checked());
		String total = summary.line();
		log.info("Goldthread: " + total);
		if (summary.fails(level)) {
			throw new MojoFailureException("Goldthread check failed (failOn=" + level + "): " + total + ". " + failing.size() + " of "
					+ CheckSummary.plural(summary.files(), "file") + " did not pass: " + String.join("; ", failing)
					+ ". The findings are listed above.");
		}
		if (level == FailLevel.NONE && (summary.errors() > 0 || summary.warnings() > 0)) {
			log.warn("Goldthread: the build goes on despite the findings above (failOn=none)");
		}
		return new Outcome(total, List.of());
	}
}
