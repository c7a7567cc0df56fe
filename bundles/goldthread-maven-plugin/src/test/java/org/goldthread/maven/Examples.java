package org.goldthread.maven;

import java.nio.file.Path;
import java.util.List;

import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Injector;

/** The repository's examples, checked outside OSGi as the plugin checks them. */
public final class Examples {

	public static final Path ROOT = Path.of(System.getProperty("goldthread.examples", "examples")).toAbsolutePath().normalize();
	public static final Path NORTHTOWN = ROOT.resolve("northtown/northtown-pgcert.course");
	public static final Path EASTFIELD = ROOT.resolve("eastfield/eastfield-pgcert.course");
	public static final Path PLAN = ROOT.resolve("plans/northtown-inpatient-workforce.plan");

	private static Injector injector;

	private Examples() {
	}

	public static synchronized GoldthreadChecker checker() {
		if (injector == null) {
			System.setProperty("guice_bytecode_gen_option", "DISABLED");
			injector = GoldthreadStandaloneSetup.doSetup();
		}
		return new GoldthreadChecker(injector);
	}

	public static List<CheckedFile> check(Path... files) {
		return checker().check(List.of(files), List.of(), null);
	}
}
