package org.goldthread.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Parses and checks Goldthread files (frameworks, courses, plans).")
class CheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
	List<File> paths;

	@Override
	public Integer call() throws Exception {
		Injector injector = GoldthreadStandaloneSetup.doSetup();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		List<Resource> resources = new ArrayList<>();
		for (File path : paths) {
			if (!path.exists()) {
				System.err.println("goldthread: " + path + ": no such file or folder");
				return 2;
			}
			try (Stream<Path> files = Files.walk(path.toPath())) {
				for (Path f : files.filter(p -> p.toString().matches(".*\\.(curriculum|framework|course|plan)$")).sorted().toList()) {
					resources.add(set.getResource(URI.createFileURI(f.toAbsolutePath().toString()), true));
				}
			}
		}
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		int errors = 0;
		int warnings = 0;
		Path cwd = Path.of("").toAbsolutePath();
		for (Resource r : resources) {
			for (Issue issue : validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl)) {
				String file = cwd.relativize(Path.of(r.getURI().toFileString())).toString();
				String severity = issue.getSeverity().name().toLowerCase();
				System.out.println(file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + severity + " "
						+ (issue.getCode() == null ? "" : issue.getCode() + " ") + issue.getMessage());
				switch (issue.getSeverity()) {
					case ERROR -> errors++;
					case WARNING -> warnings++;
					default -> { }
				}
			}
		}
		System.out.println(resources.size() + " files checked: " + errors + " errors, " + warnings + " warnings");
		return errors > 0 ? 1 : 0;
	}
}
