package org.goldthread.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.goldthread.ui.GoldthreadUiPlugin;
import org.goldthread.ui.model.WorkspaceFiles;
import org.goldthread.ui.search.ElementReferences.Occurrence;
import org.goldthread.ui.search.ElementReferences.Target;

/**
 * Rename Element (Alt+Shift+R): renames an element declared in a workspace file (an objective, a
 * theme, a thread, a module, a session ...) and every reference to it (and, for a theme or an
 * objective with sub-objectives, to the elements within it) in the project's Goldthread files, after
 * a preview of every changed line. Shipped curricula and frameworks are read-only: their elements are
 * not renamed. Open files are changed in their editors (undoable, saved by the user); other files are
 * changed and saved.
 */
public class RenameElementHandler extends AbstractHandler {

	private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** A planned rename: the edits per file, and the preview's lines. */
	public record Plan(Target target, String newName, Map<URI, List<Occurrence>> edits, List<String> preview) {
	}

	/** Answers the dialogs (tests): the new name, and whether the preview is accepted. */
	public interface Dialogs {
		String newName(Shell shell, Target target, java.util.function.Function<String, String> validator);

		boolean accept(Shell shell, Plan plan);

		void refuse(Shell shell, String message);
	}

	public static volatile Dialogs dialogs = new Dialogs() {
		@Override
		public String newName(Shell shell, Target target, java.util.function.Function<String, String> validator) {
			InputDialog dialog = new InputDialog(shell, "Rename " + target.kind(), "New name for " + target.label() + ":", target.name(),
					validator::apply);
			return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue() : null;
		}

		@Override
		public boolean accept(Shell shell, Plan plan) {
			String text = String.join("\n", plan.preview());
			return MessageDialog.open(MessageDialog.CONFIRM, shell, "Rename – preview",
					"'" + plan.target().name() + "' becomes '" + plan.newName() + "' in " + plan.preview().size() + " place(s):\n\n" + (text.length() > 4000 ? text.substring(0, 4000) + "\n…" : text),
					org.eclipse.swt.SWT.NONE);
		}

		@Override
		public void refuse(Shell shell, String message) {
			MessageDialog.openInformation(shell, "Rename", message);
		}
	};

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		try {
			Target target = Searches.targetAtCaret(HandlerUtil.getActiveEditor(event));
			if (target == null) {
				dialogs.refuse(shell, "Place the caret on an element's id (or on a reference to it) to rename it.");
				return null;
			}
			if (target.shipped()) {
				dialogs.refuse(shell, target.label() + " belongs to a shipped curriculum or framework (" + target.uri().lastSegment()
						+ "), which is read-only: it cannot be renamed. Courses must use the framework's ids.");
				return null;
			}
			String newName = dialogs.newName(shell, target, name -> validate(target, name));
			if (newName == null) {
				return null;
			}
			Plan plan = plan(target, newName);
			if (dialogs.accept(shell, plan)) {
				apply(plan);
			}
		} catch (Exception e) {
			GoldthreadUiPlugin.log("Goldthread: rename failed; nothing was changed", e);
			MessageDialog.openError(shell, "Rename", "The rename failed and nothing was changed: " + e.getMessage());
		}
		return null;
	}

	static String validate(Target target, String name) {
		if (name == null || !ID.matcher(name).matches()) {
			return "An id is a letter or _ followed by letters, digits or _.";
		}
		if (name.equals(target.name())) {
			return "That is the current name.";
		}
		return null;
	}

	/** The edits of renaming {@code target} to {@code newName}, and their preview. */
	public static Plan plan(Target target, String newName) throws Exception {
		Map<URI, List<Occurrence>> edits = new LinkedHashMap<>();
		List<String> preview = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Occurrence o : Searches.occurrences(target, true)) {
			if (!seen.add(o.uri() + "#" + o.nameOffset())) {
				continue;
			}
			edits.computeIfAbsent(o.uri(), k -> new ArrayList<>()).add(o);
			preview.add(o.uri().lastSegment() + ":" + o.line() + " (" + o.context() + "): " + o.text());
		}
		return new Plan(target, newName, edits, preview);
	}

	/**
	 * Applies a plan: every file is checked first (each place still holds the old name), then each
	 * file's edits go from the last to the first, into its open editor's document (left for the user to
	 * save) or into the file (saved).
	 */
	public static void apply(Plan plan) throws Exception {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		List<IFile> connected = new ArrayList<>();
		try {
			Map<IFile, Boolean> open = new LinkedHashMap<>();
			for (Map.Entry<URI, List<Occurrence>> entry : plan.edits().entrySet()) {
				IFile file = WorkspaceFiles.fileOf(entry.getKey());
				if (file == null) {
					throw new IllegalStateException(entry.getKey() + " is not a workspace file");
				}
				open.put(file, WorkspaceFiles.openDocument(file) != null);
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				connected.add(file);
				IDocument document = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				for (Occurrence o : entry.getValue()) {
					if (o.nameOffset() + plan.target().name().length() > document.getLength()
							|| !document.get(o.nameOffset(), plan.target().name().length()).equals(plan.target().name())) {
						throw new IllegalStateException(file.getFullPath() + " changed since the preview (line " + o.line() + ")");
					}
				}
			}
			for (Map.Entry<URI, List<Occurrence>> entry : plan.edits().entrySet()) {
				IFile file = WorkspaceFiles.fileOf(entry.getKey());
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				IDocument document = buffer.getDocument();
				List<Occurrence> occurrences = new ArrayList<>(entry.getValue());
				occurrences.sort((a, b) -> Integer.compare(b.nameOffset(), a.nameOffset()));
				for (Occurrence o : occurrences) {
					document.replace(o.nameOffset(), plan.target().name().length(), plan.newName());
				}
				if (!open.get(file)) {
					buffer.commit(null, false);
				}
			}
		} finally {
			for (IFile file : connected) {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		}
	}
}
