package org.goldthread.evolution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.goldthread.model.Course;
import org.goldthread.model.Framework;

/**
 * The evolution commands over a workspace: the impact of a new version on course files, migrating
 * a course file, rolling one over. Courses are loaded one at a time, so memory stays flat in the
 * number of courses.
 */
public final class Evolution {

	private final EvolutionWorkspace workspace;
	private final Map<Framework, FrameworkDiff> diffs = new HashMap<>();

	public Evolution(EvolutionWorkspace workspace) {
		this.workspace = workspace;
	}

	public EvolutionWorkspace workspace() {
		return workspace;
	}

	private FrameworkDiff diff(Framework oldVersion, Framework newVersion) {
		return diffs.computeIfAbsent(oldVersion, old -> FrameworkDiff.compare(old, newVersion));
	}

	/** The impact of {@code newVersion} on each course file, handed to {@code each} as it is ready. */
	public void impact(Framework newVersion, List<Path> courses, Consumer<Impact.CourseImpact> each) {
		for (Path file : courses) {
			EvolutionWorkspace.LoadedCourse loaded;
			try {
				loaded = workspace.course(file);
			} catch (EvolutionException e) {
				each.accept(new Impact.CourseImpact(file, null, null, e.getMessage(), List.of()));
				continue;
			}
			try {
				Course course = loaded.course();
				if (!loaded.syntaxErrors().isEmpty() || course == null) {
					each.accept(new Impact.CourseImpact(file, course == null ? null : course.getName(), null, course == null ? "not a course"
							: "has syntax errors (" + loaded.syntaxErrors().get(0) + "); fix them first", List.of()));
					continue;
				}
				Framework old = course.getFramework() == null || course.getFramework().eIsProxy() ? null : course.getFramework();
				if (old == null || !newVersion.getName().equals(old.getName())) {
					each.accept(new Impact.CourseImpact(file, course.getName(), old == null ? null : DiffRenderer.label(old),
							"does not implement " + newVersion.getName() + (old == null ? " (or its framework is not available)" : ""), List.of()));
					continue;
				}
				if (old == newVersion) {
					each.accept(new Impact.CourseImpact(file, course.getName(), DiffRenderer.label(old), null, List.of()));
					continue;
				}
				each.accept(Impact.of(file, course, diff(old, newVersion)));
			} finally {
				workspace.release(loaded);
			}
		}
	}

	/** All impacts, as a list. */
	public List<Impact.CourseImpact> impact(Framework newVersion, List<Path> courses) {
		List<Impact.CourseImpact> result = new ArrayList<>();
		impact(newVersion, courses, result::add);
		return result;
	}

	/**
	 * Migrates one course file to {@code version} of the framework it implements. Refuses (with a
	 * reason) a file with syntax errors, one that is not a course, one whose framework or target
	 * version is not available, and one that already implements that version. Does not write.
	 */
	public Migration.Result migrate(Path file, String version) throws EvolutionException {
		EvolutionWorkspace.LoadedCourse loaded = workspace.course(file);
		try {
			if (!loaded.syntaxErrors().isEmpty()) {
				throw new EvolutionException(file + ": refused: the file has syntax errors (" + loaded.syntaxErrors().get(0)
						+ "); fix them first (goldthread check " + file + ").");
			}
			Course course = loaded.course();
			if (course == null) {
				throw new EvolutionException(file + ": refused: not a course.");
			}
			Framework old = course.getFramework() == null || course.getFramework().eIsProxy() ? null : course.getFramework();
			if (old == null) {
				throw new EvolutionException(file + ": refused: the framework it implements is not available.");
			}
			if (version.equals(old.getVersion())) {
				throw new EvolutionException(file + ": already implements " + old.getName() + " version \"" + version + "\"; nothing to migrate.");
			}
			Framework target = workspace.framework(old.getName(), version);
			if (target == null) {
				throw new EvolutionException(file + ": refused: no version \"" + version + "\" of " + old.getName() + " is available (available: "
						+ workspace.versions(old.getName()) + "); give its file with --framework.");
			}
			if (!java.util.Objects.equals(course.getFrameworkVersion(), old.getVersion())) {
				throw new EvolutionException(file + ": refused: it names version \"" + course.getFrameworkVersion() + "\" of " + old.getName()
						+ ", which is not available; migrate needs the version it implements to read the change records against.");
			}
			return Migration.migrate(loaded.text(), course, diff(old, target), file);
		} finally {
			workspace.release(loaded);
		}
	}

	/** Rolls a course file over to {@code year}; refuses a file with syntax errors. Does not write. */
	public Rollover.Result rollover(Path file, Rollover.AcademicYear year) throws EvolutionException {
		EvolutionWorkspace.LoadedCourse loaded = workspace.course(file);
		try {
			if (!loaded.syntaxErrors().isEmpty()) {
				throw new EvolutionException(file + ": refused: the file has syntax errors (" + loaded.syntaxErrors().get(0) + "); fix them first.");
			}
			if (loaded.course() == null) {
				throw new EvolutionException(file + ": refused: not a course.");
			}
			return Rollover.rollover(loaded.text(), loaded.course(), year);
		} finally {
			workspace.release(loaded);
		}
	}
}
