package org.goldthread.cli;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.goldthread.conformance.GoldthreadChecker;
import org.goldthread.lang.validation.TextEncoding;
import org.goldthread.lang.GoldthreadStandaloneSetup;

import com.google.inject.Injector;
import org.goldthread.lang.validation.GoldthreadValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "format", mixinStandardHelpOptions = true,
		description = { "Lays Goldthread files out in the one canonical layout.",
				"Prints the formatted text unless --in-place or --check is given. Files with syntax errors are never formatted." },
		footer = { "", "Examples:", "  goldthread format my.course", "  goldthread format --in-place courses/", "  goldthread format --check courses/",
				"", "Exit codes: 0 done (or already formatted with --check), 1 some file is not formatted (--check), 2 usage, I/O or syntax error, 3 internal error (--debug shows the trace)." })
class FormatCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
	List<File> paths;

	@Option(names = "--in-place", description = "Rewrite the files (atomically) instead of printing them.")
	boolean inPlace;

	@Option(names = "--check", description = "Only report the files that are not in the canonical layout.")
	boolean check;

	@Override
	public Integer call() {
		Injector injector = GoldthreadStandaloneSetup.doSetup();
		int unformatted = 0;
		try {
			for (Path file : GoldthreadChecker.collect(paths.stream().map(File::toPath).toList())) {
				byte[] bytes = Files.readAllBytes(file);
				TextEncoding.Problem encoding = TextEncoding.problem(bytes);
				if (encoding != null) {
					System.err.println("goldthread: " + Output.terminalSafe(file.toString()) + ": " + encoding.message());
					return 2;
				}
				String text = new String(bytes, StandardCharsets.UTF_8);
				String formatted = format(injector, file, text);
				if (formatted == null) {
					return 2;
				}
				if (check) {
					if (!formatted.equals(text)) {
						System.out.println(file + ": not in the canonical layout");
						unformatted++;
					}
				} else if (inPlace) {
					if (!formatted.equals(text)) {
						FileReplacement.replace(file, formatted.getBytes(StandardCharsets.UTF_8));
						System.err.println("formatted " + file);
					}
				} else {
					System.out.print(formatted);
				}
			}
		} catch (IOException e) {
			System.err.println("goldthread: " + e.getMessage());
			return 2;
		}
		return unformatted > 0 ? 1 : 0;
	}

	/** Visible tokens and comments in order: what formatting must never change. */
	static List<String> tokens(XtextResource resource) {
		List<String> tokens = new java.util.ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String text = leaf.getText().strip();
			if (!leaf.isHidden() || !text.isEmpty()) {
				tokens.add(text);
			}
		}
		return tokens;
	}

	/** Whether the model nests elements deeper than the language reads (GT-DOC-007); formatting it would overflow the stack. */
	private static boolean deeperThanLimit(XtextResource resource) {
		for (java.util.Iterator<org.eclipse.emf.ecore.EObject> it = resource.getAllContents(); it.hasNext();) {
			int depth = 0;
			for (org.eclipse.emf.ecore.EObject e = it.next(); e != null && depth <= GoldthreadValidator.MAXIMUM_DEPTH + 1; e = e.eContainer()) {
				depth++;
			}
			if (depth > GoldthreadValidator.MAXIMUM_DEPTH + 1) {
				return true;
			}
		}
		return false;
	}

	/** The formatted text, or null (after saying why) when the file cannot be formatted safely. */
	static String format(Injector injector, Path file, String text) throws IOException {
		try {
			return formatParsed(injector, file, text);
		} catch (StackOverflowError | RuntimeException e) {
			for (Throwable t = e; t != null; t = t.getCause()) {
				if (t instanceof StackOverflowError) {
					// the parser or the formatter recursed past the stack: a file nested far beyond the language's limit
					System.err.println("goldthread: " + file + ": elements are nested too deeply to be formatted (Goldthread reads up to "
							+ GoldthreadValidator.MAXIMUM_DEPTH + " levels); flatten the structure first (goldthread check " + file + " shows where)");
					return null;
				}
			}
			throw e;
		}
	}

	private static String formatParsed(Injector injector, Path file, String text) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		if (resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty()) {
			System.err.println("goldthread: " + file + ": has syntax errors; fix them first (goldthread check " + file + ")");
			return null;
		}
		if (deeperThanLimit(resource)) {
			System.err.println("goldthread: " + file + ": elements are nested more than " + GoldthreadValidator.MAXIMUM_DEPTH
					+ " deep; Goldthread reads and formats up to " + GoldthreadValidator.MAXIMUM_DEPTH + " levels. Flatten the structure first (goldthread check "
					+ file + " shows where)");
			return null;
		}
		ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(access);
		String formatted = access.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
		// Layout only: the visible tokens and the comments must be exactly those of the original.
		XtextResource again = (XtextResource) set.createResource(URI.createURI("memory:/formatted-" + file.getFileName()));
		again.load(new ByteArrayInputStream(formatted.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
		if (again.getParseResult().hasSyntaxErrors() || !tokens(resource).equals(tokens(again))) {
			System.err.println("goldthread: " + file + ": formatting would change more than the layout; left untouched (please report this)");
			return null;
		}
		return formatted;
	}
}
