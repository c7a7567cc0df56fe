package org.goldthread.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.editor.EditorEdits;
import org.goldthread.ui.model.GoldthreadLanguage;
import org.goldthread.ui.model.ModelManager;

/**
 * Format (Ctrl+Shift+F): the canonical layout of the language's formatter (formatter2, the same as
 * {@code goldthread format}), for the selection or the whole document, as one undoable change.
 * A document with syntax errors is left alone, and so is any result that would change more than
 * the layout (tokens and comments are compared before anything is applied).
 */
public class FormatHandler extends AbstractHandler {

	/** Why a document was not formatted, or null when it was. */
	public record Result(List<EditorEdits.Edit> edits, String refusal) {
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor) || !editor.isEditable()) {
			return null;
		}
		IDocument document = EditorEdits.documentOf(editor);
		int offset = 0;
		int length = document.getLength();
		if (editor.getSelectionProvider().getSelection() instanceof ITextSelection selection && selection.getLength() > 0) {
			offset = selection.getOffset();
			length = selection.getLength();
		}
		Result result = format(document, offset, length);
		if (result.refusal() != null) {
			status(editor, result.refusal());
			return null;
		}
		try {
			EditorEdits.apply(editor, document, result.edits());
		} catch (Exception e) {
			GoldthreadUiPlugin.log("Goldthread: formatting could not be applied", e);
		}
		return null;
	}

	private static void status(ITextEditor editor, String message) {
		var line = editor.getEditorSite().getActionBars().getStatusLineManager();
		if (line != null) {
			line.setErrorMessage(message);
		}
	}

	/** The formatter's edits for a region of the document's current text. */
	public static Result format(IDocument document, int offset, int length) {
		try {
			return ModelManager.get().read(document, resource -> {
				if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors() || resource.getContents().isEmpty()) {
					return new Result(List.of(), "Format: the file has syntax errors; fix them first.");
				}
				String text = resource.getParseResult().getRootNode().getText();
				ITextRegionAccess access = GoldthreadLanguage.get(TextRegionAccessBuilder.class).forNodeModel(resource).create();
				FormatterRequest request = GoldthreadLanguage.get(FormatterRequest.class);
				request.setTextRegionAccess(access);
				if (offset > 0 || length < text.length()) {
					request.setRegions(List.of(new TextRegion(offset, length)));
				}
				List<ITextReplacement> replacements = GoldthreadLanguage.get(IFormatter2.class).format(request);
				String formatted = access.getRewriter().renderToString(replacements);
				if (!sameTokens(resource, formatted)) {
					return new Result(List.of(), "Format: formatting would change more than the layout; the text was left untouched.");
				}
				List<EditorEdits.Edit> edits = new ArrayList<>();
				for (ITextReplacement r : replacements) {
					if (!r.getReplacementText().equals(text.substring(r.getOffset(), r.getEndOffset()))) {
						edits.add(new EditorEdits.Edit(r.getOffset(), r.getLength(), r.getReplacementText()));
					}
				}
				return new Result(edits, null);
			});
		} catch (Exception | LinkageError e) {
			GoldthreadUiPlugin.log("Goldthread: formatting failed", e);
			return new Result(List.of(), "Format failed: " + e.getMessage());
		}
	}

	/** Formatting may change white space only: the visible tokens and comments must be the same. */
	private static boolean sameTokens(XtextResource original, String formatted) throws Exception {
		XtextResourceSet scratch = GoldthreadLanguage.get(XtextResourceSet.class);
		XtextResource again = (XtextResource) scratch.createResource(URI.createURI("memory:/formatted." + original.getURI().fileExtension()));
		again.load(new ByteArrayInputStream(formatted.getBytes(StandardCharsets.UTF_8)), scratch.getLoadOptions());
		return !again.getParseResult().hasSyntaxErrors() && tokens(original).equals(tokens(again));
	}

	private static List<String> tokens(XtextResource resource) {
		List<String> tokens = new ArrayList<>();
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			String text = leaf.getText().strip();
			if (!leaf.isHidden() || !text.isEmpty()) {
				tokens.add(text);
			}
		}
		return tokens;
	}
}
