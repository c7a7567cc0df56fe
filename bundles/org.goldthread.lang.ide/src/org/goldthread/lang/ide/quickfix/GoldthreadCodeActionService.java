package org.goldthread.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Code actions (kind {@code quickfix}) for the diagnostics the client sends with the request:
 * {@link TextFixes} as workspace edits of the document. The diagnostics' {@link DiagnosticData}
 * names the rule and the framework element.
 */
public class GoldthreadCodeActionService implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getCodeActionParams().getContext() == null) {
			return new ArrayList<>();
		}
		if (options.getResource() != null && options.getDocument() != null) {
			return getCodeActions(options, options.getDocument(), options.getResource());
		}
		// Xtext's server passes neither the document nor the resource: read them (synchronously, in this request)
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> getCodeActions(options, context.getDocument(), context.getResource()));
	}

	private List<Either<Command, CodeAction>> getCodeActions(Options options, Document document, Resource resource) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(resource instanceof XtextResource xtextResource) || document == null) {
			return actions;
		}
		List<String> only = options.getCodeActionParams().getContext().getOnly();
		if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) {
			return actions;
		}
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (options.getCancelIndicator() != null && options.getCancelIndicator().isCanceled()) {
				break;
			}
			String ruleId = DiagnosticData.ruleId(diagnostic);
			String elementId = DiagnosticData.get(diagnostic, DiagnosticData.ELEMENT_ID);
			if (!TextFixes.hasFixes(ruleId, elementId) || diagnostic.getRange() == null) {
				continue;
			}
			int start;
			int end;
			try {
				start = document.getOffSet(diagnostic.getRange().getStart());
				end = document.getOffSet(diagnostic.getRange().getEnd());
			} catch (IndexOutOfBoundsException e) {
				continue; // a diagnostic of an older text
			}
			for (TextFixes.Fix fix : TextFixes.fixesFor(xtextResource, new TextFixes.Finding(ruleId, elementId, start, end - start))) {
				List<TextEdit> edits = new ArrayList<>();
				for (TextFixes.Edit edit : fix.edits()) {
					edits.add(new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
							edit.text()));
				}
				CodeAction action = new CodeAction(fix.title());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits)));
				actions.add(Either.forRight(action));
			}
		}
		return actions;
	}
}
