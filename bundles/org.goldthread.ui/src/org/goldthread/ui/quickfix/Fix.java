package org.goldthread.ui.quickfix;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.goldthread.ui.editor.EditorEdits;

/**
 * One way to resolve a finding. Its edits are computed when it is applied, on the document's
 * current model (so a fix offered a while ago still edits the right place), and applied through
 * the document as one undoable change.
 */
public final class Fix {

	/** Computes the edits on the up-to-date resource of the document's text. */
	@FunctionalInterface
	public interface EditComputer {
		Change compute(XtextResource resource, String text) throws Exception;
	}

	/** The edits, and the range to select afterwards (offsets of the edited text; -1 for none). */
	public record Change(List<EditorEdits.Edit> edits, int selectOffset, int selectLength) {
		public static Change of(EditorEdits.Edit edit) {
			return new Change(List.of(edit), -1, 0);
		}

		public static Change none() {
			return new Change(List.of(), -1, 0);
		}
	}

	private final String label;
	private final String description;
	private final String image;
	private final EditComputer computer;

	public Fix(String label, String description, String image, EditComputer computer) {
		this.label = label;
		this.description = description;
		this.image = image;
		this.computer = computer;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	public String image() {
		return image;
	}

	Change compute(XtextResource resource, String text) throws Exception {
		return computer.compute(resource, text);
	}

	@Override
	public String toString() {
		return label;
	}

	/** A fix's description followed by the engine's fix hint for the finding (when there is one). */
	public static String describe(Fix fix, String fixHint) {
		String description = fix.description() == null ? "" : fix.description();
		if (fixHint == null || fixHint.isBlank()) {
			return description;
		}
		return description.isEmpty() ? "How to fix: " + fixHint : description + "\n\nHow to fix: " + fixHint;
	}
}
