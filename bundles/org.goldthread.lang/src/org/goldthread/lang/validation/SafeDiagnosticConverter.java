package org.goldthread.lang.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.Issue.IssueImpl;

/**
 * Turns the parser's and linker's diagnostics into issues even where Xtext cannot compute their line
 * and column. Xtext's {@code InternalNodeModelUtils} throws {@link StringIndexOutOfBoundsException}
 * for a position at the end of a text that ends in a lone carriage return ({@code "gap\r"}), and
 * {@code ResourceValidatorImpl} then drops the file's syntax errors and logs the exception: a broken
 * file would read as conforming. Here a diagnostic whose position cannot be computed is still an
 * issue, its line and column counted from the text itself ({@link TextPositions}), so every front
 * end (command line, Maven plugin, IDE, language server) sees the error.
 */
public class SafeDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		try {
			super.convertResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (RuntimeException e) {
			acceptor.accept(fallbackIssue(diagnostic, severity));
		}
	}

	private static Issue fallbackIssue(Resource.Diagnostic diagnostic, Severity severity) {
		IssueImpl issue = new IssueImpl();
		issue.setSeverity(severity);
		issue.setMessage(diagnostic.getMessage());
		issue.setSyntaxError(diagnostic instanceof org.eclipse.xtext.resource.XtextSyntaxDiagnostic);
		if (diagnostic instanceof org.eclipse.xtext.diagnostics.Diagnostic d) {
			if (d instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic a) {
				issue.setCode(a.getCode());
				issue.setData(a.getData());
			}
			issue.setOffset(d.getOffset());
			issue.setLength(d.getLength());
			String text = text(diagnostic);
			if (text != null) {
				TextPositions.Position start = TextPositions.of(text, d.getOffset());
				TextPositions.Position end = TextPositions.of(text, d.getOffset() + Math.max(0, d.getLength()));
				issue.setLineNumber(start.line());
				issue.setColumn(start.column());
				issue.setLineNumberEnd(end.line());
				issue.setColumnEnd(end.column());
				return issue;
			}
		}
		issue.setLineNumber(1);
		issue.setColumn(1);
		return issue;
	}

	/** The whole text of the document the diagnostic is in, where it can be had. */
	private static String text(Resource.Diagnostic diagnostic) {
		// AbstractDiagnostic keeps its node behind a protected getter
		for (Class<?> c = diagnostic.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				java.lang.reflect.Method getNode = c.getDeclaredMethod("getNode");
				getNode.setAccessible(true);
				return getNode.invoke(diagnostic) instanceof INode node ? node.getRootNode().getText() : null;
			} catch (NoSuchMethodException e) {
				// look in the superclass
			} catch (ReflectiveOperationException | RuntimeException e) {
				return null;
			}
		}
		return null;
	}

}
