package org.goldthread.ui.quickfix;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRewriteTarget;
import org.goldthread.ui.editor.EditorEdits;
import org.goldthread.ui.model.ModelManager;

/** Applies a fix to a document: edits computed on its current model, applied as one undoable change. */
public final class FixApplier {

	private FixApplier() {
	}

	/** Applies the fix; returns what it changed (empty when the document moved on and the fix no longer applies). */
	public static Fix.Change apply(Fix fix, IDocument document, IRewriteTarget target) throws Exception {
		Fix.Change change = ModelManager.get().read(document, resource -> fix.compute(resource, resource.getParseResult().getRootNode().getText()));
		if (change == null || change.edits().isEmpty()) {
			return Fix.Change.none();
		}
		EditorEdits.apply(target, document, change.edits());
		return change;
	}
}
