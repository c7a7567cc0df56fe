package org.goldthread.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.conformance.GoldthreadChecker.CheckedFile;
import org.goldthread.curricula.ShippedFrameworks;
import org.goldthread.model.Document;
import org.goldthread.model.Framework;
import org.goldthread.model.findings.ConformanceReport;

import com.google.inject.Injector;

/** What the interchange commands (export --format case, import) share: finding documents, writing files, checking the result. */
final class Interchange {

	/** A problem to tell the user in one line (exit code 2). */
	static final class UserError extends Exception {
		private static final long serialVersionUID = 1L;

		UserError(String message) {
			super(message);
		}
	}

	private Interchange() {
	}

	/**
	 * The document in {@code fileOrId}: a Goldthread file (checked, so that a course's framework is
	 * linked), or the id of a shipped framework.
	 */
	static Document document(GoldthreadChecker checker, String fileOrId, List<Path> frameworks) throws UserError {
		Path path = Path.of(fileOrId);
		if (Files.isRegularFile(path)) {
			if (!GoldthreadChecker.isGoldthreadFile(path)) {
				throw new UserError(fileOrId + ": not a Goldthread file (.curriculum, .framework, .course or .plan)");
			}
			List<CheckedFile> checked = checker.check(List.of(path), frameworks, null);
			Document document = checked.get(0).document();
			if (document == null || document.getName() == null) {
				throw new UserError(fileOrId + ": cannot be read as a Goldthread document; run goldthread check " + fileOrId);
			}
			String unreadable = ExportCommand.unreadable(checked.get(0));
			if (unreadable != null) {
				// fail closed: a model that was not read completely (syntax, encoding, limits) is never exported
				throw new UserError(fileOrId + ": could not be read completely; fix it first (goldthread check " + fileOrId + ")");
			}
			return document;
		}
		for (ShippedFrameworks.Entry entry : ShippedFrameworks.entries()) {
			if (entry.id().equals(fileOrId)) {
				return shipped(checker.injector(), entry);
			}
		}
		if (Files.exists(path)) {
			throw new UserError(fileOrId + ": not a file");
		}
		throw new UserError(fileOrId + ": no such file, nor the id of a shipped framework ("
				+ String.join(", ", ShippedFrameworks.entries().stream().map(ShippedFrameworks.Entry::id).toList()) + ")");
	}

	static Framework shipped(Injector injector, ShippedFrameworks.Entry entry) throws UserError {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		Resource resource = set.createResource(URI.createURI("goldthread-shipped:/frameworks/" + entry.name()));
		try (InputStream in = ShippedFrameworks.open(entry.name())) {
			resource.load(in, set.getLoadOptions());
		} catch (IOException e) {
			throw new UserError("the shipped framework " + entry.id() + " cannot be read: " + e.getMessage());
		}
		EcoreUtil.resolveAll(resource);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Framework framework)) {
			throw new UserError("the shipped framework " + entry.id() + " cannot be read");
		}
		return framework;
	}

	/**
	 * Writes {@code content} to a new file {@code target} in one step (a temporary file beside it,
	 * forced to disk and renamed): a failure leaves no partial file. An existing file is replaced only
	 * with {@code force}.
	 */
	static void writeNew(Path target, byte[] content, boolean force) throws IOException {
		Path absolute = target.toAbsolutePath();
		if (Files.exists(absolute) && !force) {
			throw new FileAlreadyExistsException(target.toString(), null, "already exists; give --force to replace it");
		}
		Path folder = absolute.getParent();
		if (!Files.isDirectory(folder)) {
			throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no such folder");
		}
		if (force) {
			org.goldthread.reports.AtomicWriter.write(absolute, content);
		} else {
			org.goldthread.reports.AtomicWriter.create(absolute, content);
		}
	}

	/** Checks the written file and prints its findings' summary; returns its report. */
	static ConformanceReport checkAndSummarise(Path written, List<Path> frameworks) {
		GoldthreadChecker checker = new GoldthreadChecker();
		CheckedFile checked = checker.check(List.of(written), frameworks, null).get(0);
		Path cwd = Path.of("").toAbsolutePath();
		checked.report().getFindings().forEach(f -> System.out.println(Output.compilerLine(cwd, written, f)));
		System.out.println(Output.summary(checked.report()));
		return checked.report();
	}
}
