package org.goldthread.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.conformance.Profile;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.lang.GoldthreadStandaloneSetup;
import org.goldthread.maven.FrameworkSources.DependencyFrameworks;

import com.google.inject.Injector;

/**
 * What the goals share: where the Goldthread files and the frameworks are, how to check them (once
 * per build, whichever goal asks first), and when a goal has nothing new to do.
 */
public abstract class AbstractGoldthreadMojo extends AbstractMojo {

	/**
	 * Folders searched (with their subfolders) for Goldthread files: {@code .curriculum},
	 * {@code .framework}, {@code .course} and {@code .plan}. Every file found is checked and reported.
	 * A folder that does not exist is passed over.
	 */
	@Parameter(property = "goldthread.sourceDirectories", defaultValue = "${project.basedir}/src/main/goldthread")
	protected List<File> sourceDirectories;

	/**
	 * Framework files, or folders of them, to link courses and plans against besides the frameworks
	 * of the project's dependencies and the shipped ones: a draft curriculum, say, that is not yet
	 * published as a jar. They are read, not checked or reported. Listed files come first: one of
	 * these wins over a dependency's or a shipped framework of the same id and version.
	 */
	@Parameter(property = "goldthread.frameworks")
	protected List<File> frameworks;

	/**
	 * Whether the frameworks shipped with the plugin (those of {@code org.goldthread.curricula} in the
	 * plugin's version) are linked against. Set it to {@code false} to take every framework from the
	 * project's dependencies (any scope; a jar with {@code frameworks/index.txt}) and the
	 * {@code frameworks} parameter, so that the pom states exactly which framework versions the
	 * courses are checked against.
	 */
	@Parameter(property = "goldthread.useShippedFrameworks", defaultValue = "true")
	protected boolean useShippedFrameworks;

	/**
	 * The profile to check every file under: {@code default}, {@code accreditation} (how well a
	 * required element is met, e.g. partial coverage, counts as an error; never a heuristic), {@code cpd} (assessment findings are information only),
	 * or the path of a {@code goldthread.properties} file. When not set, each course is checked under
	 * the {@code goldthread.properties} in its folder or the nearest parent folder, else the default
	 * profile.
	 */
	@Parameter(property = "goldthread.profile")
	protected String profile;

	/** Skips the goal. */
	@Parameter(property = "goldthread.skip", defaultValue = "false")
	protected boolean skip;

	/**
	 * Runs the goal even when nothing it reads has changed since its last successful run. Without it,
	 * a goal whose inputs (Goldthread files, settings, frameworks, parameters, the plugin itself) hash
	 * to the stamp of its last successful run logs "up to date" and does nothing.
	 */
	@Parameter(property = "goldthread.force", defaultValue = "false")
	protected boolean force;

	/** Where the goals keep the stamps of their last successful runs. */
	@Parameter(defaultValue = "${project.build.directory}/goldthread-stamps", readonly = true, required = true)
	protected File stampDirectory;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	protected MavenProject project;

	@Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
	protected MojoExecution mojoExecution;

	@Parameter(defaultValue = "${plugin}", readonly = true, required = true)
	protected PluginDescriptor plugin;

	/** The files to check and every source of frameworks, with the hash of all of it. */
	record Inputs(List<Path> files, List<Path> localFrameworks, List<DependencyFrameworks> dependencies, String hash) {
	}

	/** One check of the inputs, shared by the goals of a project in one build. */
	record CheckRun(String hash, List<CheckedFile> checked) {
	}

	/** What a goal did: a one-line summary for the stamp and the "up to date" message, and the files it wrote. */
	record Outcome(String summary, List<String> outputs) {
	}

	private static final String RUN_KEY = CheckRun.class.getName();
	private static final Object LOCK = new Object();
	private static Injector injector;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Skipping Goldthread " + goal() + " (goldthread.skip)");
			return;
		}
		Inputs inputs = inputs();
		if (inputs.files().isEmpty()) {
			getLog().info("No Goldthread files (.curriculum, .framework, .course, .plan) in " + shown(sourceDirectories) + ": nothing to " + goal());
			return;
		}
		InputStamp stamp = new InputStamp().add("inputs", inputs.hash());
		addGoalParameters(stamp);
		String hash = stamp.hash();
		Path stampFile = stampDirectory.toPath().resolve(goal() + "-" + mojoExecution.getExecutionId() + ".properties");
		InputStamp.Record previous = InputStamp.read(stampFile);
		if (!force && previous != null && previous.hash().equals(hash) && outputsExist(previous.outputs())) {
			getLog().info("Goldthread " + goal() + ": up to date, nothing changed since the last successful run (" + previous.summary() + ")");
			return;
		}
		try {
			InputStamp.delete(stampFile); // a failing run must leave no stamp behind
			CheckRun run = check(inputs);
			Outcome outcome = run(run, previous == null ? List.of() : previous.outputs());
			InputStamp.write(stampFile, new InputStamp.Record(hash, outcome.summary(), outcome.outputs()));
		} catch (IOException e) {
			throw new MojoExecutionException("Goldthread " + goal() + ": " + e.getMessage(), e);
		}
	}

	/** The goal's name, for messages and the stamp. */
	protected abstract String goal();

	/** Adds the parameters that change what this goal does with the same check results. */
	protected abstract void addGoalParameters(InputStamp stamp);

	/** Does the goal's work on the check results; {@code previousOutputs} are the files its last successful run wrote. */
	protected abstract Outcome run(CheckRun run, List<String> previousOutputs) throws MojoExecutionException, MojoFailureException, IOException;

	/** Whether the recorded outputs of the last run are still there (paths relative to the project's base folder). */
	protected boolean outputsExist(List<String> outputs) {
		for (String output : outputs) {
			if (!Files.isRegularFile(project.getBasedir().toPath().resolve(output))) {
				return false;
			}
		}
		return true;
	}

	// ------------------------------------------------------------------ inputs

	Inputs inputs() throws MojoExecutionException {
		try {
			List<Path> files = new ArrayList<>();
			for (File dir : sourceDirectories == null ? List.<File>of() : sourceDirectories) {
				if (dir.exists()) {
					files.addAll(GoldthreadChecker.collect(List.of(dir.toPath().toAbsolutePath().normalize())));
				} else {
					getLog().debug("Goldthread: no folder " + dir + ", passed over");
				}
			}
			files = new ArrayList<>(new LinkedHashSet<>(files));
			List<Path> local = new ArrayList<>();
			for (File f : frameworks == null ? List.<File>of() : frameworks) {
				if (!f.exists()) {
					throw new MojoExecutionException("Goldthread: the framework file or folder " + f + " (parameter frameworks) does not exist");
				}
				local.addAll(GoldthreadChecker.collect(List.of(f.toPath().toAbsolutePath().normalize())));
			}
			local = new ArrayList<>(new LinkedHashSet<>(local));
			local.removeAll(files); // a framework among the checked files is loaded (and linked against) once
			List<DependencyFrameworks> dependencies = FrameworkSources.ofDependencies(project.getArtifacts(), getLog());
			return new Inputs(files, local, dependencies, hash(files, local, dependencies));
		} catch (IOException e) {
			throw new MojoExecutionException("Goldthread: " + e.getMessage(), e);
		}
	}

	private String hash(List<Path> files, List<Path> local, List<DependencyFrameworks> dependencies) throws IOException {
		InputStamp stamp = new InputStamp();
		stamp.add("plugin", plugin.getId());
		File pluginJar = plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
		if (pluginJar != null && pluginJar.isFile()) {
			stamp.add("plugin.jar", pluginJar.length() + "@" + pluginJar.lastModified());
		}
		stamp.add("profile", profile).add("useShippedFrameworks", useShippedFrameworks);
		if (profile != null && profile.endsWith(".properties") && Files.isRegularFile(resolve(profile))) {
			stamp.addFile("profile.file", resolve(profile));
		}
		Set<Path> settings = new TreeSet<>();
		for (Path file : files) {
			stamp.addFile("file", file);
			for (Path dir = file.getParent(); dir != null; dir = dir.getParent()) {
				if (Files.isRegularFile(dir.resolve(Profile.FILE_NAME))) {
					settings.add(dir.resolve(Profile.FILE_NAME));
					break;
				}
			}
		}
		for (Path file : settings) {
			stamp.addFile("settings", file);
		}
		for (Path file : local) {
			stamp.addFile("framework", file);
		}
		for (DependencyFrameworks dependency : dependencies) {
			stamp.add("dependency", dependency.coordinates());
			for (java.net.URL url : dependency.urls()) {
				stamp.addUrl("framework", url);
			}
		}
		if (useShippedFrameworks) {
			for (String name : ShippedFrameworks.names()) {
				try (InputStream in = ShippedFrameworks.open(name)) {
					stamp.addStream("shipped " + name, in);
				}
			}
		}
		return stamp.hash();
	}

	// ------------------------------------------------------------------ checking

	/** Checks the inputs, or returns the results another goal of this build got for the same inputs. */
	protected CheckRun check(Inputs inputs) throws MojoExecutionException, MojoFailureException {
		Object cached = project.getContextValue(RUN_KEY);
		CheckRun run;
		if (cached instanceof CheckRun previous && previous.hash().equals(inputs.hash())) {
			getLog().debug("Goldthread: reusing this build's check of the same inputs");
			run = previous;
		} else {
			synchronized (LOCK) {
				GoldthreadChecker checker = new GoldthreadChecker(injector()).useShippedFrameworks(useShippedFrameworks);
				if (profile != null && !profile.isBlank()) {
					checker.service().setProfileOverride(profileOverride());
				}
				List<java.net.URL> urls = new ArrayList<>();
				inputs.dependencies().forEach(d -> urls.addAll(d.urls()));
				long start = System.nanoTime();
				List<CheckedFile> checked = checker.check(inputs.files(), inputs.localFrameworks(), urls, null);
				getLog().debug("Goldthread: checked " + checked.size() + " files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
				run = new CheckRun(inputs.hash(), checked);
			}
			project.setContextValue(RUN_KEY, run);
		}
		String missing = MissingFrameworks.describe(run.checked(), sourcesSearched(inputs), project.getBasedir().toPath(), plugin.getVersion());
		if (missing != null) {
			throw new MojoFailureException(missing);
		}
		return run;
	}

	private Profile profileOverride() throws MojoExecutionException {
		try {
			return Profile.named(profile, project.getBasedir().toPath());
		} catch (Profile.InvalidProfileException | IllegalArgumentException e) {
			throw new MojoExecutionException("Goldthread: parameter profile: " + e.getMessage());
		}
	}

	private List<String> sourcesSearched(Inputs inputs) {
		List<String> searched = new ArrayList<>();
		for (Path file : inputs.localFrameworks()) {
			searched.add("local framework file " + shown(file));
		}
		for (DependencyFrameworks d : inputs.dependencies()) {
			searched.add("dependency " + d.coordinates() + " (" + d.names().size() + " framework files)");
		}
		if (inputs.dependencies().isEmpty()) {
			searched.add("no dependency of this project holds " + ShippedFrameworks.INDEX);
		}
		searched.add(useShippedFrameworks ? "the frameworks shipped with " + plugin.getArtifactId() + " " + plugin.getVersion()
				: "not the frameworks shipped with the plugin (useShippedFrameworks is false)");
		return searched;
	}

	private static Injector injector() {
		synchronized (LOCK) {
			if (injector == null) {
				// Guice then generates no bytecode: a quicker start, and no sun.misc.Unsafe warnings on newer JDKs
				if (System.getProperty("guice_bytecode_gen_option") == null) {
					System.setProperty("guice_bytecode_gen_option", "DISABLED");
				}
				injector = GoldthreadStandaloneSetup.doSetup();
			}
			return injector;
		}
	}

	// ------------------------------------------------------------------ helpers

	protected Path resolve(String path) {
		Path p = Path.of(path);
		return p.isAbsolute() ? p : project.getBasedir().toPath().resolve(p).normalize();
	}

	/** A path relative to the project's base folder where it lies below it. */
	protected String shown(Path path) {
		Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
		Path absolute = path.toAbsolutePath().normalize();
		return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString() : absolute.toString();
	}

	private String shown(List<File> dirs) {
		List<String> shown = new ArrayList<>();
		for (File dir : dirs == null ? List.<File>of() : dirs) {
			shown.add(shown(dir.toPath()));
		}
		return String.join(", ", shown);
	}
}
