package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.evolution.EvolutionException;
import org.goldthread.evolution.EvolutionWorkspace;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import picocli.CommandLine.Option;

/** What the evolution commands (diff, impact, migrate, rollover) share: extra framework files, the shipped ones, and writing output. */
class EvolutionOptions {

	@Option(names = "--framework", paramLabel = "FILE", description = "A framework or curriculum file to use besides the shipped ones (repeatable), e.g. a new version.")
	List<File> frameworks = new ArrayList<>();

	@Option(names = "--no-shipped", description = "Do not use the frameworks shipped with Goldthread.")
	boolean noShipped;

	EvolutionWorkspace workspace() throws EvolutionException {
		return new EvolutionWorkspace(GoldthreadStandaloneSetup.doSetup(), frameworks.stream().map(File::toPath).toList(), !noShipped);
	}

	/** Writes {@code text} to {@code file} atomically (replacing an existing file as an editor does), or prints it when file is null. */
	static void write(Path file, String text) throws IOException {
		if (file == null) {
			System.out.print(text);
			return;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (Files.exists(file)) {
			FileReplacement.replace(file, bytes);
			return;
		}
		createAtomically(file, bytes);
	}

	/** Creates a new file atomically; refuses to replace an existing one. */
	static void createAtomically(Path file, byte[] bytes) throws IOException {
		if (Files.exists(file)) {
			throw new java.nio.file.FileAlreadyExistsException(file.toString(), null, "it exists already; not replaced");
		}
		org.goldthread.reports.AtomicWriter.create(file, bytes);
	}

	/** The course files among paths (folders are searched for .course files). */
	static List<Path> courses(List<File> paths) throws IOException {
		List<Path> result = new ArrayList<>();
		for (File f : paths) {
			if (!f.exists()) {
				throw new java.nio.file.NoSuchFileException(f.toString(), null, "no such file or folder");
			}
			if (f.isDirectory()) {
				try (var walk = Files.walk(f.toPath())) {
					walk.filter(p -> p.toString().endsWith(".course") && Files.isRegularFile(p)).sorted().forEach(result::add);
				}
			} else {
				result.add(f.toPath());
			}
		}
		return result;
	}
}
