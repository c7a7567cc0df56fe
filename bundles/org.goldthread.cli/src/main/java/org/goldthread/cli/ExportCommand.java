package org.goldthread.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
		description = { "Exports the EMF model of Goldthread files (frameworks, courses, plans), for other EMF tools.",
				"Cross references between files become references between the exported files.",
				"--format case: a framework (a file or a shipped framework's id) as a 1EdTech CASE 1.1 package, or a course's",
				"sessions and covers as CASE items and associations onto its framework's items; printed, or written into --output." },
		footer = { "", "Examples:", "  goldthread export --format xmi --output out/ examples/northtown/",
				"  goldthread export --format case cypmh.leadership > cypmh-leadership.case.json",
				"  goldthread export --format case --output out/ examples/northtown/northtown-pgcert.course",
				"", "Exit codes: 0 written, 2 usage or I/O error, 3 internal error (--debug shows the trace)." })
class ExportCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<File> paths;

	@Option(names = "--format", defaultValue = "xmi", description = "xmi or case (default: ${DEFAULT-VALUE}).")
	String format;

	@Option(names = { "-o", "--output" }, paramLabel = "DIR", description = "Folder to write the exported models into (required for xmi; case prints one document without it).")
	Path output;

	@Override
	public Integer call() {
		if (format.equals("case")) {
			return CaseExportCommand.export(paths, output);
		}
		if (!format.equals("xmi")) {
			System.err.println("goldthread: unknown export format '" + format + "' (use xmi or case)");
			return 2;
		}
		if (output == null) {
			System.err.println("goldthread: --output DIR is required for --format xmi");
			return 2;
		}
		try {
			List<Path> files = GoldthreadChecker.collect(paths.stream().map(File::toPath).toList());
			List<CheckedFile> checked = new GoldthreadChecker().check(files, List.of(), null);
			// fail closed: a model that was not read completely is never exported as if it were the file
			List<String> unreadable = checked.stream().map(ExportCommand::unreadable).filter(java.util.Objects::nonNull).toList();
			if (!unreadable.isEmpty()) {
				unreadable.forEach(System.err::println);
				System.err.println("goldthread: nothing exported; fix the files above first (goldthread check shows every problem)");
				return 2;
			}
			Files.createDirectories(output);
			ResourceSet set = new ResourceSetImpl();
			set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
			// copy all documents first, then resolve references among the copies
			EcoreUtil.Copier copier = new EcoreUtil.Copier();
			for (CheckedFile file : checked) {
				if (file.document() == null) {
					continue;
				}
				EObject copy = copier.copy(file.document());
				String name = file.path().getFileName().toString().replaceAll("\\.[^.]+$", "") + ".xmi";
				Resource r = set.createResource(URI.createFileURI(output.resolve(name).toAbsolutePath().toString()));
				r.getContents().add(copy);
			}
			// the frameworks the documents implement travel with them, so that the export is self-contained
			java.util.Set<EObject> exported = new java.util.HashSet<>(copier.keySet());
			for (CheckedFile file : checked) {
				org.goldthread.model.Framework framework = file.document() instanceof org.goldthread.model.Course c ? c.getFramework()
						: file.document() instanceof org.goldthread.model.LocalPlan p ? p.getFramework() : null;
				if (framework != null && !framework.eIsProxy() && exported.add(framework)) {
					Resource r = set.createResource(URI.createFileURI(output.resolve(framework.getName() + ".xmi").toAbsolutePath().toString()));
					r.getContents().add(copier.copy(framework));
				}
			}
			copier.copyReferences();
			for (Resource r : set.getResources()) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				r.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
				Path target = Path.of(r.getURI().toFileString());
				org.goldthread.reports.AtomicWriter.write(target, bytes.toByteArray());
				System.out.println("wrote " + target);
			}
			return 0;
		} catch (IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
	}

	/** Why {@code file} cannot be exported (one line), or null when its model was read completely. */
	static String unreadable(CheckedFile file) {
		String terminalPath = Output.terminalSafe(file.path().toString());
		return file.report().getFindings().stream()
				.filter(f -> f.getRuleId() != null && (f.getRuleId().startsWith("GT-SYN-") || f.getRuleId().equals("GT-DOC-007")))
				.findFirst()
				.map(f -> "goldthread: " + terminalPath + ":" + f.getLocation().getLine() + ": not exported: it could not be read completely ("
						+ f.getRuleId() + " " + Output.terminalSafe(f.getMessage()) + ")")
				.orElse(file.document() == null ? "goldthread: " + terminalPath + ": not exported: it holds no Goldthread document" : null);
	}
}
