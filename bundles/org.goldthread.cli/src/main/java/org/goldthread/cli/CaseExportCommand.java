package org.goldthread.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.goldthread.cli.interchange.CaseExport;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.model.Course;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code goldthread export --format case}: frameworks and course mappings as CASE 1.1 packages. */
final class CaseExportCommand {

	private CaseExportCommand() {
	}

	static int export(List<File> inputs, Path output) {
		try {
			if (output == null && inputs.size() != 1) {
				throw new Interchange.UserError("give --output DIR to export more than one document");
			}
			if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
				throw new Interchange.UserError(output + ": not a folder");
			}
			GoldthreadChecker checker = new GoldthreadChecker();
			// the framework files given beside a course are what its covers link to
			List<Path> frameworks = new ArrayList<>();
			for (File input : inputs) {
				String name = input.getName();
				if (input.isFile() && (name.endsWith(".framework") || name.endsWith(".curriculum"))) {
					frameworks.add(input.toPath());
				}
			}
			List<Document> documents = new ArrayList<>();
			for (File input : inputs) {
				documents.add(Interchange.document(checker, input.getPath(), frameworks.stream().filter(f -> !f.equals(input.toPath())).toList()));
			}
			for (Document document : documents) {
				ObjectNode pack;
				if (document instanceof Framework framework) {
					pack = CaseExport.framework(framework);
				} else if (document instanceof Course course) {
					if (course.getFramework() == null || course.getFramework().eIsProxy()) {
						throw new Interchange.UserError(document.getName() + ": its framework cannot be found, so its covers cannot point at the framework's items");
					}
					pack = CaseExport.course(course);
				} else {
					throw new Interchange.UserError(document.getName() + ": only frameworks and courses have a CASE form");
				}
				String json = CaseExport.write(pack);
				if (output == null) {
					System.out.print(json);
				} else {
					Files.createDirectories(output);
					Path target = output.resolve(document.getName() + ".case.json");
					Interchange.writeNew(target, json.getBytes(StandardCharsets.UTF_8), true);
					System.out.println("wrote " + target);
				}
			}
			return 0;
		} catch (Interchange.UserError e) {
			System.err.println("goldthread: " + Output.terminalSafe(e.getMessage()));
		} catch (NoSuchFileException e) {
			System.err.println("goldthread: " + e.getFile() + ": no such file or folder");
		} catch (IOException e) {
			System.err.println("goldthread: " + Output.terminalSafe(e.getMessage()));
		}
		return 2;
	}
}
